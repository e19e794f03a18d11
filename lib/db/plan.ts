// The weekly plan: entries of (routine, weekdays, time, reminder). A starter plan is written
// once on first run; after that the plan is entirely the person's, even if they empty it.
import { db } from './db';
import { localDayKey, STARTER_WRITTEN_RECORD, type PlanEntry } from '@/lib/model';
import { writeKv } from './kv';
import { readSettings } from './settings';

const STARTER_WRITTEN = 'starter-plan-written';

export function listPlan(): Promise<PlanEntry[]> {
  return db.plan.toArray();
}

/**
 * Entries with their first day stamped where they have none: the day of `createdAt` on this
 * device's wall clock now, with the person's rollover hour (call inside a transaction that
 * holds `kv`, or outside any).
 */
export async function withStartDays(entries: readonly PlanEntry[]): Promise<PlanEntry[]> {
  if (entries.every((entry) => entry.startDay !== undefined)) return [...entries];
  const { rolloverHour } = await readSettings();
  return entries.map((entry) => (entry.startDay !== undefined ? entry : { ...entry, startDay: localDayKey(entry.createdAt, rolloverHour) }));
}

/** Adds or edits an entry; `at` dates the edit, so a merged backup keeps the newer one. */
export async function savePlanEntry(entry: PlanEntry, at: number): Promise<void> {
  const [stamped] = await withStartDays([entry]);
  await db.plan.put({ ...stamped!, updatedAt: at });
}

/**
 * Writes only the fields the person changed, so an edit of another field of the same entry
 * (in another tab) survives. An entry removed meanwhile stays removed.
 */
export async function updatePlanEntry(id: string, patch: Partial<Omit<PlanEntry, 'id' | 'updatedAt'>>, at: number): Promise<void> {
  await db.plan.update(id, { ...patch, updatedAt: at });
}

export async function deletePlanEntry(id: string): Promise<PlanEntry | undefined> {
  return db.transaction('rw', db.plan, async () => {
    const entry = await db.plan.get(id);
    await db.plan.delete(id);
    return entry;
  });
}

/** Writes the starter plan the first time the app runs; never again once written. */
export async function ensureStarterPlan(now: number, starter: readonly PlanEntry[]): Promise<void> {
  await db.transaction('rw', db.plan, db.kv, async () => {
    // Any mark counts, whatever version wrote it: the plan is the person's from then on.
    if (await db.kv.get(STARTER_WRITTEN)) return;
    await writeKv(STARTER_WRITTEN, STARTER_WRITTEN_RECORD, now);
    if ((await db.plan.count()) === 0) await db.plan.bulkPut(await withStartDays(starter));
  });
}

/** Replaces the whole plan (onboarding's choice). */
export async function replacePlan(entries: readonly PlanEntry[], now: number): Promise<void> {
  await db.transaction('rw', db.plan, db.kv, async () => {
    await writeKv(STARTER_WRITTEN, STARTER_WRITTEN_RECORD, now);
    const stamped = await withStartDays(entries);
    await db.plan.clear();
    await db.plan.bulkPut(stamped);
  });
}
