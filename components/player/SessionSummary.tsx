'use client';
// After the last phase: a headline that fits how it felt, whether it is saved, what was done in
// plain lines, optional ratings (effort, tightness, new leg symptoms, effort per exercise),
// each saved the moment it is answered, then what the app does with them — the dose of each
// exercise next time, from the same computation the next session uses, and the safety
// questions when tightness or a leg calls for them — and the streak as Today shows it.
// After a mid-walk reset it also offers to log the walk so far.
import Link from 'next/link';
import { saveFile } from '@/components/ui/save-file';
import { useEffect, useId, useRef, useState } from 'react';
import { getExercise } from '@/lib/content';
import type { Exercise, Routine } from '@/lib/content/types';
import { loadActiveWalk, markWalkTightness } from '@/lib/db/active-walk';
import { listCheckIns } from '@/lib/db/check-ins';
import { listDayMarks } from '@/lib/db/day-marks';
import { listDoses } from '@/lib/db/doses';
import { listPlan } from '@/lib/db/plan';
import { listSessions, updateSession, type SessionPatch } from '@/lib/db/sessions';
import { readSettings } from '@/lib/db/settings';
import { dayKey } from '@/lib/days';
import { DEFAULT_SETTINGS, newId, type DayMark, type DoseState, type Effort, type PlanEntry, type SessionRecord, type Settings } from '@/lib/model';
import { saveWalk } from '@/lib/db/walks';
import { saveFailedMessage, STORAGE_FULL } from '@/lib/db/write-failure';
import { GlanceStats } from '@/components/ui/GlanceStats';
import { LegSymptomsBox } from '@/components/safety/ScreeningOffer';
import { latestTightness, screeningPrompt } from '@/lib/safety';
import { doneLines, exerciseEffortOf, nextDoses, sessionExerciseIds, summaryWords } from '@/lib/schedule';
import { glance, streakLine } from '@/lib/streaks';
import { midWalkEntry, midWalkLog, type MidWalkField } from '@/lib/walks';
import type { FinalSave } from './use-player';
import { MidWalkOnWalk } from '@/components/relief/MidWalkOnWalk';
import { useRunningWalk } from '@/components/relief/use-running-walk';
import { useSessionMode } from './use-player';
import styles from './summary.module.css';

const EFFORTS: { value: Effort; label: string }[] = [
  { value: 'easy', label: 'Easy' },
  { value: 'right', label: 'About right' },
  { value: 'hard', label: 'Hard' },
];

/** How long the final write may take before the summary offers the download as well. */
export const SAVE_STALL_MS = 10_000;
export const SAVE_STALLED =
  'Saving is taking longer than it should. Download this session’s record to be safe: if the session is missing from your history later, import the file in Settings with Merge.';

type Answers = Pick<SessionPatch, 'effort' | 'tightness' | 'tooHard' | 'exerciseEffort' | 'legSymptoms'>;

/**
 * `save` is the final write of the record (use-player): until it has succeeded, answers are
 * kept here and written after it, so an early tap is neither lost nor overwritten.
 */
export function SessionSummary({ routine, record, save }: { routine: Routine; record: SessionRecord; save: FinalSave }) {
  const walkMode = useSessionMode() === 'walk';
  // A walk the walk log is timing gives the minutes itself: then nothing asks for them.
  const runningWalk = useRunningWalk(walkMode);
  const [current, setCurrent] = useState(record);
  // Why an answer written after the final save failed (storage full, say); null while none has.
  const [editError, setEditError] = useState<{ readonly error: unknown } | null>(null);
  const [writing, setWriting] = useState(0);
  const pending = useRef<Answers>({});
  const effortName = useId();
  const tightId = useId();
  const minutesId = useId();
  const previous = usePreviousTightness(record.startedAt);
  const history = useStoredHistory(save === 'saved');
  // Storage can hang rather than fail (WebKit has been seen to: tests/engines/README.md). A
  // final write that has not answered in SAVE_STALL_MS offers the download too, while it waits.
  const [stalled, setStalled] = useState(false);
  useEffect(() => {
    if (save !== 'saving') return;
    const timer = window.setTimeout(() => setStalled(true), SAVE_STALL_MS);
    return () => window.clearTimeout(timer);
  }, [save]);

  // Mid-walk: one walk record per summary, so saving again corrects it instead of adding another.
  const [walkId] = useState(newId);
  const [minutesText, setMinutesText] = useState('');
  const [walkProblems, setWalkProblems] = useState<Partial<Record<MidWalkField, string>>>({});
  const [walkStatus, setWalkStatus] = useState('');
  const [walkError, setWalkError] = useState<{ readonly error: unknown } | null>(null);
  const minutesRef = useRef<HTMLInputElement>(null);
  // The player that had focus is gone: put focus (and screen readers) on the summary.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const tightRef = useRef<HTMLInputElement>(null);

  const write = (patch: Answers) => {
    setWriting((n) => n + 1);
    updateSession(record.id, patch, Date.now())
      .catch((error: unknown) => setEditError({ error }))
      .finally(() => setWriting((n) => n - 1));
  };
  // Answers given while the final write was under way follow it.
  useEffect(() => {
    if (save !== 'saved' || Object.keys(pending.current).length === 0) return;
    const patch = pending.current;
    pending.current = {};
    write(patch);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, when the final write lands
  }, [save]);

  const answer = (patch: Answers) => {
    setCurrent((c) => ({ ...c, ...patch }));
    if (patch.tightness !== undefined) {
      setWalkStatus('');
      setWalkProblems((problems) => ({ ...problems, tightness: undefined }));
    }
    if (save === 'saved') write(patch);
    else pending.current = { ...pending.current, ...patch };
  };

  const exerciseIds = sessionExerciseIds(current);
  // One tap per exercise; "hard" also marks it too hard, which progression (and older versions) read.
  const rateExercise = (exerciseId: string, effort: Effort) => {
    const tooHard = exerciseIds.filter((id) => (id === exerciseId ? effort === 'hard' : current.tooHard?.includes(id)));
    answer({ exerciseEffort: { ...current.exerciseEffort, [exerciseId]: effort }, tooHard: tooHard.length > 0 ? tooHard : undefined });
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
    setWalkError(null);
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
    } catch (error) {
      setWalkError({ error });
    }
  };

  const exercises = exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
  // The stored history with this record as answered now: the next session reads the same.
  const sessions = history ? [...history.sessions.filter((s) => s.id !== current.id), current] : null;
  const decisions = history && sessions ? nextDoses(exercises, sessions, history.marks, history.doses) : null;
  const words = summaryWords({
    record: current,
    exercise: getExercise,
    decisions,
    screening: screeningPrompt(previous, current.tightness, current.legSymptoms === true),
  });
  const streak =
    history && sessions
      ? glance({ plan: history.plan, sessions, marks: history.marks, today: dayKey(history.now, history.settings.rolloverHour), options: history.settings })
      : null;

  const failed = save === 'failed' || save === 'full' || editError !== null;
  const failure = save === 'full' ? STORAGE_FULL : editError?.error;
  const failedWords = saveFailedMessage('This session', failure, {
    otherwise: 'Storage may be unavailable. Download its record to keep it.',
    whenFull: 'Download its record now; once there is room, import it in Settings with Merge.',
  });
  const download = async () => {
    // A backup file of this one session, so Settings → Import → Merge brings it back. Should
    // the app somehow refuse its own record, the raw record is still better than nothing.
    let text = JSON.stringify(current, null, 2);
    let name = `backstride-session-${current.day}.json`;
    try {
      const { sessionBackupText, sessionBackupFileName } = await import('@/lib/backup');
      text = sessionBackupText(current, Date.now());
      name = sessionBackupFileName(current);
    } catch {
      // keep the raw record
    }
    saveFile(text, name, 'application/json');
  };
  // The record's file is offered when the write failed, or while it has not answered for long.
  const offer = failed ? failedWords : stalled && save === 'saving' ? SAVE_STALLED : null;
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
          onChange={(e) => answer({ tightness: Number(e.target.value) })}
          // Unanswered, the slider rests on 0, so choosing 0 fires no change: take it on release.
          onPointerUp={(e) => current.tightness === undefined && answer({ tightness: Number(e.currentTarget.value) })}
          onKeyUp={(e) => current.tightness === undefined && ['Home', 'ArrowLeft', 'ArrowDown'].includes(e.key) && answer({ tightness: Number(e.currentTarget.value) })}
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
  const legSymptoms = <LegSymptomsBox checked={current.legSymptoms === true} onChange={(on) => answer({ legSymptoms: on ? true : undefined })} />;
  const safetyNotice = words.safetyText && (
    <div className="notice">
      <p>
        {words.safetyText} A few quick questions can check for signs that need a doctor or physiotherapist rather than exercise.
      </p>
      <p>
        <Link href="/safety#screening">Answer the safety questions</Link>
      </p>
    </div>
  );

  return (
    <div className={`summary ${styles.summary}`}>
      <h1 ref={headingRef} tabIndex={-1}>
        {words.headline}
      </h1>
      <p className="lead">
        {routine.name} · {minutes} min{current.completed ? '' : ' · ended early'}
      </p>
      {!failed && (
        <p role="status" className={styles.saved}>
          {save === 'saving' || writing > 0 ? 'Saving…' : 'Saved on this device.'}
        </p>
      )}
      {offer && (
        <div className="notice" role="alert">
          <p>{offer}</p>
          <button type="button" className="button" onClick={() => void download()}>
            Download session record
          </button>
        </div>
      )}

      <section aria-labelledby={`${effortName}-did`}>
        <h2 id={`${effortName}-did`}>What you did</h2>
        <ul className={styles.lines}>
          {doneLines(current, getExercise).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${effortName}-feel`}>
        <h2 id={`${effortName}-feel`}>How did it feel?</h2>
        <fieldset className="choice-group">
          <legend>How hard did that feel? (optional)</legend>
          {EFFORTS.map((e) => (
            <label key={e.value} className="choice">
              <input type="radio" name={effortName} value={e.value} checked={current.effort === e.value} onChange={() => answer({ effort: e.value })} />
              {e.label}
            </label>
          ))}
        </fieldset>
        {!walkMode && tightnessField}
        {!walkMode && legSymptoms}
        {exercises.length > 1 && (
          <details className={styles.each}>
            <summary>Rate each exercise (optional)</summary>
            {exercises.map((exercise) => (
              <fieldset key={exercise.id} className="choice-group compact">
                <legend>{exercise.name}</legend>
                {EFFORTS.map((e) => (
                  <label key={e.value} className="choice">
                    <input
                      type="radio"
                      name={`${effortName}-${exercise.id}`}
                      value={e.value}
                      checked={exerciseEffortOf(current, exercise.id) === e.value}
                      onChange={() => rateExercise(exercise.id, e.value)}
                    />
                    {e.label}
                  </label>
                ))}
              </fieldset>
            ))}
          </details>
        )}
      </section>

      {walkMode && runningWalk && (
        <MidWalkOnWalk walk={runningWalk} resetStartedAt={current.startedAt} tightnessField={tightnessField} screeningNotice={legSymptoms} />
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
              className={styles.minutesInput}
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
          {legSymptoms}
          {walkError && (
            <p className="notice" role="alert">
              {saveFailedMessage('This walk', walkError.error)}
            </p>
          )}
          <button type="button" className="button" onClick={saveToWalkLog}>
            Save to walk log
          </button>
          <p role="status">{walkStatus}</p>
        </section>
      )}

      <section aria-labelledby={`${effortName}-next`}>
        <h2 id={`${effortName}-next`}>Next time</h2>
        {/* Always rendered, so what the app will do is announced as the answers change it. */}
        <div aria-live="polite" className={styles.next}>
          {words.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {safetyNotice}
        </div>
        {words.changes.length > 0 && (
          <ul className={styles.lines}>
            {words.changes.map((change) => (
              <li key={change.exerciseId} data-direction={change.direction}>
                {change.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      {streak && history && (
        <section aria-labelledby={`${effortName}-streak`}>
          <h2 id={`${effortName}-streak`}>Your streak</h2>
          {history.plan.length > 0 ? (
            <>
              <div className="glance">
                <GlanceStats glance={streak} />
              </div>
              <p>{streakLine(streak, true)}</p>
            </>
          ) : (
            <p>
              {streakLine(streak, false)} <Link href="/plan">Make a weekly plan</Link>
            </p>
          )}
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

interface StoredHistory {
  readonly plan: readonly PlanEntry[];
  readonly sessions: readonly SessionRecord[];
  readonly marks: readonly DayMark[];
  readonly doses: readonly DoseState[];
  readonly settings: Settings;
  /** When it was read: the day the streak is judged on. */
  readonly now: number;
}

/** What the next session and Today will read, once this session's record is written. */
function useStoredHistory(saved: boolean): StoredHistory | null {
  const [history, setHistory] = useState<StoredHistory | null>(null);
  useEffect(() => {
    if (!saved) return;
    let cancelled = false;
    Promise.all([listPlan(), listSessions(), listDayMarks(), listDoses(), readSettings()])
      .then(([plan, sessions, marks, doses, settings]) => {
        if (!cancelled) setHistory({ plan, sessions, marks, doses, settings, now: Date.now() });
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [saved]);
  return history;
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
