// What the reminder loop needs from storage: a snapshot of plan and history, and the keys of
// reminders already shown (kept so a reload or the service worker never repeats one).
import type { DayMark, PlanEntry, ScreeningRecord, SessionRecord, Settings } from '@/lib/model';
import { db } from './db';
import { readSettings } from './settings';

const NOTIFIED = 'notified-reminders';
/** Keys look like `entryId@YYYY-MM-DD`; older than this many are dropped. */
const KEEP = 200;

/** What the reminder loop reads on every check (lib/reminders' ReminderSnapshot). */
export interface ReminderData {
  readonly plan: readonly PlanEntry[];
  readonly sessions: readonly SessionRecord[];
  readonly marks: readonly DayMark[];
  readonly settings: Settings;
  readonly screenings: readonly ScreeningRecord[];
}

export async function readReminderSnapshot(): Promise<ReminderData> {
  const [plan, sessions, marks, settings, screenings] = await Promise.all([
    db.plan.toArray(),
    db.sessions.toArray(),
    db.dayMarks.toArray(),
    readSettings(),
    db.screenings.toArray(),
  ]);
  return { plan, sessions, marks, settings, screenings };
}

export async function readNotified(): Promise<string[]> {
  const row = await db.kv.get(NOTIFIED);
  return Array.isArray(row?.value) ? (row.value as string[]) : [];
}

/**
 * Claims a reminder before it is shown: true for the first caller only, so two open tabs, a
 * reload or the service worker never show the same reminder twice.
 */
export async function claimReminder(key: string): Promise<boolean> {
  return db.transaction('rw', db.kv, async () => {
    const keys = await readNotified();
    if (keys.includes(key)) return false;
    await db.kv.put({ key: NOTIFIED, value: [...keys, key].slice(-KEEP) });
    return true;
  });
}

/** Gives a claim back (the notification could not be shown), so the reminder can go up later. */
export async function releaseReminder(key: string): Promise<void> {
  await db.transaction('rw', db.kv, async () => {
    const keys = await readNotified();
    if (keys.includes(key)) await db.kv.put({ key: NOTIFIED, value: keys.filter((k) => k !== key) });
  });
}

const SNOOZED = 'snoozed-reminders';

export interface Snoozed<T> {
  readonly until: number;
  readonly notice: T;
}

export async function addSnooze<T>(notice: T, until: number): Promise<void> {
  await db.transaction('rw', db.kv, async () => {
    const list = ((await db.kv.get(SNOOZED))?.value as Snoozed<T>[] | undefined) ?? [];
    await db.kv.put({ key: SNOOZED, value: [...list, { until, notice }] });
  });
}

/** Removes and returns the snoozed reminders whose time has come. */
export async function takeDueSnoozes<T>(now: number): Promise<T[]> {
  return db.transaction('rw', db.kv, async () => {
    const list = ((await db.kv.get(SNOOZED))?.value as Snoozed<T>[] | undefined) ?? [];
    const due = list.filter((s) => s.until <= now);
    if (due.length > 0) await db.kv.put({ key: SNOOZED, value: list.filter((s) => s.until > now) });
    return due.map((s) => s.notice);
  });
}
