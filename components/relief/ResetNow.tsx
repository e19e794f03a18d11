// The first thing on the Relief screen: one big button into the mid-walk reset (voice and
// beeps on, so the person can keep their eyes up), and the quick reset one tap away.
import Link from 'next/link';
import { formatDuration, getRoutine, routineSeconds } from '@/lib/content';
import styles from './relief.module.css';

export const MID_WALK_HREF = '/session?routine=mid-walk-reset&mode=walk';
export const QUICK_RESET_HREF = '/session?routine=quick-reset';

function secondsOf(id: string): number {
  const routine = getRoutine(id);
  if (!routine) throw new Error(`Relief needs the "${id}" routine`);
  return routineSeconds(routine);
}

/** "Tight mid-walk? Start a 76-second reset", from the routine's computed length. */
export function midWalkLabel(seconds = secondsOf('mid-walk-reset')): string {
  const length = seconds < 120 ? `${Math.round(seconds)}-second` : `${Math.round(seconds / 60)}-minute`;
  return `Tight mid-walk? Start a ${length} reset`;
}

export function ResetNow() {
  return (
    <section className={styles.resetNow} aria-labelledby="reset-now">
      <h2 id="reset-now" className="visually-hidden">
        Reset now
      </h2>
      <Link className={`button ${styles.bigButton}`} href={MID_WALK_HREF}>
        {midWalkLabel()}
      </Link>
      <p className="muted">
        Three standing moves, no floor needed; the last is a rest you stay in until your back settles. A voice and beeps
        guide you, so you can keep your eyes up. Afterwards you can note how far you got in your walk log.
      </p>
      <p>
        Walk over and somewhere you can lie down?{' '}
        <Link href={QUICK_RESET_HREF}>
          Quick reset at home: a knee hug on the floor, then a forward bend on a chair ({formatDuration(secondsOf('quick-reset'))})
        </Link>
      </p>
    </section>
  );
}
