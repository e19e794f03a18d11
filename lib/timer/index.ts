// Public face of the session player: plan a routine, drive it with timestamped events, read
// what to show. Components import from '@/lib/timer', not from the files behind it.
export { planSession } from './plan';
export type { DoseOverrides, Phase, PhaseKind, PlanExercise, PlanRoutine, Side } from './plan';
export { createSession, elapsedMs, restore, sessionReducer } from './engine';
export type { PhaseResult, SessionEvent, SessionEventType, SessionState, SessionStatus } from './engine';
export { currentPhase, nextPhase, phaseProgress, remainingMs, sessionProgress, summarize } from './selectors';
export type { SessionSummary, SideSummary } from './selectors';
export { toSessionRecord } from './record';
export { HEARTBEAT_MS, lastSeenAt, openSession, RELOAD_GRACE_MS, resumeStale, STALE_AFTER_MS } from './resume';
export type { SessionOpening } from './resume';
