'use client';
// Client-only parts of a page (anything that needs IndexedDB) as separate chunks that start
// downloading as soon as the page's code runs. Unlike next/dynamic, no Suspense boundary is
// involved, so React's 300 ms reveal throttle never delays the screen.
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** `fallback` may depend on the props, e.g. to show the children a gate will wrap. */
export function lazyClient<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode | ((props: P) => ReactNode) = null): ComponentType<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () => (pending ??= load());
  if (typeof window !== 'undefined') start().catch(() => {});

  return function LazyClient(props: P) {
    // The first render matches the static HTML (the fallback); the part swaps in after.
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
    useEffect(() => {
      let live = true;
      start().then(
        (component) => live && setLoaded(() => component),
        // Its code could not load (a flaky first visit): the fallback stays.
        () => {},
      );
      return () => {
        live = false;
      };
    }, []);
    if (Loaded) return <Loaded {...props} />;
    return typeof fallback === 'function' ? fallback(props) : fallback;
  };
}
