// The walk log card as the static page draws it, in its final size and place while the walks
// are read: the same heading, text, button and list heading, with a line where the list goes.
import styles from './relief.module.css';

export const WALK_LOG_INTRO = 'Time your walks and note when tightness starts, so you can see whether you can walk further over the weeks.';

/** The card's body while loading: the start button (not yet usable) and the list's place. */
export function WalkLogLoadingBody() {
  return (
    <>
      <button type="button" className={`button ${styles.bigButton}`} disabled>
        Start a walk
      </button>
      <h3>Recent walks</h3>
      <p role="status" className="muted">
        Loading your walks…
      </p>
    </>
  );
}

export function WalkLogSkeleton() {
  return (
    <section className="card" aria-labelledby="walk-log-loading">
      <h2 id="walk-log-loading">Walk log</h2>
      <p className="muted">{WALK_LOG_INTRO}</p>
      <WalkLogLoadingBody />
    </section>
  );
}
