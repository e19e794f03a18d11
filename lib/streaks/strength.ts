// Habit strength: a 0–100 score that rewards consistency without a streak's all-or-nothing
// cliff (in the spirit of Loop Habit Tracker), plus its day-by-day series for a trend line.
import type { DayKey } from '@/lib/model';
import { indexHistory, walkHistory, type History } from './history';

/** Scheduled days after which an old day weighs half as much as a new one. */
export const HABIT_HALF_LIFE_DAYS = 14;
export const HABIT_ALPHA = 1 - 0.5 ** (1 / HABIT_HALF_LIFE_DAYS);

export interface StrengthPoint {
  readonly day: DayKey;
  /** 0–100, after this day. */
  readonly score: number;
}

export interface HabitStrength {
  /** 0–100 as of today. */
  readonly score: number;
  /** One point per day from the first planned day through today. */
  readonly series: StrengthPoint[];
}

/**
 * An exponential moving average of each scheduled day's completion: 1 done, the done share
 * on a partial day, 0 missed. Skip, flare, rest and pending days leave it unchanged, so the
 * half-life counts scheduled days and a planned break costs nothing (the streak's budget is
 * what limits skipping). It starts at 0: strength is earned.
 */
export function habitStrength(history: History): HabitStrength {
  let value = 0;
  const series: StrengthPoint[] = [];
  for (const day of walkHistory(indexHistory(history))) {
    const completion =
      day.status === 'done' ? 1
      : day.status === 'partial' ? Math.min(1, day.done / day.required)
      : day.status === 'missed' ? 0
      : null;
    if (completion !== null) value += HABIT_ALPHA * (completion - value);
    series.push({ day: day.day, score: Math.min(100, Math.max(0, value * 100)) });
  }
  return { score: series.at(-1)?.score ?? 0, series };
}
