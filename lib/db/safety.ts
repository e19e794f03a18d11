// Red-flag screening answers (kept with their dates) and the onboarding answers.
// Every change to a screening dates itself in updatedAt, so a merged backup keeps the newer one.
import { ONBOARDING_RECORD, type CareStep, type FollowUpAnswer, type Onboarding, type PlanEntry, type ScreeningRecord, type VersionedRead } from '@/lib/model';
import { db } from './db';
import { readKv, writeKv } from './kv';
import { ensureStarterPlan, replacePlan } from './plan';

export function saveScreening(record: ScreeningRecord): Promise<string> {
  return db.screenings.put(record);
}

export async function acknowledgeScreening(id: string, at: number): Promise<void> {
  await db.screenings.update(id, { acknowledgedAt: at, updatedAt: at });
}

/** After an emergency answer: a doctor has assessed the person (dated; lifts the hold). */
export async function confirmSeenByDoctor(id: string, at: number): Promise<void> {
  await db.screenings.update(id, { seenDoctorAt: at, updatedAt: at });
}

/** After a "see soon" answer: they booked an appointment or were seen. */
export async function recordCare(id: string, step: CareStep, at: number): Promise<void> {
  await db.screenings.update(id, { care: { step, at }, updatedAt: at });
}

/** After a "see soon" answer: they chose to carry on with their routines meanwhile. */
export async function continueWhileAdvised(id: string, at: number): Promise<void> {
  await db.screenings.update(id, { continuedAt: at, updatedAt: at });
}

/** The answer to "Were you seen? Did they say exercise is fine?". */
export async function answerFollowUp(id: string, answer: FollowUpAnswer, at: number): Promise<void> {
  await db.screenings.update(id, { followUp: { answer, at }, updatedAt: at });
}

export function listScreenings(): Promise<ScreeningRecord[]> {
  return db.screenings.orderBy('at').reverse().toArray();
}


export type { Concern, Onboarding } from '@/lib/model';

const ONBOARDING = 'onboarding';

/** The stored answers as read: missing, ok, from a newer app version, or unreadable. */
export function readOnboardingRecord(): Promise<VersionedRead<Onboarding>> {
  return readKv(ONBOARDING, ONBOARDING_RECORD);
}

/**
 * The welcome answers for the screens. Answers a newer version of the app saved count as
 * given (so the welcome is not offered again and cannot overwrite them), but none of them is
 * used: no baseline, no concern. Unreadable answers of this version read as none.
 */
export async function readOnboarding(): Promise<Onboarding | undefined> {
  const read = await readOnboardingRecord();
  if (read.state === 'ok') return read.value;
  if (read.state === 'newer') return { finishedAt: 0, skipped: true };
  return undefined;
}

/** Throws NewerRecordError when a newer version of the app saved the answers. */
export async function saveOnboarding(onboarding: Onboarding): Promise<void> {
  await writeKv(ONBOARDING, ONBOARDING_RECORD, onboarding);
}

/**
 * Skipping the welcome questions: records the skip and writes the starter plan in one
 * transaction, so leaving the page halfway can never leave someone without a plan.
 */
export async function skipOnboarding(now: number, starter: readonly PlanEntry[]): Promise<void> {
  await db.transaction('rw', db.kv, db.plan, async () => {
    await saveOnboarding({ finishedAt: now, skipped: true });
    await ensureStarterPlan(now, starter);
  });
}

/**
 * Finishing the welcome questions: the chosen plan and the answers, written together.
 * `plan` null keeps the plan already there (someone answering the questions again).
 */
export async function finishOnboarding(onboarding: Onboarding, plan: readonly PlanEntry[] | null, now: number): Promise<void> {
  await db.transaction('rw', db.kv, db.plan, async () => {
    if (plan) await replacePlan(plan, now);
    await saveOnboarding(onboarding);
  });
}
