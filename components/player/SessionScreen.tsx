'use client';
// Loads what the player needs (settings, a session to resume) and decides (lib/timer/resume):
// start fresh, resume at once (paused where it was last seen if the page went away), or ask
// "resume or discard" for a session left for more than two hours.
// `mode=walk` (the mid-walk reset) is passed down as the session mode.
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise, Routine } from '@/lib/content/types';
import { clearActiveSession, loadActiveSession, type ActiveSession } from '@/lib/db/active-session';
import { newId } from '@/lib/model';
import { listDayMarks } from '@/lib/db/day-marks';
import { listDoses } from '@/lib/db/doses';
import { listSessions } from '@/lib/db/sessions';
import { listScreenings } from '@/lib/db/safety';
import { readSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS, type DayMark, type DoseState, type SessionRecord, type Settings } from '@/lib/model';
import { dayKey } from '@/lib/days';
import { safetyStatus, type ScreeningRecord } from '@/lib/safety';
import { doseOverrides, nextDoses } from '@/lib/schedule';
import { createSession, openSession, planSession, resumeStale, type SessionState } from '@/lib/timer';
import { EmergencyHold } from '@/components/safety/EmergencyHold';
import { rememberLayout } from '@/lib/prefs/set-up';
import { SessionPlayer } from './SessionPlayer';
import { SessionSkeleton } from './SessionSkeleton';
import { preloadVoiceAsked } from './VoiceIntro';
import { SessionModeContext } from './use-player';

type Doses = Readonly<Record<string, number>>;
/** `left`: a session paused where it was last seen, because the page went away. */
type Ready = { sessionId: string; routine: Routine; initial: SessionState; settings: Settings; storageOk: boolean; doses: Doses; left?: boolean };
type View =
  | { kind: 'loading' }
  | { kind: 'unknown' }
  | { kind: 'emergency'; record: ScreeningRecord }
  | { kind: 'ask'; active: ActiveSession; routine: Routine; settings: Settings; awayMs: number; history: History }
  | { kind: 'ready'; ready: Ready };

interface History {
  readonly sessions: readonly SessionRecord[];
  readonly marks: readonly DayMark[];
  readonly doses: readonly DoseState[];
}

/** A new session of the routine at the doses progression (or the person's pins) chose. */
function freshSession(routine: Routine, history: History): { initial: SessionState; doses: Doses } {
  const exercises = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
  const decisions = nextDoses(exercises, history.sessions, history.marks, history.doses);
  const doses = Object.fromEntries([...decisions].map(([id, d]) => [id, d.amount]));
  return { initial: createSession(planSession(routine, exercises, doseOverrides(exercises, decisions))), doses };
}

export function SessionScreen() {
  const params = useSearchParams();
  const routineId = params.get('routine') ?? '';
  const mode = params.get('mode') === 'walk' ? 'walk' : 'routine';
  const [view, setView] = useState<View>({ kind: 'loading' });
  // Bumped when the emergency hold is lifted here, to load the session afresh.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let settings = DEFAULT_SETTINGS;
      let active: ActiveSession | undefined;
      let history: History = { sessions: [], marks: [], doses: [] };
      let storageOk = true;
      try {
        const [s, a, sessions, marks, doses, screenings] = await Promise.all([
          readSettings(),
          loadActiveSession(),
          listSessions(),
          listDayMarks(),
          listDoses(),
          listScreenings(),
          preloadVoiceAsked(),
        ]);
        [settings, active, history] = [s, a, { sessions, marks, doses }];
        // After an emergency answer, no routine until it is lifted, whichever screen it was started from.
        const status = safetyStatus(screenings, dayKey(Date.now(), s.rolloverHour), s.rolloverHour);
        if (!cancelled && status.kind === 'emergency') return setView({ kind: 'emergency', record: status.record });
      } catch {
        storageOk = false;
      }
      if (cancelled) return;
      // The static page opens at a routine's start only while no session is under way.
      rememberLayout('activeSession', active !== undefined);
      const opening = openSession(active, Date.now(), getRoutine);
      if (opening.kind !== 'fresh') {
        const activeRoutine = opening.routine;
        if (opening.kind === 'ask') {
          setView({ kind: 'ask', active: opening.active, routine: activeRoutine, settings, awayMs: opening.awayMs, history });
        } else {
          const ready = { sessionId: opening.active.id, routine: activeRoutine, initial: opening.state, settings, storageOk, doses: opening.active.doses ?? {}, left: opening.left };
          setView({ kind: 'ready', ready });
        }
        return;
      }
      const routine = getRoutine(routineId);
      if (!routine) return setView({ kind: 'unknown' });
      setView({ kind: 'ready', ready: { sessionId: newId(), routine, settings, storageOk, ...freshSession(routine, history) } });
    })();
    return () => {
      cancelled = true;
    };
  }, [routineId, attempt]);

  if (view.kind === 'loading') return <SessionSkeleton routineId={routineId} />;
  if (view.kind === 'emergency') {
    return (
      <>
        <h1>No exercise for now</h1>
        <EmergencyHold record={view.record} onLifted={() => setAttempt((n) => n + 1)} />
      </>
    );
  }
  if (view.kind === 'unknown') {
    return (
      <>
        <h1>Routine not found</h1>
        <p className="lead">{routineId ? `There is no routine called “${routineId}”.` : 'No routine was chosen.'} Pick one from the list to start a session.</p>
        <Link className="button" href="/routines">
          See all routines
        </Link>
      </>
    );
  }
  if (view.kind === 'ask') {
    const { active, routine, settings } = view;
    const resume = () => {
      const left = active.state.status === 'running';
      setView({ kind: 'ready', ready: { sessionId: active.id, routine, initial: resumeStale(active), settings, storageOk: true, doses: active.doses ?? {}, left } });
    };
    const discard = async () => {
      await clearActiveSession().catch(() => {});
      rememberLayout('activeSession', false);
      const target = getRoutine(routineId) ?? routine;
      setView({ kind: 'ready', ready: { sessionId: newId(), routine: target, settings, storageOk: true, ...freshSession(target, view.history) } });
    };
    return (
      <>
        <h1>Unfinished session</h1>
        <p className="lead">
          You started {routine.name} {formatAgo(view.awayMs)} and did not finish it. Pick up where you left off, or start again.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={resume}>
            Resume {routine.name}
          </button>
          <button type="button" className="button secondary" onClick={discard}>
            Discard it
          </button>
        </div>
      </>
    );
  }
  // A different routine resumed from storage is not the mid-walk reset the link asked for.
  return (
    <SessionModeContext.Provider value={view.ready.routine.id === routineId ? mode : 'routine'}>
      <SessionPlayer {...view.ready} />
    </SessionModeContext.Provider>
  );
}

function formatAgo(ms: number): string {
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return `${hours} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}
