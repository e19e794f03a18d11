'use client';
// After the last phase: what was done, and optional questions (effort, any exercise too hard,
// tightness now), each saved the moment it is answered. A high or sharply risen tightness
// offers the safety questions. After a mid-walk reset it also offers to log the walk so far.
import Link from 'next/link';
import { saveFile } from '@/components/ui/save-file';
import { useEffect, useId, useRef, useState } from 'react';
import { getExercise } from '@/lib/content';
import type { Routine } from '@/lib/content/types';
import { loadActiveWalk, markWalkTightness } from '@/lib/db/active-walk';
import { listCheckIns } from '@/lib/db/check-ins';
import { newId } from '@/lib/model';
import { listSessions, updateSession, type SessionPatch } from '@/lib/db/sessions';
import { readSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS, type Effort, type SessionRecord } from '@/lib/model';
import { saveWalk } from '@/lib/db/walks';
import { LegSymptomsBox } from '@/components/safety/ScreeningOffer';
import { HIGH_TIGHTNESS, latestTightness, screeningPrompt } from '@/lib/safety';
import { midWalkEntry, midWalkLog, type MidWalkField } from '@/lib/walks';
import { MidWalkOnWalk } from '@/components/relief/MidWalkOnWalk';
import { useRunningWalk } from '@/components/relief/use-running-walk';
import { useSessionMode } from './use-player';

const EFFORTS: { value: Effort; label: string }[] = [
  { value: 'easy', label: 'Easy' },
  { value: 'right', label: 'About right' },
  { value: 'hard', label: 'Hard' },
];

/** An answer on the summary, dated when it is saved. */
function saveEdit(id: string, patch: SessionPatch): Promise<void> {
  return updateSession(id, patch, Date.now());
}

function amount(value: number, unit: 'seconds' | 'reps') {
  return unit === 'reps' ? `${value} ${value === 1 ? 'rep' : 'reps'}` : `${Math.round(value)} s`;
}

export function SessionSummary({ routine, record, saveFailed }: { routine: Routine; record: SessionRecord; saveFailed: boolean }) {
  const walkMode = useSessionMode() === 'walk';
  // A walk the walk log is timing gives the minutes itself: then nothing asks for them.
  const runningWalk = useRunningWalk(walkMode);
  const [current, setCurrent] = useState(record);
  // The final save may fail after the summary is shown: follow the prop, never a copy of it.
  const [editFailed, setEditFailed] = useState(false);
  const error = saveFailed || editFailed;
  const effortName = useId();
  const tightId = useId();
  const minutesId = useId();
  const previous = usePreviousTightness(record.startedAt);

  // Mid-walk: one walk record per summary, so saving again corrects it instead of adding another.
  const [walkId] = useState(newId);
  const [minutesText, setMinutesText] = useState('');
  const [walkProblems, setWalkProblems] = useState<Partial<Record<MidWalkField, string>>>({});
  const [walkStatus, setWalkStatus] = useState('');
  const [walkFailed, setWalkFailed] = useState(false);
  const minutesRef = useRef<HTMLInputElement>(null);
  // The player that had focus is gone: put focus (and screen readers) on the summary.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const tightRef = useRef<HTMLInputElement>(null);

  const save = (patch: Partial<Pick<SessionRecord, 'effort' | 'tightness' | 'tooHard' | 'legSymptoms'>>) => {
    const next = { ...current, ...patch };
    setCurrent(next);
    if (patch.tightness !== undefined) {
      setWalkStatus('');
      setWalkProblems((problems) => ({ ...problems, tightness: undefined }));
    }
    saveEdit(next.id, patch).catch(() => setEditFailed(true));
  };

  // Each exercise once, in session order; progression eases the ones rated too hard.
  const sessionExercises = [...new Set(current.results.map((r) => r.exerciseId))];
  const toggleTooHard = (exerciseId: string, on: boolean) => {
    const next = sessionExercises.filter((id) => (id === exerciseId ? on : current.tooHard?.includes(id)));
    save({ tooHard: next.length > 0 ? next : undefined });
  };

  const saveToWalkLog = async () => {
    const result = midWalkEntry({ minutesIntoWalk: minutesText, tightness: current.tightness ?? '' });
    if (!result.ok) {
      const found: Partial<Record<MidWalkField, string>> = {};
      for (const p of result.problems) found[p.field] ??= p.message;
      setWalkProblems(found);
      setWalkStatus('');
      (found.minutesIntoWalk ? minutesRef : tightRef).current?.focus();
      return;
    }
    setWalkProblems({});
    setWalkFailed(false);
    try {
      // A walk already running in the walk log is this walk: note when tightness came on it,
      // rather than logging the same walk twice. Ending that walk logs it once.
      const running = await loadActiveWalk();
      if (running) {
        await markWalkTightness(current.startedAt);
        setWalkStatus('Noted on the walk you are logging; end it in the walk log when you are home');
        return;
      }
      const settings = await readSettings().catch(() => DEFAULT_SETTINGS);
      await saveWalk(midWalkLog(result.value, { id: walkId, now: Date.now(), rolloverHour: settings.rolloverHour }));
      setWalkStatus('Saved to your walk log');
    } catch {
      setWalkFailed(true);
    }
  };

  const prompt = screeningPrompt(previous, current.tightness, current.legSymptoms === true);

  const download = () => saveFile(JSON.stringify(current, null, 2), `backstride-session-${current.day}.json`, 'application/json');

  const minutes = Math.max(1, Math.round((current.endedAt - current.startedAt) / 60000));
  const tightError = walkMode ? walkProblems.tightness : undefined;
  const tightnessField = (
    <div className="field">
      <label htmlFor={tightId}>
        How tight is your back now? ({walkMode ? '' : 'optional, '}0 = not at all, 10 = worst)
      </label>
      <div className="range-row">
        <input
          id={tightId}
          ref={tightRef}
          type="range"
          min={0}
          max={10}
          step={1}
          value={current.tightness ?? 0}
          aria-valuetext={current.tightness === undefined ? 'Not answered' : `${current.tightness} out of 10`}
          aria-invalid={tightError ? true : undefined}
          aria-describedby={tightError ? `${tightId}-error` : undefined}
          onChange={(e) => save({ tightness: Number(e.target.value) })}
          // Unanswered, the slider rests on 0, so choosing 0 fires no change: take it on release.
          onPointerUp={(e) => current.tightness === undefined && save({ tightness: Number(e.currentTarget.value) })}
          onKeyUp={(e) => current.tightness === undefined && ['Home', 'ArrowLeft', 'ArrowDown'].includes(e.key) && save({ tightness: Number(e.currentTarget.value) })}
        />
        <output htmlFor={tightId}>{current.tightness ?? '–'}</output>
      </div>
      {tightError && (
        <p id={`${tightId}-error`} className="field-error">
          {tightError}
        </p>
      )}
    </div>
  );
  // Always rendered, so the notice is announced when it appears.
  const screeningNotice = (
    <>
      <LegSymptomsBox checked={current.legSymptoms === true} onChange={(on) => save({ legSymptoms: on ? true : undefined })} />
      <div aria-live="polite">
        {prompt && (
          <div className="notice">
            <p>
              {prompt === 'leg-symptoms'
                ? 'New numbness, tingling or weakness in a leg is worth checking.'
                : (current.tightness ?? 0) >= HIGH_TIGHTNESS
                  ? 'That is a high tightness rating.'
                  : 'Your tightness has gone up noticeably since your last rating.'}{' '}
              A few quick questions can check for signs that need a doctor or physiotherapist rather than exercise.
            </p>
            <p>
              <Link href="/safety#screening">Answer the safety questions</Link>
            </p>
          </div>
        )}
      </div>
    </>
  );

  return (
    <div className="summary">
      <h1 ref={headingRef} tabIndex={-1}>
        {current.completed ? 'Well done' : 'Session ended'}
      </h1>
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

      {sessionExercises.length > 0 && (
        <fieldset className="choice-group">
          <legend>
            Was any exercise too hard? <span className="muted">(optional: it will be a step easier next time)</span>
          </legend>
          {sessionExercises.map((exerciseId) => (
            <label key={exerciseId} className="choice">
              <input
                type="checkbox"
                checked={current.tooHard?.includes(exerciseId) ?? false}
                onChange={(e) => toggleTooHard(exerciseId, e.target.checked)}
              />
              {getExercise(exerciseId)?.name ?? exerciseId}{' '}
              <span className="visually-hidden">was too hard</span>
            </label>
          ))}
        </fieldset>
      )}

      {!walkMode && tightnessField}
      {!walkMode && screeningNotice}

      {walkMode && runningWalk && (
        <MidWalkOnWalk walk={runningWalk} resetStartedAt={current.startedAt} tightnessField={tightnessField} screeningNotice={screeningNotice} />
      )}

      {walkMode && runningWalk === null && (
        <section className="card" aria-labelledby={`${minutesId}-title`}>
          <h2 id={`${minutesId}-title`}>Add this walk to your log</h2>
          <div className="field">
            <label htmlFor={minutesId}>How many minutes into your walk were you?</label>
            <input
              id={minutesId}
              ref={minutesRef}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              style={{ maxWidth: '8rem' }}
              value={minutesText}
              onChange={(e) => {
                setMinutesText(e.target.value);
                setWalkStatus('');
              }}
              aria-invalid={walkProblems.minutesIntoWalk ? true : undefined}
              aria-describedby={walkProblems.minutesIntoWalk ? `${minutesId}-error` : undefined}
            />
            {walkProblems.minutesIntoWalk && (
              <p id={`${minutesId}-error`} className="field-error">
                {walkProblems.minutesIntoWalk}
              </p>
            )}
          </div>
          {tightnessField}
          {screeningNotice}
          {walkFailed && (
            <p className="notice" role="alert">
              This walk could not be saved on this device. Please try again.
            </p>
          )}
          <button type="button" className="button" onClick={saveToWalkLog}>
            Save to walk log
          </button>
          <p role="status">{walkStatus}</p>
        </section>
      )}

      {(!walkMode || runningWalk === null) && (
        <p className="summary-actions button-row">
          <Link className="button" href="/">
            Back to Today
          </Link>
          {walkMode && (
            <Link className="button secondary" href="/relief">
              Back to Relief
            </Link>
          )}
        </p>
      )}
    </div>
  );
}

/**
 * The most recent tightness rated before this session started (check-ins and session
 * summaries), for the jump rule. Undefined until loaded, or when there is none: then only
 * the "high" rule can offer the screening.
 */
function usePreviousTightness(before: number): number | undefined {
  const [previous, setPrevious] = useState<number | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    Promise.all([listCheckIns(), listSessions()])
      .then(([checkIns, sessions]) => {
        if (!cancelled) setPrevious(latestTightness(checkIns, sessions, before));
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [before]);
  return previous;
}
