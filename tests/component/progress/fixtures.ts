// Builders for progress-screen tests: plan entries, sessions and marks as the app stores them,
// so day records come from the real lib/streaks rules rather than hand-written statuses.
import { atLocalTime } from '@/lib/days';
import type { DayKey, DayMark, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import { calendar, type DayRecord, type History } from '@/lib/streaks';
import { buildDayMark, buildPlanEntry, buildSession } from '../../fixtures/records';

export const ALL_WEEK: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

export function planEntry(id: string, routineId: string, startDay: DayKey, weekdays: Weekday[] = ALL_WEEK): PlanEntry {
  return buildPlanEntry({ id, routineId, weekdays, time: '07:30', createdAt: atLocalTime(startDay, '07:00') });
}

let counter = 0;
export function session(day: DayKey, routineId: string, over: Partial<SessionRecord> = {}): SessionRecord {
  counter++;
  const at = atLocalTime(day, '07:30');
  return buildSession({ id: `s-${day}-${routineId}-${counter}`, routineId, startedAt: at, endedAt: at + 8 * 60_000, day, ...over });
}

export const mark = (day: DayKey, kind: DayMark['kind']): DayMark => buildDayMark({ day, kind, at: atLocalTime(day, '09:00') });

export function history(plan: PlanEntry[], sessions: SessionRecord[], marks: DayMark[], today: DayKey): History {
  return { plan, sessions, marks, today, options: { minimumPerDay: null, rolloverHour: 3, weekStartsOn: 1 } };
}

export function days(h: History, from: DayKey, to: DayKey): DayRecord[] {
  return calendar(h, from, to);
}
