// The streak's rules in words, and why the streak stands where it does: the sentences Today
// and Progress both show under the streak, from the same judged days as the numbers, so the
// two screens (and the number beside the words) cannot disagree.
import { format } from 'date-fns';
import { getRoutine } from '@/lib/content';
import { addDays, daysBetween, parseDay } from '@/lib/days';
import type { DayKey } from '@/lib/model';
import { markOn } from '@/lib/schedule/due';
import { indexHistory, MAX_EXCUSED_PER_WEEK, walkHistory, type History, type WalkedDay } from './history';
import { habitStrength } from './strength';
import { streaks } from './streaks';

/** The rules streaks(), walkHistory() and habitStrength() apply, as the person reads them. */
export const STREAK_RULES: readonly string[] = [
  'Your streak counts the planned days you do, in a row.',
  'Rest days never break it.',
  `Skip and flare days hold it, up to ${MAX_EXCUSED_PER_WEEK} in any 7 days; one more breaks it.`,
  'On a flare day the gentle reset takes the place of strength work, and doing it counts as done.',
  'A routine planned for a number of days a week counts on each day you do it. A day without it is missed only when the week has no days left to spare.',
];

export interface StreakStory {
  readonly current: number;
  readonly longest: number;
  /** Habit strength today, 0–100, rounded as the screens show it. */
  readonly strength: number;
  /** One sentence: why the streak is what it is. */
  readonly why: string;
  /** Skip and flare days in the 7 days ending today, and how many the rules allow. */
  readonly excused: { readonly used: number; readonly allowed: number };
  /** "Skip and flare days in the last 7 days: 2 of 2." once any was used; else null. */
  readonly excusedText: string | null;
  /** What a skip or flare mark on today does to the streak; null when today is not marked. */
  readonly todayMark: string | null;
  /** Before marking today: what a mark would do. */
  readonly markHint: string;
}

const breaks = (day: WalkedDay): boolean =>
  day.status === 'missed' || day.status === 'partial' || ((day.status === 'skip' || day.status === 'flare') && day.overBudget);

/** "today", "yesterday", "Friday" within the week, else "Friday 20 November" (with the year when not this one). */
export function dayWords(day: DayKey, today: DayKey): string {
  const ago = daysBetween(day, today);
  if (ago === 0) return 'today';
  if (ago === 1) return 'yesterday';
  const date = parseDay(day);
  if (ago > 1 && ago < 7) return format(date, 'EEEE');
  return format(date, day.slice(0, 4) === today.slice(0, 4) ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy');
}

/** dayWords after a verb: "today", "yesterday", "on Friday". */
export function whenWords(day: DayKey, today: DayKey): string {
  const words = dayWords(day, today);
  return words === 'today' || words === 'yesterday' ? words : `on ${words}`;
}

/** "A", "A and B", "A, B and C". */
function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function breakReason(day: WalkedDay, today: DayKey): string {
  const when = whenWords(day.day, today);
  if (day.status === 'skip' || day.status === 'flare') {
    return `${capitalise(dayWords(day.day, today))} was one skip or flare day too many (more than ${MAX_EXCUSED_PER_WEEK} in 7 days)`;
  }
  const names = [...new Set(day.missing ?? [])].map((id) => getRoutine(id)?.name ?? 'a planned routine');
  if (names.length === 0) return `A planned day was missed ${when}`;
  return `${listWords(names)} ${names.length === 1 ? 'was' : 'were'} missed ${when}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The streak, its best, habit strength and the words that explain them, as of history.today. */
export function streakStory(history: History): StreakStory {
  const { current, longest } = streaks(history);
  const strength = Math.round(habitStrength(history).score);
  const days = walkHistory(indexHistory(history));
  const { today } = history;
  const weekAgo = addDays(today, -6);

  let lastBreak: WalkedDay | null = null;
  let restart: WalkedDay | null = null;
  let used = 0;
  for (const day of days) {
    if (breaks(day)) {
      lastBreak = day;
      restart = null;
    } else if (day.status === 'done' && restart === null) {
      restart = day;
    }
    if ((day.status === 'skip' || day.status === 'flare') && day.day >= weekAgo) used++;
  }
  const todayRecord = days.at(-1)?.day === today ? days.at(-1) : undefined;

  let why: string;
  if (lastBreak === null) {
    why = current === 0 ? 'Your streak starts with the first planned day you do.' : 'No planned day missed since you started.';
  } else {
    const reason = breakReason(lastBreak, today);
    if (current > 0 && restart) why = `${reason}, so the streak restarted ${whenWords(restart.day, today)}.`;
    else if (todayRecord?.status === 'pending') why = `${reason}, so the streak starts again once today’s routines are done.`;
    else why = `${reason}, so the streak starts again with the next planned day you do.`;
  }

  const excused = { used, allowed: MAX_EXCUSED_PER_WEEK };
  const excusedText =
    used === 0 ? null
    : used <= MAX_EXCUSED_PER_WEEK ? `Skip and flare days in the last 7 days: ${used} of ${MAX_EXCUSED_PER_WEEK}.`
    : `Skip and flare days in the last 7 days: ${used} (${MAX_EXCUSED_PER_WEEK} allowed).`;

  let todayMark: string | null = null;
  const status = todayRecord?.status;
  if (status === 'done' && markOn(history.marks, today) !== null) {
    todayMark = 'You did today’s routines anyway, so today counts as done.';
  } else if (status === 'skip' || status === 'flare') {
    if (todayRecord?.overBudget) {
      todayMark = `That is more than ${MAX_EXCUSED_PER_WEEK} skip or flare days in 7, so today breaks the streak unless you do ${
        status === 'flare' ? 'the gentle reset' : 'today’s routines'
      }.`;
    } else {
      todayMark = current > 0 ? `Today won’t break your ${current}-day streak.` : 'Today won’t count as a missed day.';
    }
  }
  const left = Math.max(0, MAX_EXCUSED_PER_WEEK - used);
  const markHint =
    left > 0
      ? `Skip and flare days hold your streak, up to ${MAX_EXCUSED_PER_WEEK} in any 7 days (${left} left now). A flare day swaps strength work for a gentle reset.`
      : `You have used ${MAX_EXCUSED_PER_WEEK} skip or flare days in the last 7 days, so another one breaks the streak. A flare day’s gentle reset still counts if you do it.`;

  return { current, longest, strength, why, excused, excusedText, todayMark, markHint };
}
