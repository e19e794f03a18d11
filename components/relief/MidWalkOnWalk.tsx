'use client';
// The mid-walk reset's summary when the walk log is timing that walk: the minutes come from the
// running walk (no "minutes into your walk?" question), tightness is noted on that walk's record
// once, and "Continue walk" is the main button. Ending the walk logs it once, in the walk log.
import { format } from 'date-fns';
import Link from 'next/link';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { markWalkTightness, type ActiveWalk } from '@/lib/db/active-walk';
import { resetOnRunningWalk } from '@/lib/walks';

// Whole minutes on screen, as the walk log shows them; the record keeps tenths.
const minutesText = (n: number) => `${Math.floor(n)} ${Math.floor(n) === 1 ? 'minute' : 'minutes'}`;

export function MidWalkOnWalk({
  walk,
  resetStartedAt,
  tightnessField,
  screeningNotice,
}: {
  readonly walk: ActiveWalk;
  /** When the reset started: the moment the person stopped walking. */
  readonly resetStartedAt: number;
  /** The summary's own tightness question (saved on the session). */
  readonly tightnessField?: ReactNode;
  readonly screeningNotice?: ReactNode;
}) {
  const id = useId();
  const [failed, setFailed] = useState(false);
  const [removed, setRemoved] = useState(false);
  const { minutesIntoWalk, tightnessMinute } = resetOnRunningWalk(walk, resetStartedAt);
  // Once per summary: after "Remove the note" it is not put back.
  const noted = useRef(false);
  useEffect(() => {
    if (noted.current || walk.tightnessAt !== null) return;
    noted.current = true;
    markWalkTightness(resetOnRunningWalk(walk, resetStartedAt).tightnessAt).catch(() => setFailed(true));
  }, [walk, resetStartedAt]);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your walk is still running</h2>
      <p>
        You stopped <strong>{minutesText(minutesIntoWalk)}</strong> into the walk you started at {format(walk.startedAt, 'HH:mm')}.
      </p>
      {failed ? (
        <p className="notice" role="alert">
          The tightness could not be noted on this walk. You can tap “Tightness started now” in the walk log.
        </p>
      ) : walk.tightnessAt !== null ? (
        <p role="status">
          Noted on this walk: tightness from minute {Math.floor(tightnessMinute)}.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setRemoved(true);
              markWalkTightness(null).catch(() => setFailed(true));
            }}
          >
            Remove the note
          </button>
        </p>
      ) : (
        <p role="status">{removed ? 'Tightness note removed from this walk.' : ''}</p>
      )}
      {tightnessField}
      {screeningNotice}
      <p className="summary-actions button-row">
        <Link className="button" href="/relief">
          Continue walk
        </Link>
        <Link className="button secondary" href="/">
          Back to Today
        </Link>
      </p>
      <p className="muted">End the walk in the walk log on Relief, or on Today, when you are home.</p>
    </section>
  );
}
