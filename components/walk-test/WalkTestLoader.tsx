'use client';
// Keeps the walking test's screen, Dexie and the cues out of the route's first load. Until
// they are here, the static safety check and a Start button that cannot be pressed yet hold
// the layout, so nothing moves when the screen arrives.
import type { ReactNode } from 'react';
import { lazyClient } from '@/components/ui/lazy-client';
import { StepsOption } from './StepsOption';
import styles from './walk-test.module.css';

export interface WalkTestLoaderProps {
  /** The static safety check (WalkTestIntro), shown before a test starts. */
  readonly intro: ReactNode;
}

export function StartPlaceholder() {
  return (
    <div className={styles.startRow}>
      <button type="button" className={`button ${styles.startButton}`} disabled>
        Start the walking test
      </button>
    </div>
  );
}

export const WalkTestLoader = lazyClient<WalkTestLoaderProps>(
  () => import('./WalkTestScreen').then((m) => m.WalkTestScreen),
  ({ intro }) => (
    <>
      {intro}
      <StepsOption want={false} length="" error={null} disabled />
      <StartPlaceholder />
    </>
  ),
);
