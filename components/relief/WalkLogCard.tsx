'use client';
// The walk log: start a walk, tap once when tightness starts, end it, optionally rate
// tightness before and after. The running walk lives in IndexedDB, so it survives reloads
// and shows in every tab; the finished walk is validated by lib/walks before it is stored.
import { format } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useNow } from '@/components/ui/use-now';
import { RatingField } from '@/components/ui/RatingField';
import { LegSymptomsBox, ScreeningOffer } from '@/components/safety/ScreeningOffer';
import { clearActiveWalk, finishActiveWalk, loadActiveWalk, markWalkTightness, startWalk, type ActiveWalk } from '@/lib/db/active-walk';
import { screeningPrompt, type ScreeningPrompt } from '@/lib/safety/checkin-rule';
import { newId } from '@/lib/model';
import { readSettings } from '@/lib/db/settings';
import type { WalkLog } from '@/lib/model';
import { listWalks } from '@/lib/db/walks';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { walkFromTimes, type WalkField } from '@/lib/walks';
import styles from './relief.module.css';
import { WALK_LOG_INTRO, WalkLogLoadingBody } from './WalkLogSkeleton';

/** How many past walks the card lists. */
export const RECENT_WALKS = 5;

const STORAGE_PROBLEM = 'This device is not letting Backstride save right now, so the walk log is unavailable.';

type Loaded =
  | { readonly ok: true; readonly active: ActiveWalk | undefined; readonly recent: readonly WalkLog[]; readonly rolloverHour: number }
  | { readonly ok: false };

async function readWalkLog(): Promise<Loaded> {
  try {
    const [active, walks, settings] = await Promise.all([loadActiveWalk(), listWalks(), readSettings()]);
    return { ok: true, active, recent: walks.slice(-RECENT_WALKS).reverse(), rolloverHour: settings.rolloverHour };
  } catch {
    return { ok: false };
  }
}

const wholeMinutes = (ms: number) => Math.max(0, Math.floor(ms / 60_000));
const minutesText = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

type FocusTarget = 'start' | 'tightness' | 'undo' | 'form';

export function WalkLogCard() {
  const data = useLiveQuery(readWalkLog, []);
  const now = useNow(10_000);
  // The end time belongs to one walk: if another tab ends it and a new one starts, the new
  // walk is not shown as ending.
  // `here` once this tab saves or discards it, so its own ending is not taken for another tab's.
  const [ending, setEnding] = useState<{ startedAt: number; endedAt: number; here?: boolean } | null>(null);
  const [status, setStatus] = useState('');
  const [prompt, setPrompt] = useState<ScreeningPrompt | null>(null);
  // Why the last write failed (storage full, say); null while none has.
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  // The control that should take focus once it appears, so a keyboard or screen-reader user
  // is not dropped to the top of the page when the button they pressed is replaced.
  const focusNext = useRef<FocusTarget | null>(null);
  const focusWhen = (target: FocusTarget) => (el: HTMLElement | null) => {
    if (el && focusNext.current === target) {
      focusNext.current = null;
      el.focus();
    }
  };
  const headingId = useId();

  const act = (work: Promise<unknown>, done: string, focus: FocusTarget) => {
    focusNext.current = focus;
    work.then(
      () => setStatus(done),
      (error: unknown) => setFailure({ error }),
    );
  };

  let body;
  if (!data) {
    body = <WalkLogLoadingBody />;
  } else if (!data.ok) {
    body = (
      <p className="notice" role="alert">
        {STORAGE_PROBLEM}
      </p>
    );
  } else {
    const { active, recent, rolloverHour } = data;
    const endedAt = active && ending?.startedAt === active.startedAt ? ending.endedAt : null;
    // The person was ending this walk here when another tab or window ended it: say so, rather
    // than let the half-filled form vanish.
    const endedElsewhere = ending !== null && !ending.here && active?.startedAt !== ending.startedAt ? ending.startedAt : null;
    body = (
      <>
        {endedElsewhere !== null && (
          <p className="notice" role="alert">
            {endedElsewhereText(recent.find((walk) => walk.startedAt === endedElsewhere))}
          </p>
        )}
        {!active && (
          <button type="button" className={`button ${styles.bigButton}`} ref={focusWhen('start')} onClick={() => {
            const at = Date.now();
            setEnding(null);
            act(startWalk(at), `Walk started at ${format(at, 'HH:mm')}.`, 'tightness');
          }}>
            Start a walk
          </button>
        )}

        {active && endedAt === null && (
          <div className={styles.walking}>
            <p className={styles.elapsed}>
              Walking for <strong>{minutesText(wholeMinutes(now - active.startedAt))}</strong>
              <span className="muted"> · started at {format(active.startedAt, 'HH:mm')}</span>
            </p>
            {active.tightnessAt === null ? (
              <>
                <button type="button" className="button" ref={focusWhen('tightness')} onClick={() => {
                  const at = Date.now();
                  act(markWalkTightness(at), `Tightness noted at minute ${wholeMinutes(at - active.startedAt)}.`, 'undo');
                }}>
                  Tightness started now
                </button>
                <p className="muted">Tap it the moment your back starts to tighten. Over the weeks this shows whether you can walk further before it does.</p>
              </>
            ) : (
              <>
                <p>Tightness started at minute {wholeMinutes(active.tightnessAt - active.startedAt)}.</p>
                {/* A full-size button: a walker may tap the wrong thing and should undo it easily. */}
                <button type="button" className="button secondary" ref={focusWhen('undo')} onClick={() => act(markWalkTightness(null), 'Tightness note removed.', 'tightness')}>
                  Undo
                </button>
              </>
            )}
            <button type="button" className="button secondary" onClick={() => {
              focusNext.current = 'form';
              setEnding({ startedAt: active.startedAt, endedAt: Date.now() });
            }}>
              End walk
            </button>
          </div>
        )}

        {active && endedAt !== null && (
          <EndWalkForm
            active={active}
            endedAt={endedAt}
            rolloverHour={rolloverHour}
            focusRef={focusWhen('form')}
            onKeepWalking={() => {
              focusNext.current = 'tightness';
              setEnding(null);
            }}
            onDone={(work, done, offer = null) => {
              setEnding((e) => e && { ...e, here: true });
              act(work, done, 'start');
              work.then(() => {
                setEnding(null);
                setPrompt(offer);
              }, () => setEnding((e) => e && { ...e, here: false }));
            }}
          />
        )}

        <h3>Recent walks</h3>
        {recent.length === 0 ? (
          <p className="muted">No walks logged yet.</p>
        ) : (
          <ul className="summary-list" aria-label="Recent walks">
            {recent.map((walk) => (
              <li key={walk.id}>
                <span>{format(walk.startedAt, 'EEE d MMM, HH:mm')}</span>{' '}
                <span className="muted">{describeWalk(walk)}</span>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Walk log</h2>
      <p className="muted">{WALK_LOG_INTRO}</p>
      {failure && (
        <p className="notice" role="alert">
          {saveFailedMessage('That', failure.error)}
        </p>
      )}
      {body}
      <ScreeningOffer prompt={prompt} />
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {status}
      </div>
    </section>
  );
}

function endedElsewhereText(saved: WalkLog | undefined): string {
  const closed = 'was ended in another tab or window, so the form here closed and what you typed in it was not saved.';
  return saved
    ? `The walk you were ending ${closed} The walk itself was saved there: ${describeWalk(saved)}.`
    : `The walk you were ending ${closed} It was not saved there either.`;
}

export function describeWalk(walk: WalkLog): string {
  const parts = [`${walk.minutesWalked} min`];
  parts.push(walk.tightnessAtMinute === null ? 'no tightness' : `tight from minute ${walk.tightnessAtMinute}`);
  const { tightnessBefore: before, tightnessAfter: after } = walk;
  if (before !== undefined && after !== undefined) parts.push(`tightness ${before} → ${after}`);
  else if (before !== undefined) parts.push(`tightness before ${before}`);
  else if (after !== undefined) parts.push(`tightness after ${after}`);
  return parts.join(' · ');
}

type Problems = Partial<Record<WalkField, string>>;

function EndWalkForm({
  active,
  endedAt,
  rolloverHour,
  focusRef,
  onKeepWalking,
  onDone,
}: {
  active: ActiveWalk;
  endedAt: number;
  rolloverHour: number;
  focusRef: (el: HTMLElement | null) => void;
  onKeepWalking: () => void;
  onDone: (work: Promise<unknown>, status: string, offer?: ScreeningPrompt | null) => void;
}) {
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  const [legSymptoms, setLegSymptoms] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const beforeRef = useRef<HTMLInputElement>(null);
  const afterRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const minutes = Math.round(((endedAt - active.startedAt) / 60_000) * 10) / 10;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = walkFromTimes(
      {
        startedAt: active.startedAt,
        endedAt,
        tightnessAt: active.tightnessAt,
        // The typed text: lib/walks parses it ('' is "not answered").
        tightnessBefore: before,
        tightnessAfter: after,
      },
      rolloverHour,
    );
    if (!result.ok) {
      const found: Problems = {};
      for (const p of result.problems) found[p.field] ??= p.message;
      setProblems(found);
      if (found.tightnessBefore) beforeRef.current?.focus();
      else if (found.tightnessAfter) afterRef.current?.focus();
      return;
    }
    setProblems({});
    const walk = { id: newId(), ...result.value, ...(legSymptoms ? { legSymptoms } : {}) };
    const offer = screeningPrompt(walk.tightnessBefore, walk.tightnessAfter, legSymptoms);
    onDone(finishActiveWalk(walk), `Walk saved: ${minutesText(result.value.minutesWalked)}.`, offer);
  };

  // Start, end and tightness times come from taps, not fields: their problems are shown together.
  const timing = [problems.startedAt, problems.endedAt, problems.tightnessAt].filter((m): m is string => m !== undefined);

  return (
    <form className={styles.endForm} onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={focusRef}>
        Walk ended after {minutesText(minutes)}
      </h3>
      <p className="muted">Both questions are optional: 0 = not tight at all, 10 = the worst you can imagine.</p>
      <RatingField
        className={styles.shortInput}
        label="Tightness before the walk (0–10)"
        value={before}
        onChange={setBefore}
        error={problems.tightnessBefore}
        ref={beforeRef}
      />
      <RatingField
        className={styles.shortInput}
        label="Tightness now, after the walk (0–10)"
        value={after}
        onChange={setAfter}
        error={problems.tightnessAfter}
        ref={afterRef}
      />
      <LegSymptomsBox checked={legSymptoms} onChange={setLegSymptoms} />
      {timing.length > 0 && (
        <div className="notice" role="alert">
          {timing.map((m) => (
            <p key={m}>{m}</p>
          ))}
          <button type="button" className="button secondary" onClick={() => onDone(clearActiveWalk(), 'Walk discarded.')}>
            Discard this walk
          </button>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          Save walk
        </button>
        <button type="button" className="button secondary" onClick={onKeepWalking}>
          Keep walking
        </button>
      </div>
    </form>
  );
}
