// The session player as a pure reducer: (state, event) -> state. Every event carries `now`;
// the reducer never reads a clock, and phase ends are timestamps, so throttled tabs, locked
// phones and reloads cannot make the schedule drift. State is plain JSON for IndexedDB.
import type { Phase, PhaseResult, SessionState } from '@/lib/model';

export type { PhaseResult, SessionState, SessionStatus } from '@/lib/model';

export type SessionEventType = 'START' | 'PAUSE' | 'RESUME' | 'SKIP' | 'BACK' | 'END' | 'TICK' | 'REP_DONE';

export interface SessionEvent {
  readonly type: SessionEventType;
  /** Epoch milliseconds when the event happened. */
  readonly now: number;
}


export function createSession(phases: readonly Phase[]): SessionState {
  return {
    phases,
    status: 'idle',
    phaseIndex: 0,
    phaseStartedAt: null,
    phaseEndsAt: null,
    phasePausedMs: 0,
    pausedAt: null,
    totalPausedMs: 0,
    startedAt: null,
    endedAt: null,
    repsDone: 0,
    log: [],
  };
}

/**
 * Events that make no sense in the current status (START twice, RESUME while running, PAUSE
 * while paused, anything after finished, a TICK that crosses no boundary, REP_DONE on a timed
 * phase) return the same object, so React bails out and the app can skip a save.
 *
 * Running events first settle every boundary that has already passed, so SKIP or PAUSE act on
 * the phase that is really current even if ticks were throttled. SKIP and BACK also work while
 * paused and keep the session paused. BACK restarts the previous phase from its beginning, or
 * the current phase when it is the first.
 */
export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  const { now } = event;
  switch (event.type) {
    case 'START':
      return state.status === 'idle' ? enterPhase({ ...state, status: 'running', startedAt: now }, 0, now) : state;

    case 'TICK':
      return state.status === 'running' ? catchUp(state, now) : state;

    case 'PAUSE': {
      if (state.status !== 'running') return state;
      const s = catchUp(state, now);
      if (s.status !== 'running') return s;
      return { ...s, status: 'paused', pausedAt: clampNow(s, now) };
    }

    case 'RESUME': {
      if (state.status !== 'paused' || state.pausedAt === null) return state;
      const paused = clampNow(state, now) - state.pausedAt;
      return {
        ...state,
        status: 'running',
        pausedAt: null,
        phasePausedMs: state.phasePausedMs + paused,
        totalPausedMs: state.totalPausedMs + paused,
        phaseEndsAt: state.phaseEndsAt === null ? null : state.phaseEndsAt + paused,
      };
    }

    case 'SKIP':
    case 'BACK': {
      const s = settle(state, now);
      if (s === null) return state;
      if (s.status === 'finished') return s;
      const t = clampNow(s, now);
      // Carrying on from a hold until it settles is how it is meant to end, not a skip.
      const settled = event.type === 'SKIP' && s.phases[s.phaseIndex]?.untilSettled === true;
      const left = logCurrent(s, t, { skipped: event.type === 'SKIP' && !settled, completed: settled });
      const target = event.type === 'SKIP' ? s.phaseIndex + 1 : Math.max(0, s.phaseIndex - 1);
      return enterPhase(left, target, t);
    }

    case 'END': {
      const s = settle(state, now);
      if (s === null) return state;
      if (s.status === 'finished') return s;
      const t = clampNow(s, now);
      return enterPhase(logCurrent(s, t, { skipped: false, completed: false }), s.phases.length, t);
    }

    case 'REP_DONE': {
      if (state.status !== 'running') return state;
      const s = catchUp(state, now);
      const phase = s.status === 'running' ? s.phases[s.phaseIndex] : undefined;
      if (!phase || phase.targetReps === undefined) return s;
      const reps = s.repsDone + 1;
      if (reps < phase.targetReps) return { ...s, repsDone: reps };
      const t = clampNow(s, now);
      const done = logCurrent({ ...s, repsDone: reps }, t, { skipped: false, completed: true });
      return enterPhase(done, s.phaseIndex + 1, t);
    }
  }
}

/** After a reload: settle whatever happened while the page was gone. */
export function restore(state: SessionState, now: number): SessionState {
  return sessionReducer(state, { type: 'TICK', now });
}

/** Running or paused sessions, with passed boundaries settled; null when there is no session to act on. */
function settle(state: SessionState, now: number): SessionState | null {
  if (state.status === 'running') return catchUp(state, now);
  if (state.status === 'paused') return state;
  return null;
}

/**
 * Completes every timed phase whose end has passed. Each next phase starts at the previous
 * one's ideal end, not at `now`, so one late tick lands every boundary where it belongs.
 * Returns the same object when nothing has ended.
 */
function catchUp(state: SessionState, now: number): SessionState {
  let s = state;
  const results: PhaseResult[] = [];
  for (;;) {
    const phase = s.phases[s.phaseIndex];
    if (s.status !== 'running' || !phase || phase.durationMs === null) break;
    if (s.phaseEndsAt === null || s.phaseStartedAt === null || s.phaseEndsAt > now) break;
    const end = s.phaseEndsAt;
    results.push({
      phaseIndex: s.phaseIndex,
      startedAt: s.phaseStartedAt,
      endedAt: end,
      doneMs: phase.durationMs,
      repsDone: phase.rep === undefined ? 0 : 1,
      skipped: false,
      completed: true,
    });
    s = enterPhase(s, s.phaseIndex + 1, end);
  }
  // One log copy per catch-up, not per crossed phase: a long gap can cross the whole routine.
  return results.length === 0 ? state : { ...s, log: [...state.log, ...results] };
}

/** Starts phase `index` at `t`, or finishes when there is none. A paused session stays paused. */
function enterPhase(s: SessionState, index: number, t: number): SessionState {
  // Time paused in the phase being left still counts as paused session time.
  const totalPausedMs = s.pausedAt === null ? s.totalPausedMs : s.totalPausedMs + Math.max(0, t - s.pausedAt);
  const phase = s.phases[index];
  if (!phase) {
    return {
      ...s,
      status: 'finished',
      phaseIndex: s.phases.length,
      phaseStartedAt: null,
      phaseEndsAt: null,
      phasePausedMs: 0,
      pausedAt: null,
      totalPausedMs,
      endedAt: t,
      repsDone: 0,
    };
  }
  return {
    ...s,
    phaseIndex: index,
    phaseStartedAt: t,
    phaseEndsAt: phase.durationMs === null ? null : t + phase.durationMs,
    phasePausedMs: 0,
    pausedAt: s.status === 'paused' ? t : null,
    totalPausedMs,
    repsDone: 0,
  };
}

function logCurrent(s: SessionState, t: number, flags: { skipped: boolean; completed: boolean }): SessionState {
  const phase = s.phases[s.phaseIndex];
  if (!phase || s.phaseStartedAt === null) return s;
  const result: PhaseResult = {
    phaseIndex: s.phaseIndex,
    startedAt: s.phaseStartedAt,
    endedAt: t,
    doneMs: activeMs(s, phase, t),
    repsDone: phase.targetReps !== undefined ? s.repsDone : phase.rep !== undefined && flags.completed ? 1 : 0,
    ...flags,
  };
  return { ...s, log: [...s.log, result] };
}

/**
 * Active time spent in the current phase: frozen while paused, capped at a timed phase's
 * length. Untimed phases show it as a count-up.
 */
export function elapsedMs(state: SessionState, now: number): number {
  const phase = state.status === 'finished' ? undefined : state.phases[state.phaseIndex];
  return phase ? activeMs(state, phase, now) : 0;
}

function activeMs(s: SessionState, phase: Phase, t: number): number {
  if (s.phaseStartedAt === null) return 0;
  const until = s.pausedAt ?? t;
  const elapsed = Math.max(0, until - s.phaseStartedAt - s.phasePausedMs);
  return phase.durationMs === null ? elapsed : Math.min(elapsed, phase.durationMs);
}

// Device clocks can step backwards (manual change, NTP); never let time run before the
// current phase began, or paused, so no duration comes out negative.
function clampNow(s: SessionState, now: number): number {
  return Math.max(now, s.pausedAt ?? s.phaseStartedAt ?? now);
}
