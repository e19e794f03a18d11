// Weekly adherence: scheduled days done out of scheduled days, per calendar week, for the
// progress screen and the Today glance.
import { addDays, startOfWeekDay } from '@/lib/days';
import type { DayKey } from '@/lib/model';
import { indexHistory, type History } from './history';

export interface WeekAdherence {
  /** First day of the week (options.weekStartsOn). */
  readonly weekStart: DayKey;
  /** Scheduled days that count: ended days, plus today once it is done. */
  readonly scheduled: number;
  readonly done: number;
  /** done / scheduled; null when nothing was scheduled. */
  readonly ratio: number | null;
}

/**
 * The last `weeks` weeks, oldest first, the current week last. Days count as in the streak:
 * rest and skip/flare days are left out, a partial day is a day not done, and today is left
 * out until it is done, so the current week never dips just because the day is not over.
 */
export function weeklyAdherence(history: History, weeks: number): WeekAdherence[] {
  const index = indexHistory(history);
  const { today, options } = history;
  const thisWeek = startOfWeekDay(today, options.weekStartsOn ?? 1);
  const result: WeekAdherence[] = [];
  for (let w = Math.max(0, Math.floor(weeks)) - 1; w >= 0; w--) {
    const weekStart = addDays(thisWeek, -7 * w);
    let scheduled = 0;
    let done = 0;
    for (let i = 0; i < 7; i++) {
      const day = addDays(weekStart, i);
      if (day > today) break;
      const { status } = index.record(day);
      if (status === 'done') {
        scheduled++;
        done++;
      } else if (status === 'missed' || status === 'partial') {
        scheduled++;
      }
    }
    result.push({ weekStart, scheduled, done, ratio: scheduled === 0 ? null : done / scheduled });
  }
  return result;
}
