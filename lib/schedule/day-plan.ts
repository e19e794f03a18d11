// The one judgement of what a day asks for: the plan entries that apply on it (fixed days,
// and "times a week" goals still open that week), after the flare swap, and which of them
// the day's sessions ticked off. Today, the reminders, the streak history, adherence and the
// calendar all read it, so they cannot disagree about a day.
//
// A "times a week" entry (Loop Habit Tracker's model) is due on any of its days until the
// week's count is met, at most once a day. It counts against the person only on a day when
// the days left in the week are just enough for the times still to do (`must`); on the other
// days doing it counts, and not doing it costs nothing. In the week an entry was added the
// goal is cut to the days left and no day is a must, so a new goal never starts with a miss.
import { addDays, atDayTime, dayKey, startOfWeekDay, weekdayOf } from '@/lib/days';
import type { DayKey, DayMark, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import { DUE_WINDOW_MS, doneEntryIds, markOn, planForDay, type DayPlanEntry, type DueStatus } from './due';

/** Where a "times a week" entry stands on one day. */
export interface WeekGoal {
  /** The week's count: timesPerWeek, or fewer in the week the entry was added. */
  readonly times: number;
  /** Days earlier this week the entry was done. */
  readonly doneBefore: number;
  /** The days left this week (this one included) are just enough: today counts. */
  readonly must: boolean;
}

export interface JudgedEntry extends DayPlanEntry {
  /** Present on "times a week" entries only. */
  readonly goal?: WeekGoal;
}

export interface DayPlan {
  readonly day: DayKey;
  /** Every entry the day offers, by time of day, flare swap applied. */
  readonly entries: readonly JudgedEntry[];
  /** Ids of the entries the day's sessions ticked off. */
  readonly done: ReadonlySet<string>;
}

export interface DayPlanOptions {
  readonly rolloverHour: number;
  /** Weeks for "times a week" goals; Monday when absent, as in the default settings. */
  readonly weekStartsOn?: Weekday;
}

export interface DayPlanner {
  /** What `day` asks for and what was done; computed once per day and kept. */
  dayPlan(day: DayKey): DayPlan;
  /** The first day `entry` applies: the day it was created (placed with the rollover hour). */
  startOf(entry: PlanEntry): DayKey;
}

/** A "times a week" entry; plain fixed-day entries answer false. */
export const isWeeklyGoal = (entry: Pick<PlanEntry, 'timesPerWeek'>): boolean => entry.timesPerWeek !== undefined;

/** Entries that count against the day when not done: fixed-day ones and "must" goals. */
export const isRequired = (entry: JudgedEntry): boolean => entry.goal === undefined || entry.goal.must;

function eligibleDays(entry: PlanEntry, from: DayKey, to: DayKey): number {
  let n = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (entry.weekdays.includes(weekdayOf(day))) n++;
  return n;
}

function groupByDay<T extends { readonly day: DayKey }>(records: readonly T[]): Map<DayKey, T[]> {
  const map = new Map<DayKey, T[]>();
  for (const record of records) {
    const list = map.get(record.day);
    if (list) list.push(record);
    else map.set(record.day, [record]);
  }
  return map;
}

/**
 * A planner over one snapshot of the records. Days are judged lazily and kept, so walking
 * years of history stays linear; a "times a week" goal looks back at most six days.
 */
export function dayPlanner(
  plan: readonly PlanEntry[],
  sessions: readonly SessionRecord[],
  marks: readonly DayMark[],
  options: DayPlanOptions,
): DayPlanner {
  const weekStartsOn = options.weekStartsOn ?? 1;
  // The stored first day; only an entry written before it was stored (and not yet upgraded)
  // falls back to where its creation instant lands on today's wall clock.
  const firstDay = (entry: PlanEntry): DayKey => entry.startDay ?? dayKey(entry.createdAt, options.rolloverHour);
  const starts = new Map(plan.map((entry) => [entry.id, firstDay(entry)]));
  const startOf = (entry: PlanEntry): DayKey => starts.get(entry.id) ?? firstDay(entry);
  const sessionsByDay = groupByDay(sessions);
  const marksByDay = groupByDay(marks);
  const hasGoals = plan.some(isWeeklyGoal);
  const plans = new Map<DayKey, DayPlan>();

  // Days each goal was done this week before `day`, from the judged days before it.
  const doneBefore = (day: DayKey): Map<string, number> => {
    const counts = new Map<string, number>();
    for (let d = startOfWeekDay(day, weekStartsOn); d < day; d = addDays(d, 1)) {
      const earlier = dayPlan(d);
      for (const entry of earlier.entries) {
        if (entry.goal && earlier.done.has(entry.id)) counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);
      }
    }
    return counts;
  };

  const goalOn = (entry: PlanEntry, day: DayKey, before: number): WeekGoal => {
    const weekStart = startOfWeekDay(day, weekStartsOn);
    const weekEnd = addDays(weekStart, 6);
    const start = startOf(entry);
    const wanted = entry.timesPerWeek ?? 0;
    const firstWeek = start > weekStart;
    const times = firstWeek ? Math.min(wanted, eligibleDays(entry, start, weekEnd)) : wanted;
    return { times, doneBefore: before, must: !firstWeek && times - before >= eligibleDays(entry, day, weekEnd) };
  };

  const judge = (day: DayKey): DayPlan => {
    const dayMarks = marksByDay.get(day) ?? [];
    // Entries not yet created that day, and goals already met this week, are left out before
    // the flare swap, so the swap picks among the routines the day really had.
    const counts = hasGoals ? doneBefore(day) : new Map<string, number>();
    const goals = new Map<string, WeekGoal>();
    const open = plan.filter((entry) => {
      if (startOf(entry) > day) return false;
      if (!isWeeklyGoal(entry)) return true;
      const goal = goalOn(entry, day, counts.get(entry.id) ?? 0);
      goals.set(entry.id, goal);
      return goal.doneBefore < goal.times;
    });
    const entries: JudgedEntry[] = planForDay(open, day, dayMarks).map((entry) => {
      const goal = goals.get(entry.id);
      return goal ? { ...entry, goal } : entry;
    });
    return { day, entries, done: doneEntryIds(entries, sessionsByDay.get(day) ?? [], day) };
  };

  function dayPlan(day: DayKey): DayPlan {
    let known = plans.get(day);
    if (!known) {
      known = judge(day);
      plans.set(day, known);
    }
    return known;
  }

  return { dayPlan, startOf };
}

export interface DueItem {
  readonly entryId: string;
  readonly routineId: string;
  readonly time: string;
  /** The instant of `time` on that day (after rollover, DST-aware). */
  readonly at: number;
  readonly status: DueStatus;
  readonly replaces?: string;
  /** A "times a week" entry's week so far. */
  readonly goal?: WeekGoal;
}

function timeStatus(at: number, now: number, canBeLate: boolean): DueStatus {
  if (now < at) return 'upcoming';
  return !canBeLate || now < at + DUE_WINDOW_MS ? 'due' : 'overdue';
}

/**
 * A day's list, ordered by when each item falls. Sessions are matched by their stored `day`
 * (fixed when they were recorded, in the zone the device was in), never by timestamps.
 * Done wins over a skip or flare mark: if they did it anyway, the record says so. A "times a
 * week" item on a day it is not a must stays "due" past its time: missing it costs nothing.
 */
export function dueOn(planner: DayPlanner, marks: readonly DayMark[], day: DayKey, now: number, rolloverHour: number): DueItem[] {
  const mark = markOn(marks, day);
  const { entries, done } = planner.dayPlan(day);
  return entries
    .map((entry) => ({ entry, at: atDayTime(day, entry.time, rolloverHour) }))
    .sort((a, b) => a.at - b.at || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0))
    .map(({ entry, at }): DueItem => {
      const status: DueStatus =
        done.has(entry.id) ? 'done'
        : mark === 'skip' ? 'skipped'
        : mark === 'flare' ? 'gentle'
        : timeStatus(at, now, isRequired(entry));
      return {
        entryId: entry.id,
        routineId: entry.routineId,
        time: entry.time,
        at,
        status,
        ...(entry.replaces === undefined ? {} : { replaces: entry.replaces }),
        ...(entry.goal === undefined ? {} : { goal: entry.goal }),
      };
    });
}

/** Today's list (see dueOn), from the records as they are. */
export function dueToday(
  plan: readonly PlanEntry[],
  sessions: readonly SessionRecord[],
  marks: readonly DayMark[],
  today: DayKey,
  now: number,
  options: DayPlanOptions,
): DueItem[] {
  return dueOn(dayPlanner(plan, sessions, marks, options), marks, today, now, options.rolloverHour);
}
