// Tightness over time: one mean per local day of every rating given that day (check-ins and
// the rating after a session), for the progress trend. Pure: days are the records' own keys.
import type { CheckIn, DayKey, SessionRecord } from '@/lib/model';

export interface TightnessDay {
  readonly day: DayKey;
  /** Mean of the day's ratings, to one decimal. */
  readonly average: number;
  readonly count: number;
}

/**
 * One point per day from `from` through `to`: the mean of that day's check-ins and of the
 * tightness rated after sessions. Days without a rating are left out, not drawn as zero.
 */
export function tightnessByDay(
  checkIns: readonly Pick<CheckIn, 'day' | 'tightness'>[],
  sessions: readonly Pick<SessionRecord, 'day' | 'tightness'>[],
  from: DayKey,
  to: DayKey,
): TightnessDay[] {
  const byDay = new Map<DayKey, number[]>();
  const add = (day: DayKey, value: number | undefined) => {
    if (value === undefined || !Number.isFinite(value) || day < from || day > to) return;
    const list = byDay.get(day);
    if (list) list.push(value);
    else byDay.set(day, [value]);
  };
  for (const c of checkIns) add(c.day, c.tightness);
  for (const s of sessions) add(s.day, s.tightness);
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, values]) => ({
      day,
      count: values.length,
      average: Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10,
    }));
}
