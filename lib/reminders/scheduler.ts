// The in-app reminder loop: while Backstride (or a tab of it) is open, show each plan reminder
// once when it falls due and keep the app-icon badge at the number of routines still due today.
// The clock, timers, storage and browser are all passed in; the decisions are lib/schedule's.
import { dayKey } from '@/lib/days';
import type { DayMark, PlanEntry, SessionRecord, Settings } from '@/lib/model';
import { holdsReminders, safetyStatus, type ScreeningRecord } from '@/lib/safety';
import { dueToday, nextReminderAt, remindersDue, type Reminder } from '@/lib/schedule';
import type { ReminderNotice, ReminderPlatform } from './notify';
import { routineMinutes, routineName } from './routine-text';

export interface ReminderSnapshot {
  readonly plan: readonly PlanEntry[];
  readonly sessions: readonly SessionRecord[];
  readonly marks: readonly DayMark[];
  readonly settings: Pick<Settings, 'rolloverHour'> & Partial<Pick<Settings, 'weekStartsOn'>>;
  readonly screenings: readonly ScreeningRecord[];
}

/**
 * The plan reminders may act on: none while a screening answer holds exercise (an emergency,
 * or "see soon" advice the person has not chosen to carry on past), whatever the day.
 */
export function remindablePlan(snapshot: ReminderSnapshot, now: number): readonly PlanEntry[] {
  return remindersHeld(snapshot, now) ? [] : snapshot.plan;
}

/** True while a screening answer holds every reminder, snoozed ones included. */
export function remindersHeld(snapshot: Pick<ReminderSnapshot, 'screenings' | 'settings'>, now: number): boolean {
  const { rolloverHour } = snapshot.settings;
  return holdsReminders(safetyStatus(snapshot.screenings, dayKey(now, rolloverHour), rolloverHour));
}

/** Cancels a timer set with `setTimer`. */
export type CancelTimer = () => void;

export interface ReminderLoopOptions {
  readonly platform: ReminderPlatform;
  /** Fresh data on every check, so plan edits and finished sessions are seen. */
  readonly read: () => Promise<ReminderSnapshot>;
  readonly now: () => number;
  /** Keys already shown; the caller may persist it so a reload does not repeat a reminder. */
  readonly notified: Set<string>;
  readonly setTimer: (fn: () => void, ms: number) => CancelTimer;
  /** The notification's words; defaults to the routine's name and length from lib/content. */
  readonly describe?: (reminder: Reminder) => ReminderNotice;
  /** Longest wait between checks, so a plan edit or a session done elsewhere is noticed. */
  readonly maxWaitMs?: number;
  /** A failed read or notification; the loop carries on either way. */
  readonly onError?: (error: unknown) => void;
}

export interface ReminderLoop {
  /** Checks now, then keeps checking until stopped. */
  start(): void;
  /** Checks now (after a plan edit or when the page becomes visible) and reschedules. */
  check(): Promise<void>;
  stop(): void;
}

export const MAX_CHECK_INTERVAL_MS = 60_000;

export function describeReminder(reminder: Reminder): ReminderNotice {
  const name = routineName(reminder.routineId);
  return {
    key: reminder.key,
    title: `${name} at ${reminder.time}`,
    body: `About ${routineMinutes(reminder.routineId)} min. Tap to start when you are ready.`,
    url: `/session?routine=${encodeURIComponent(reminder.routineId)}`,
  };
}

/** Routines of today (after rollover) that are due now or overdue: the badge's number. */
export function stillDueCount(snapshot: ReminderSnapshot, now: number): number {
  const { sessions, marks, settings } = snapshot;
  const today = dayKey(now, settings.rolloverHour);
  return dueToday(remindablePlan(snapshot, now), sessions, marks, today, now, settings).filter(
    (item) => item.status === 'due' || item.status === 'overdue',
  ).length;
}

export function createReminderLoop({
  platform,
  read,
  now,
  notified,
  setTimer,
  describe = describeReminder,
  maxWaitMs = MAX_CHECK_INTERVAL_MS,
  onError = () => {},
}: ReminderLoopOptions): ReminderLoop {
  let cancel: CancelTimer | null = null;
  let running = false;
  let lastBadge: number | null = null;
  // Checks run one at a time, so two overlapping checks cannot both show the same reminder.
  let queue: Promise<void> = Promise.resolve();

  const schedule = (ms: number) => {
    cancel?.();
    cancel = running ? setTimer(() => void check(), Math.max(0, Math.min(ms, maxWaitMs))) : null;
  };

  async function runCheck(): Promise<void> {
    try {
      await checkOnce();
    } catch (error) {
      // A failed read or bad data must not end the loop: try again a little later.
      onError(error);
      schedule(maxWaitMs);
    }
  }

  async function checkOnce(): Promise<void> {
    const snapshot = await read();
    const { sessions, marks, settings } = snapshot;
    const at = now();
    const plan = remindablePlan(snapshot, at);

    for (const reminder of remindersDue(plan, sessions, marks, at, settings.rolloverHour, notified, settings.weekStartsOn)) {
      try {
        // Marked only once shown: a reminder that could not be shown (permission not yet
        // granted) may still go up later in its window.
        if (await platform.show(describe(reminder))) notified.add(reminder.key);
      } catch (error) {
        onError(error);
      }
    }

    const count = stillDueCount(snapshot, at);
    if (count !== lastBadge) {
      try {
        await platform.setBadge(count);
        lastBadge = count;
      } catch (error) {
        onError(error);
      }
    }

    const next = nextReminderAt(plan, sessions, marks, at, settings.rolloverHour, notified, settings.weekStartsOn);
    schedule(next === null ? maxWaitMs : next - at);
  }

  function check(): Promise<void> {
    queue = queue.then(runCheck, runCheck);
    return queue;
  }

  return {
    start() {
      if (running) return;
      running = true;
      void check();
    },
    check,
    stop() {
      running = false;
      cancel?.();
      cancel = null;
    },
  };
}

/**
 * Shows the snoozed reminders whose time has come; while a screening answer holds reminders
 * they are taken and dropped, so none comes back after an emergency answer. A snooze that
 * could not be shown goes back through `keep`, to be tried again on a later check.
 */
export async function releaseSnoozes(
  take: (now: number) => Promise<ReminderNotice[]>,
  read: () => Promise<ReminderSnapshot>,
  show: (notice: ReminderNotice) => Promise<boolean>,
  now: number,
  keep: (notice: ReminderNotice) => Promise<void> = async () => {},
): Promise<void> {
  const due = await take(now);
  if (due.length === 0 || remindersHeld(await read(), now)) return;
  const errors: unknown[] = [];
  for (const notice of due) {
    let shown = false;
    try {
      shown = await show(notice);
    } catch (error) {
      errors.push(error);
    }
    if (!shown) await keep(notice);
  }
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new AggregateError(errors, 'Snoozed reminders could not be shown.');
}

/** The periodic background sync registration the service worker answers. */
export const REMINDER_SYNC_TAG = 'backstride-reminders';
