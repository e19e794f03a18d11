// Current and longest streaks, counted in scheduled days done. Rest days neither extend nor
// break a streak; skip and flare days hold it, within a budget of two per rolling week.
import { indexHistory, walkHistory, type History } from './history';

export interface Streaks {
  readonly current: number;
  readonly longest: number;
}

/**
 * One pass over the history. A missed or partial day breaks the streak; so does a skip or
 * flare day over budget (the third in seven days), since an unlimited pass would make the
 * streak meaningless. Today is pending until it is done, so it never breaks anything.
 */
export function streaks(history: History): Streaks {
  let run = 0;
  let longest = 0;
  for (const day of walkHistory(indexHistory(history))) {
    switch (day.status) {
      case 'done':
        run++;
        longest = Math.max(longest, run);
        break;
      case 'missed':
      case 'partial':
        run = 0;
        break;
      case 'skip':
      case 'flare':
        if (day.overBudget) run = 0;
        break;
      case 'rest':
      case 'pending':
        break;
    }
  }
  return { current: run, longest };
}

export const currentStreak = (history: History): number => streaks(history).current;
export const longestStreak = (history: History): number => streaks(history).longest;
