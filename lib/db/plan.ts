// The weekly plan: entries of (routine, weekdays, time, reminder). A starter plan is written
// once on first run; after that the plan is entirely the person's, even if they empty it.
import { db } from './db';
import type { PlanEntry } from '@/lib/model';

const STARTER_WRITTEN = 'starter-plan-written';

export function listPlan(): Promise<PlanEntry[]> {
  return db.plan.toArray();
}

export async function savePlanEntry(entry: PlanEntry): Promise<void> {
  await db.plan.put(entry);
}

/**
 * Writes only the fields the person changed, so an edit of another field of the same entry
 * (in another tab) survives. An entry removed meanwhile stays removed.
 */
export async function updatePlanEntry(id: string, patch: Partial<Omit<PlanEntry, 'id'>>): Promise<void> {
  await db.plan.update(id, patch);
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
    if (await db.kv.get(STARTER_WRITTEN)) return;
    await db.kv.put({ key: STARTER_WRITTEN, value: now });
    if ((await db.plan.count()) === 0) await db.plan.bulkPut([...starter]);
  });
}

/** Replaces the whole plan (onboarding's choice). */
export async function replacePlan(entries: readonly PlanEntry[], now: number): Promise<void> {
  await db.transaction('rw', db.plan, db.kv, async () => {
    await db.kv.put({ key: STARTER_WRITTEN, value: now });
    await db.plan.clear();
    await db.plan.bulkPut([...entries]);
  });
}
