'use client';
// A walk the walk log is timing, at the top of Today: how long it has run, and a button that
// ends it and logs it (the before/after ratings are optional, so none are asked here).
import { format } from 'date-fns';
import Link from 'next/link';
import { useId, useState } from 'react';
import { useNow } from '@/components/ui/use-now';
import { finishActiveWalk } from '@/lib/db/active-walk';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { readSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS, newId } from '@/lib/model';
import { walkFromTimes } from '@/lib/walks';
import { useRunningWalk } from './use-running-walk';

const minutesText = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

export function RunningWalkCard() {
  const id = useId();
  const walk = useRunningWalk();
  const now = useNow(10_000);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const stop = async () => {
    if (!walk) return;
    setError(null);
    const settings = await readSettings().catch(() => DEFAULT_SETTINGS);
    const result = walkFromTimes({ startedAt: walk.startedAt, endedAt: Date.now(), tightnessAt: walk.tightnessAt }, settings.rolloverHour);
    if (!result.ok) {
      setError(`${result.problems.map((p) => p.message).join(' ')} Open the walk log to end it.`);
      return;
    }
    try {
      await finishActiveWalk({ id: newId(), ...result.value });
      setStatus(`Walk saved: ${minutesText(result.value.minutesWalked)}.`);
    } catch (caught) {
      setError(saveFailedMessage('The walk', caught));
    }
  };

  return (
    <>
      {walk && (
        <section className="card highlight" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>Walk in progress</h2>
          <p>
            Walking for <strong>{minutesText(Math.max(0, Math.floor((now - walk.startedAt) / 60_000)))}</strong>
            <span className="muted"> · started at {format(walk.startedAt, 'HH:mm')}</span>
            {walk.tightnessAt !== null && <span className="muted"> · tight from minute {Math.floor((walk.tightnessAt - walk.startedAt) / 60_000)}</span>}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void stop()}>
              Stop walk
            </button>
            <Link className="button secondary" href="/relief">
              Open the walk log
            </Link>
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </section>
      )}
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </>
  );
}
