'use client';
// After the last phase: what was done, and two optional questions (effort, tightness now),
// each saved the moment it is answered.
import Link from 'next/link';
import { useId, useState } from 'react';
import { getExercise } from '@/lib/content';
import type { Routine } from '@/lib/content/types';
import { updateSession } from '@/lib/db/sessions';
import type { Effort, SessionRecord } from '@/lib/db/types';

const EFFORTS: { value: Effort; label: string }[] = [
  { value: 'easy', label: 'Easy' },
  { value: 'right', label: 'About right' },
  { value: 'hard', label: 'Hard' },
];

function amount(value: number, unit: 'seconds' | 'reps') {
  return unit === 'reps' ? `${value} ${value === 1 ? 'rep' : 'reps'}` : `${Math.round(value)} s`;
}

export function SessionSummary({ routine, record, saveFailed }: { routine: Routine; record: SessionRecord; saveFailed: boolean }) {
  const [current, setCurrent] = useState(record);
  const [error, setError] = useState(saveFailed);
  const effortName = useId();
  const tightId = useId();

  const save = (patch: Partial<Pick<SessionRecord, 'effort' | 'tightness'>>) => {
    const next = { ...current, ...patch };
    setCurrent(next);
    updateSession(next.id, patch).catch(() => setError(true));
  };

  const download = () => {
    const blob = new Blob([JSON.stringify(current, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `backstride-session-${current.day}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const minutes = Math.max(1, Math.round((current.endedAt - current.startedAt) / 60000));
  return (
    <div className="summary">
      <h1>{current.completed ? 'Well done' : 'Session ended'}</h1>
      <p className="lead">
        {routine.name} · {minutes} min{current.completed ? '' : ' · ended early'}
      </p>
      {error ? (
        <div className="notice" role="alert">
          <p>This session could not be saved on this device (storage is unavailable or full). Download its record to keep it.</p>
          <button type="button" className="button" onClick={download}>
            Download session record
          </button>
        </div>
      ) : (
        <p role="status">Saved on this device.</p>
      )}

      <h2>What you did</h2>
      <ul className="summary-list">
        {current.results.map((r, i) => (
          <li key={`${r.exerciseId}-${r.side}-${i}`}>
            <span>
              {getExercise(r.exerciseId)?.name ?? r.exerciseId}
              {r.side ? ` (${r.side})` : ''}
            </span>
            <span className="muted">
              {amount(r.done, r.unit)} of {amount(r.planned, r.unit)}
              {r.skipped ? ' · skipped part' : ''}
            </span>
          </li>
        ))}
      </ul>

      <fieldset className="choice-group">
        <legend>How hard did that feel? (optional)</legend>
        {EFFORTS.map((e) => (
          <label key={e.value} className="choice">
            <input type="radio" name={effortName} value={e.value} checked={current.effort === e.value} onChange={() => save({ effort: e.value })} />
            {e.label}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={tightId}>How tight is your back now? (optional, 0 = not at all, 10 = worst)</label>
        <div className="range-row">
          <input
            id={tightId}
            type="range"
            min={0}
            max={10}
            step={1}
            value={current.tightness ?? 0}
            aria-valuetext={current.tightness === undefined ? 'Not answered' : `${current.tightness} out of 10`}
            onChange={(e) => save({ tightness: Number(e.target.value) })}
          />
          <output htmlFor={tightId}>{current.tightness ?? '–'}</output>
        </div>
      </div>

      <p className="summary-actions">
        <Link className="button" href="/">
          Back to Today
        </Link>
      </p>
    </div>
  );
}
