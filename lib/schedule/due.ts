// From the weekly plan to what is scheduled on one day and where each item stands now
// (done, due, overdue, upcoming, skipped). Owns the flare-day substitution and the rule for
// which sessions count as doing a planned routine.
import { weekdayOf } from '@/lib/days';
import type { DayKey, DayMark, DayMarkKind, PlanEntry, SessionRecord } from '@/lib/model';

/** Routines that load the back; on a flare day they give way to the gentle reset. */
export const STRENGTH_ROUTINE_IDS: readonly string[] = ['core', 'core-glutes', 'walk-ready'];
export const GENTLE_ROUTINE_ID = 'quick-reset';
/** How long after its time an item stays "due" before it turns "overdue". */
export const DUE_WINDOW_MS = 60 * 60_000;

/**
 * `gentle`: a flare day's item not done yet. It is offered (doing it counts the day as done)
 * but never turns overdue and never reminds: a flare day is for resting the back.
 */
export type DueStatus = 'done' | 'due' | 'overdue' | 'upcoming' | 'skipped' | 'gentle';

/** A plan entry as it applies on one day; `replaces` is the routine a flare day swapped out. */
export interface DayPlanEntry extends PlanEntry {
  readonly replaces?: string;
}

/**
 * A session does a planned routine when it was finished in the player or ticked off by hand;
 * a player session ended early is kept in history but does not tick the plan.
 */
export function countsAsDone(session: SessionRecord): boolean {
  return session.completed || session.source === 'manual';
}

/** The mark in force on a day: the latest one wins, since marks are the person's own word. */
export function markOn(marks: readonly DayMark[], day: DayKey): DayMarkKind | null {
  let found: DayMark | null = null;
  for (const mark of marks) {
    if (mark.day !== day) continue;
    if (!found || mark.at > found.at || (mark.at === found.at && mark.kind === 'flare')) found = mark;
  }
  return found ? found.kind : null;
}

const byTimeThenId = (a: PlanEntry, b: PlanEntry): number =>
  a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Plan entries whose weekdays include this day, by time of day. */
export function scheduledRoutinesOn(plan: readonly PlanEntry[], day: DayKey): PlanEntry[] {
  const weekday = weekdayOf(day);
  return plan.filter((entry) => entry.weekdays.includes(weekday)).sort(byTimeThenId);
}

/**
 * The plan as it applies on a day. On a flare day strength routines become the quick reset:
 * a flare is a day to move gently, not to skip moving. A swapped entry keeps its id and time;
 * it is dropped when the day already has a quick reset (planned, or swapped in earlier), so
 * three strength routines do not turn into three resets. Planned resets and stretches stay.
 */
export function planForDay(plan: readonly PlanEntry[], day: DayKey, marks: readonly DayMark[]): DayPlanEntry[] {
  const entries = scheduledRoutinesOn(plan, day);
  if (markOn(marks, day) !== 'flare') return entries;
  const hasPlannedReset = entries.some((e) => e.routineId === GENTLE_ROUTINE_ID);
  let swapped = false;
  const result: DayPlanEntry[] = [];
  for (const entry of entries) {
    if (!STRENGTH_ROUTINE_IDS.includes(entry.routineId)) {
      result.push(entry);
    } else if (!hasPlannedReset && !swapped) {
      swapped = true;
      result.push({ ...entry, routineId: GENTLE_ROUTINE_ID, replaces: entry.routineId });
    }
  }
  return result;
}

/**
 * Which entries the day's sessions tick off. Each counting session ticks one entry of its
 * routine, earliest first, so a routine planned twice needs two sessions.
 */
export function doneEntryIds(
  entries: readonly Pick<PlanEntry, 'id' | 'routineId'>[],
  sessions: readonly SessionRecord[],
  day: DayKey,
): Set<string> {
  const available = new Map<string, number>();
  for (const s of sessions) {
    if (s.day === day && countsAsDone(s)) available.set(s.routineId, (available.get(s.routineId) ?? 0) + 1);
  }
  const done = new Set<string>();
  for (const entry of entries) {
    const left = available.get(entry.routineId) ?? 0;
    if (left > 0) {
      done.add(entry.id);
      available.set(entry.routineId, left - 1);
    }
  }
  return done;
}
