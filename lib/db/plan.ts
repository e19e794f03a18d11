// The weekly plan: entries of (routine, weekdays, time, reminder). A starter plan is written
// once on first run; after that the plan is entirely the person's, even if they empty it.
import { db } from './db';
import { newId } from './ids';
import type { PlanEntry, Weekday } from './types';

const STARTER_WRITTEN = 'starter-plan-written';

export function listPlan(): Promise<PlanEntry[]> {
  return db.plan.toArray();
}

export async function savePlanEntry(entry: PlanEntry): Promise<void> {
  await db.plan.put(entry);
}

export async function deletePlanEntry(id: string): Promise<PlanEntry | undefined> {
  return db.transaction('rw', db.plan, async () => {
    const entry = await db.plan.get(id);
    await db.plan.delete(id);
    return entry;
  });
}

export type StarterChoice = 'balanced' | 'daily-only' | 'none';

/** The suggested plans a person can start from (onboarding offers the choice). */
export function starterPlan(choice: StarterChoice, now: number): PlanEntry[] {
  const entry = (routineId: string, weekdays: Weekday[], time: string): PlanEntry => ({
    id: newId(),
    routineId,
    weekdays,
    time,
    reminder: false,
    remindMinutesBefore: 0,
    createdAt: now,
  });
  switch (choice) {
    case 'none':
      return [];
    case 'daily-only':
      return [entry('walk-ready', [0, 1, 2, 3, 4, 5, 6], '07:30')];
    case 'balanced':
      return [
        entry('walk-ready', [0, 1, 2, 3, 4, 5, 6], '07:30'),
        entry('core-glutes', [1, 3, 5], '18:00'),
        entry('hamstrings', [0, 2, 4, 6], '18:00'),
        entry('hip-flexors', [0, 2, 4, 6], '18:10'),
      ];
  }
}

/** Writes the starter plan the first time the app runs; never again once written. */
export async function ensureStarterPlan(now: number, choice: StarterChoice = 'balanced'): Promise<void> {
  await db.transaction('rw', db.plan, db.kv, async () => {
    if (await db.kv.get(STARTER_WRITTEN)) return;
    await db.kv.put({ key: STARTER_WRITTEN, value: now });
    if ((await db.plan.count()) === 0) await db.plan.bulkPut(starterPlan(choice, now));
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
