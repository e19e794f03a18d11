// Opening the player over a saved running session: resumed at once, offered back ("resume or
// discard") because it was left too long, or ignored for a fresh start; and how much of the
// time away counts. Time counts only while the app was open: up to the last save or the last
// heartbeat (`lastSeen`), whichever is later. Pure: the caller passes `now`.
import type { ActiveSession } from '@/lib/model';
import { restore, sessionReducer, type SessionState } from './engine';

/** A session untouched for longer than this is offered back rather than resumed silently. */
export const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

/** How often the player stamps a running session as seen (and on hiding or leaving the page). */
export const HEARTBEAT_MS = 5_000;

/**
 * Reopened this soon after it was last seen, a running session carries on as if never left:
 * a reload or a crash. Well above HEARTBEAT_MS, so a missed or late heartbeat is no absence.
 */
export const RELOAD_GRACE_MS = 30_000;

export type SessionOpening<R> =
  /**
   * Carry on at once. `left`: the page went away mid-session, so it is paused at the moment
   * it was last seen; otherwise it is settled to `now` (phases that ran out are passed).
   */
  | { readonly kind: 'resume'; readonly active: ActiveSession; readonly routine: R; readonly state: SessionState; readonly left: boolean }
  /** Away for longer than STALE_AFTER_MS: ask the person first. */
  | { readonly kind: 'ask'; readonly active: ActiveSession; readonly routine: R; readonly awayMs: number }
  /** Nothing to resume: start the routine that was asked for. */
  | { readonly kind: 'fresh' };

/**
 * The last moment the app is known to have been open with this session: the later of its last
 * save and its last heartbeat. A record from an app without the heartbeat has only the save.
 */
export function lastSeenAt(active: ActiveSession): number {
  return active.lastSeen === undefined ? active.savedAt : Math.max(active.savedAt, active.lastSeen);
}

/**
 * What to do with the saved session. One that already finished, or whose routine no longer
 * exists (`findRoutine` finds none), is not resumed. A running one:
 * - reopened within RELOAD_GRACE_MS of being last seen keeps running (a reload);
 * - that ran to its end before it was last seen (the page stayed open, say with the screen
 *   locked, and kept its heartbeat) opens finished, on its summary, however long ago;
 * - otherwise was left behind (the tab closed or was killed): paused at the moment it was
 *   last seen, after asking first when that was more than STALE_AFTER_MS ago.
 */
export function openSession<R>(active: ActiveSession | undefined, now: number, findRoutine: (routineId: string) => R | undefined): SessionOpening<R> {
  const routine = active ? findRoutine(active.routineId) : undefined;
  if (!active || routine === undefined || active.state.status === 'finished') return { kind: 'fresh' };
  const seen = lastSeenAt(active);
  // A clock stepped back below the last sighting is no time away at all.
  const awayMs = Math.max(0, now - seen);
  const resume = (state: SessionState, left = false) => ({ kind: 'resume' as const, active, routine, state, left });
  if (active.state.status === 'running') {
    if (awayMs <= RELOAD_GRACE_MS) return resume(restore(active.state, now));
    const atSeen = restore(active.state, seen);
    if (atSeen.status === 'finished') return resume(atSeen);
  }
  if (awayMs > STALE_AFTER_MS) return { kind: 'ask', active, routine, awayMs };
  if (active.state.status !== 'running') return resume(restore(active.state, now));
  return resume(pauseWhenLastSeen(active), true);
}

/**
 * A stale session the person chose to resume: the time away counts as a pause that began
 * when it was last seen, so it picks up at the phase and time left it had then.
 */
export function resumeStale(active: ActiveSession): SessionState {
  return pauseWhenLastSeen(active);
}

function pauseWhenLastSeen(active: ActiveSession): SessionState {
  return active.state.status === 'running' ? sessionReducer(active.state, { type: 'PAUSE', now: lastSeenAt(active) }) : active.state;
}
