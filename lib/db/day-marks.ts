// Skip and flare marks, one per day at most. A flare day switches the plan to gentle resets;
// both keep a streak alive within the weekly limit (see lib/streaks).
import { db } from './db';
import type { DayKey, DayMark, DayMarkKind } from '@/lib/model';

export function listDayMarks(): Promise<DayMark[]> {
  return db.dayMarks.toArray();
}

export async function markDay(day: DayKey, kind: DayMarkKind, at: number, reason?: string): Promise<void> {
  await db.dayMarks.put(reason ? { day, kind, at, reason } : { day, kind, at });
}

export async function unmarkDay(day: DayKey): Promise<void> {
  await db.dayMarks.delete(day);
}
