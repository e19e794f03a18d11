// The streak and this week at a glance, as Today shows them and the session summary repeats
// them right after a session: one function, so the two screens cannot disagree.
import { indexHistory, type DayRecord, type History } from './history';
import { streaks, type Streaks } from './streaks';
import { weeklyAdherence, type WeekAdherence } from './adherence';

export interface Glance {
  readonly streak: Streaks;
  /** This week so far; undefined only for a broken history. */
  readonly week: WeekAdherence | undefined;
  /** How today stands in the plan (done, pending, rest…). */
  readonly today: DayRecord;
}

export function glance(history: History): Glance {
  return { streak: streaks(history), week: weeklyAdherence(history, 1)[0], today: indexHistory(history).record(history.today) };
}

/** "3/4" days done this week, or "–" when nothing was scheduled yet. */
export function weekText(week: WeekAdherence | undefined): string {
  return week && week.scheduled > 0 ? `${week.done}/${week.scheduled}` : '–';
}

/** One sentence on what this session did for the streak, for the summary. */
export function streakLine(g: Glance, hasPlan: boolean): string {
  const { today, streak } = g;
  if (!hasPlan) return 'Days you plan and do build a streak.';
  if (today.status === 'done') return streak.current === 1 ? 'Today counts: your streak has begun.' : `Today counts: ${streak.current} planned days in a row.`;
  if (today.status === 'flare' || today.status === 'skip') return `Today is marked as a ${today.status === 'flare' ? 'flare' : 'skip'} day, so your streak is kept.`;
  if (today.scheduled === 0) return 'Today is a rest day in your plan: this session is a bonus and your streak is kept.';
  const left = Math.max(1, today.required - today.done);
  return `${left} more planned ${left === 1 ? 'routine' : 'routines'} today, and the day counts towards your streak.`;
}
