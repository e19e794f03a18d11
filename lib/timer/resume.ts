// Opening the player: whether a saved running session is resumed at once, offered back
// ("resume or discard") because it was left too long, or ignored for a fresh start; and how a
// resumed session treats the time it was away. Pure: the caller passes `now`.
import type { ActiveSession } from '@/lib/model';
import { restore, sessionReducer, type SessionState } from './engine';

/** A session untouched for longer than this is offered back rather than resumed silently. */
export const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

export type SessionOpening<R> =
  /** Carry on at once: the state settled to `now` (phases that ran out meanwhile are passed). */
  | { readonly kind: 'resume'; readonly active: ActiveSession; readonly routine: R; readonly state: SessionState }
  /** Left for longer than STALE_AFTER_MS: ask the person first. */
  | { readonly kind: 'ask'; readonly active: ActiveSession; readonly routine: R; readonly awayMs: number }
  /** Nothing to resume: start the routine that was asked for. */
  | { readonly kind: 'fresh' };

/**
 * What to do with the saved running session. One that already finished, or whose routine no
 * longer exists (`findRoutine` finds none), is not resumed.
 */
export function openSession<R>(active: ActiveSession | undefined, now: number, findRoutine: (routineId: string) => R | undefined): SessionOpening<R> {
  const routine = active ? findRoutine(active.routineId) : undefined;
  if (!active || routine === undefined || active.state.status === 'finished') return { kind: 'fresh' };
  const awayMs = now - active.savedAt;
  if (awayMs > STALE_AFTER_MS) return { kind: 'ask', active, routine, awayMs };
  return { kind: 'resume', active, routine, state: restore(active.state, now) };
}

/**
 * A stale session the person chose to resume: the time away counts as a pause that began
 * when it was last saved, so it picks up at the phase and time left it had then.
 */
export function resumeStale(active: ActiveSession): SessionState {
  return active.state.status === 'running' ? sessionReducer(active.state, { type: 'PAUSE', now: active.savedAt }) : active.state;
}
