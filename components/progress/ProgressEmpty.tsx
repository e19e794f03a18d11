// Progress before there is anything to show, drawn by the static page and by the screen alike
// (ProgressPlaceholder, ProgressScreen): the same card in the same place, so nothing moves and
// no larger paint follows when the records say the device is new. No hooks: nothing here needs
// the client.
import Link from 'next/link';
import styles from './progress.module.css';

export const minutesText = (n: number) => `${Math.round(n)} ${Math.round(n) === 1 ? 'minute' : 'minutes'}`;

/** `baseline` (minutes walked before tightness at onboarding) comes after the button, so it moves nothing. */
export function ProgressEmpty({ baseline, className = '' }: { baseline?: number; className?: string }) {
  return (
    <section className={`card ${styles.empty} ${className}`.trim()} aria-labelledby="progress-empty">
      <h2 id="progress-empty">Nothing here yet</h2>
      <p>
        Your streak, calendar and trends start with your first routine. Finish one, or tick one off as done elsewhere, and come
        back: every planned day you do shows up here.
      </p>
      <Link className="button" href="/">
        Go to Today
      </Link>
      {baseline !== undefined && (
        <p className={styles.baseline}>
          When you started, you could walk about {minutesText(baseline)} before your back tightened. Log your walks on Relief to
          see that change.
        </p>
      )}
    </section>
  );
}

/**
 * What the static page and the loading screen draw: for a device with a history (the layout
 * mirror, lib/prefs/set-up), "Loading your progress…"; for one without, the empty card.
 */
export function ProgressPlaceholder() {
  return (
    <>
      <p role="status" className="history-only">
        Loading your progress…
      </p>
      <ProgressEmpty className="no-history-only" />
    </>
  );
}
