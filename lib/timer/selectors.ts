// Read-only views of a session for the player and the summary: time left, progress, what is
// next, and planned-vs-done per exercise and side. All pure; time comes in as `now`.
import type { SessionState, SessionStatus, PhaseResult } from './engine';
import type { Phase, Side } from './plan';

/** The phase on screen: the first one before START, none once finished. */
export function currentPhase(state: SessionState): Phase | null {
  if (state.status === 'finished') return null;
  return state.phases[state.phaseIndex] ?? null;
}

/** Time left in a timed phase from `phaseEndsAt - now`, frozen while paused; null when untimed. */
export function remainingMs(state: SessionState, now: number): number | null {
  const phase = currentPhase(state);
  if (!phase || phase.durationMs === null) return null;
  if (state.status === 'idle' || state.phaseEndsAt === null) return phase.durationMs;
  const at = state.pausedAt ?? now;
  // Capped above too: a clock stepped backwards must not show more than the phase's length.
  return Math.min(phase.durationMs, Math.max(0, state.phaseEndsAt - at));
}

/** 0..1 through the current phase: by time when timed, by REP_DONE count when untimed. */
export function phaseProgress(state: SessionState, now: number): number {
  if (state.status === 'finished') return 1;
  const phase = currentPhase(state);
  if (!phase || state.status === 'idle') return 0;
  if (phase.durationMs === null) {
    return phase.targetReps ? Math.min(1, state.repsDone / phase.targetReps) : 0;
  }
  if (phase.durationMs === 0) return 1;
  const left = remainingMs(state, now) ?? phase.durationMs;
  return 1 - left / phase.durationMs;
}

/**
 * 0..1 through the session by planned time (untimed phases count their estimate). A finished
 * session is 1 even when ended early; summarize() tells how much was actually done.
 */
export function sessionProgress(state: SessionState, now: number): number {
  if (state.status === 'finished') return 1;
  if (state.status === 'idle') return 0;
  let total = 0;
  let before = 0;
  for (const p of state.phases) {
    total += p.plannedMs;
    if (p.index < state.phaseIndex) before += p.plannedMs;
  }
  if (total === 0) return 0;
  const current = currentPhase(state);
  const within = current ? current.plannedMs * phaseProgress(state, now) : 0;
  return Math.min(1, (before + within) / total);
}

/**
 * "Next up": the next work phase of a different exercise or side than the current phase,
 * skipping further sets and reps of what is on screen now. null when nothing different follows.
 */
export function nextPhase(state: SessionState): Phase | null {
  const current = currentPhase(state);
  if (!current) return null;
  for (let i = state.phaseIndex + 1; i < state.phases.length; i++) {
    const p = state.phases[i];
    if (p && p.kind === 'work' && (p.exerciseIndex !== current.exerciseIndex || p.side !== current.side)) return p;
  }
  return null;
}

export interface SideSummary {
  readonly exerciseId: string;
  readonly exerciseIndex: number;
  readonly side: Side;
  /** 'reps' for rep doses (timed rep holds count one rep each), 'seconds' for holds. */
  readonly unit: 'seconds' | 'reps';
  readonly planned: number;
  readonly done: number;
  /** Active time spent in this exercise-side's work phases, whatever the unit. */
  readonly workMs: number;
  readonly workPhases: number;
  readonly completedPhases: number;
  /** Work phases left by SKIP (phases never reached after END are just not completed). */
  readonly skippedPhases: number;
  readonly completed: boolean;
}

export interface SessionSummary {
  readonly status: SessionStatus;
  readonly startedAt: number | null;
  readonly endedAt: number | null;
  /** Wall time minus pauses; null until finished. */
  readonly activeMs: number | null;
  readonly totalPausedMs: number;
  readonly items: readonly SideSummary[];
  /** Every work phase completed. */
  readonly completed: boolean;
}

/**
 * Planned vs done per exercise and side, in plan order. A phase attempted more than once
 * (after BACK) counts its best attempt, so redoing a phase never erases what was done.
 */
export function summarize(state: SessionState): SessionSummary {
  const best = bestAttempts(state.log);
  const items = new Map<string, { -readonly [K in keyof SideSummary]: SideSummary[K] }>();

  for (const phase of state.phases) {
    if (phase.kind !== 'work') continue;
    const key = `${phase.exerciseIndex}:${phase.side ?? 'none'}`;
    const isReps = phase.targetReps !== undefined || phase.rep !== undefined;
    let item = items.get(key);
    if (!item) {
      item = {
        exerciseId: phase.exerciseId,
        exerciseIndex: phase.exerciseIndex,
        side: phase.side,
        unit: isReps ? 'reps' : 'seconds',
        planned: 0,
        done: 0,
        workMs: 0,
        workPhases: 0,
        completedPhases: 0,
        skippedPhases: 0,
        completed: false,
      };
      items.set(key, item);
    }
    const result = best.get(phase.index);
    const doneMs = result?.doneMs ?? 0;
    item.planned += isReps ? (phase.targetReps ?? 1) : (phase.durationMs ?? 0) / 1000;
    item.done += isReps ? (result?.repsDone ?? 0) : doneMs / 1000;
    item.workMs += doneMs;
    item.workPhases += 1;
    if (result?.completed) item.completedPhases += 1;
    if (result?.skipped) item.skippedPhases += 1;
  }

  const list = [...items.values()].map((item) => ({ ...item, completed: item.completedPhases === item.workPhases }));
  const { startedAt, endedAt } = state;
  const activeMs =
    state.status === 'finished' && startedAt !== null && endedAt !== null
      ? Math.max(0, endedAt - startedAt - state.totalPausedMs)
      : null;
  return {
    status: state.status,
    startedAt,
    endedAt,
    activeMs,
    totalPausedMs: state.totalPausedMs,
    items: list,
    completed: list.every((item) => item.completed),
  };
}

function bestAttempts(log: readonly PhaseResult[]): Map<number, PhaseResult> {
  const best = new Map<number, PhaseResult>();
  for (const r of log) {
    const prev = best.get(r.phaseIndex);
    if (!prev || better(r, prev)) best.set(r.phaseIndex, r);
  }
  return best;
}

// Completed beats not; then more reps; then more time. Ties keep the earlier attempt.
function better(a: PhaseResult, b: PhaseResult): boolean {
  if (a.completed !== b.completed) return a.completed;
  if (a.repsDone !== b.repsDone) return a.repsDone > b.repsDone;
  return a.doneMs > b.doneMs;
}
