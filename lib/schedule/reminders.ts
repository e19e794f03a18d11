// Which plan reminders should be shown right now, and when the next one falls. Pure: the
// notification, badge and .ics adapters in lib/reminders call these with the clock's `now`.
import { addDays, dayKey } from '@/lib/days';
import type { DayKey, DayMark, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import { dayPlanner, dueOn } from './day-plan';
import { DUE_WINDOW_MS, markOn } from './due';

export interface Reminder {
  /** Stable per entry and day, so a reminder is shown once even across tabs and reloads. */
  readonly key: string;
  readonly entryId: string;
  readonly routineId: string;
  readonly day: DayKey;
  readonly time: string;
  /** When the routine is planned. */
  readonly at: number;
  /** When the reminder goes off: `remindMinutesBefore` ahead of `at`. */
  readonly fireAt: number;
}

export function reminderKey(entryId: string, day: DayKey): string {
  return `${entryId}@${day}`;
}

// A reminder can go off on the day before its item (remind 30 min before a 03:10 entry with
// rollover 3), and an item's due window can run past the rollover, so neighbouring days are
// looked at too. A "times a week" entry reminds on each of its days until the week's count
// is met, as its item stays on Today until then.
function candidates(
  plan: readonly PlanEntry[],
  sessions: readonly SessionRecord[],
  marks: readonly DayMark[],
  days: readonly DayKey[],
  now: number,
  rolloverHour: number,
  weekStartsOn: Weekday,
): Reminder[] {
  const byId = new Map(plan.map((entry) => [entry.id, entry]));
  const planner = dayPlanner(plan, sessions, marks, { rolloverHour, weekStartsOn });
  const result: Reminder[] = [];
  for (const day of days) {
    // A flare day is for resting the back: nothing nags, even the gentle reset.
    if (markOn(marks, day) === 'flare') continue;
    for (const item of dueOn(planner, marks, day, now, rolloverHour)) {
      const entry = byId.get(item.entryId);
      if (!entry?.reminder || item.status === 'done' || item.status === 'skipped' || item.status === 'gentle') continue;
      const fireAt = item.at - Math.max(0, entry.remindMinutesBefore) * 60_000;
      result.push({
        key: reminderKey(item.entryId, day),
        entryId: item.entryId,
        routineId: item.routineId,
        day,
        time: item.time,
        at: item.at,
        fireAt,
      });
    }
  }
  return result.sort((a, b) => a.fireAt - b.fireAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Reminders to show now: their time to go off has come and the item is not yet overdue. Once
 * an item is more than an hour late the in-app list says so; a stale notification (say, after
 * the phone slept all morning) would only be noise.
 */
export function remindersDue(
  plan: readonly PlanEntry[],
  sessions: readonly SessionRecord[],
  marks: readonly DayMark[],
  now: number,
  rolloverHour: number,
  alreadyNotified: ReadonlySet<string>,
  weekStartsOn: Weekday = 1,
): Reminder[] {
  const today = dayKey(now, rolloverHour);
  const days = [addDays(today, -1), today, addDays(today, 1)];
  return candidates(plan, sessions, marks, days, now, rolloverHour, weekStartsOn).filter(
    (r) => !alreadyNotified.has(r.key) && r.fireAt <= now && now < r.at + DUE_WINDOW_MS,
  );
}

/**
 * When the next reminder goes off after `now` (exclusive), looking from yesterday (entries
 * before the rollover hour) through eight days ahead, so every weekly entry is seen; null
 * when none in that window is left to fire (none planned, all done, skipped or notified).
 * Reminders already due now are remindersDue's business, not this one's.
 */
export function nextReminderAt(
  plan: readonly PlanEntry[],
  sessions: readonly SessionRecord[],
  marks: readonly DayMark[],
  now: number,
  rolloverHour: number,
  alreadyNotified: ReadonlySet<string> = new Set(),
  weekStartsOn: Weekday = 1,
): number | null {
  const today = dayKey(now, rolloverHour);
  const days = Array.from({ length: 10 }, (_, i) => addDays(today, i - 1));
  const next = candidates(plan, sessions, marks, days, now, rolloverHour, weekStartsOn).find(
    (r) => r.fireAt > now && !alreadyNotified.has(r.key),
  );
  return next ? next.fireAt : null;
}
