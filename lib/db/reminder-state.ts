// What the reminder loop needs from storage: a snapshot of plan and history, and the keys of
// reminders already shown (kept so a reload or the service worker never repeats one).
import { NOTIFIED_RECORD, SNOOZED_RECORD, type DayMark, type PlanEntry, type ScreeningRecord, type SessionRecord, type Settings } from '@/lib/model';
import { db } from './db';
import { readKv, writeKv } from './kv';
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
  const read = await readKv(NOTIFIED, NOTIFIED_RECORD);
  return read.state === 'ok' ? [...read.value] : [];
}

/**
 * Claims a reminder before it is shown: true for the first caller only, so two open tabs, a
 * reload or the service worker never show the same reminder twice.
 */
export async function claimReminder(key: string): Promise<boolean> {
  return db.transaction('rw', db.kv, async () => {
    const keys = await readNotified();
    if (keys.includes(key)) return false;
    await writeKv(NOTIFIED, NOTIFIED_RECORD, [...keys, key].slice(-KEEP));
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

async function readSnoozed(): Promise<readonly { readonly until: number; readonly notice: unknown }[]> {
  const read = await readKv(SNOOZED, SNOOZED_RECORD);
  return read.state === 'ok' ? read.value : [];
}

export async function addSnooze<T>(notice: T, until: number): Promise<void> {
  await db.transaction('rw', db.kv, async () => {
    await writeKv(SNOOZED, SNOOZED_RECORD, [...(await readSnoozed()), { until, notice }]);
  });
}

/** Removes and returns the snoozed reminders whose time has come. */
export async function takeDueSnoozes<T>(now: number): Promise<T[]> {
  return db.transaction('rw', db.kv, async () => {
    const list = await readSnoozed();
    const due = list.filter((s) => s.until <= now);
    if (due.length > 0) await writeKv(SNOOZED, SNOOZED_RECORD, list.filter((s) => s.until > now));
    // The notice is lib/reminders' own shape, stored as it was given by addSnooze<T>.
    return due.map((s) => s.notice as T);
  });
}
