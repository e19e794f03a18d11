'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { registerServiceWorker, type UpdateHandle } from '@/lib/pwa/service-worker';

function subscribeOnline(callback: () => void) {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** Offline indicator and "Update available" prompt; registers the service worker once. */
export function PwaStatus() {
  const pathname = usePathname() ?? '/';
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [update, setUpdate] = useState<UpdateHandle | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') return;
    void registerServiceWorker({ onUpdateWaiting: setUpdate });
  }, []);

  // Never interrupt a guided session with a reload offer.
  const inSession = pathname.startsWith('/session');

  return (
    <>
      <div role="status" className="offline-status">
        {!online && <span className="offline-pill">Offline — everything still works</span>}
      </div>
      {update && !inSession && (
        <div className="banner" role="region" aria-label="Update">
          <span>Update available</span>
          <button type="button" className="button" onClick={() => update.applyUpdate()}>
            Reload
          </button>
        </div>
      )}
    </>
  );
}
