// What each day of someone's history was — done, partial, missed, skip, flare, rest or
// pending — judged against the current plan as it applied that day (planForDay: a flare
// day's gentle reset stands in for its strength routine), the same list Today shows.
import { eachDay } from '@/lib/days';
import type { DayKey, DayMark, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import { dayPlanner, isRequired } from '@/lib/schedule/day-plan';
import { markOn } from '@/lib/schedule/due';

export type DayStatus = 'done' | 'partial' | 'missed' | 'skip' | 'flare' | 'rest' | 'pending';

export interface StreakOptions {
  /** Routines that must be done for a scheduled day to count; null = all of them. */
  readonly minimumPerDay: number | null;
  /** Which day an instant belongs to; plan entries, sessions and marks carry their own day keys. */
  readonly rolloverHour: number;
  /** For weekly adherence and "times a week" goals; Monday when absent, as in the default settings. */
  readonly weekStartsOn?: Weekday;
}

/**
 * Everything the streak functions look at. There is no plan history: the current plan is
 * applied to every past day, except that an entry counts only from its stored first day,
 * so days before someone started are rest days rather than a wall of misses.
 */
export interface History {
  readonly plan: readonly PlanEntry[];
  readonly sessions: readonly SessionRecord[];
  readonly marks: readonly DayMark[];
  readonly today: DayKey;
  readonly options: StreakOptions;
}

export interface DayRecord {
  readonly day: DayKey;
  readonly status: DayStatus;
  /** Routines the plan has on this day. */
  readonly scheduled: number;
  /** How many of them make the day count as done (minimumPerDay, capped at scheduled). */
  readonly required: number;
  /** How many of them sessions ticked off. */
  readonly done: number;
  /** Routine ids the day asked for that no session ticked off (for saying why a streak broke). */
  readonly missing?: readonly string[];
}

/** Skip and flare days allowed in any 7 consecutive days before they break a streak. */
export const MAX_EXCUSED_PER_WEEK = 2;

export interface HistoryIndex {
  readonly history: History;
  /** First day any current entry applies; null with no plan. */
  readonly firstDay: DayKey | null;
  record(day: DayKey): DayRecord;
}

// One index per History object: the progress screen asks streaks, strength, adherence and the
// calendar about the same days, so days are judged once and shared.
const indexes = new WeakMap<History, HistoryIndex>();

/** Indexes a history once so that walking years of days stays linear. */
export function indexHistory(history: History): HistoryIndex {
  let index = indexes.get(history);
  if (!index) {
    index = buildIndex(history);
    indexes.set(history, index);
  }
  return index;
}

function buildIndex(history: History): HistoryIndex {
  const { plan, sessions, marks, today, options } = history;
  const planner = dayPlanner(plan, sessions, marks, options);
  const marksByDay = new Map<DayKey, DayMark[]>();
  for (const mark of marks) {
    const list = marksByDay.get(mark.day);
    if (list) list.push(mark);
    else marksByDay.set(mark.day, [mark]);
  }
  let firstDay: DayKey | null = null;
  for (const entry of plan) {
    const start = planner.startOf(entry);
    if (firstDay === null || start < firstDay) firstDay = start;
  }

  const judged = new Map<DayKey, DayRecord>();
  const record = (day: DayKey): DayRecord => {
    let known = judged.get(day);
    if (!known) {
      known = judge(day);
      judged.set(day, known);
    }
    return known;
  };
  const judge = (day: DayKey): DayRecord => {
    const { entries, done: doneIds } = planner.dayPlan(day);
    // A "times a week" goal that was not a must this day is part of it only if it was done.
    const counted = entries.filter((entry) => isRequired(entry) || doneIds.has(entry.id));
    const scheduled = counted.length;
    if (scheduled === 0) return { day, status: 'rest', scheduled: 0, required: 0, done: 0 };
    const required = options.minimumPerDay === null ? scheduled : Math.min(scheduled, Math.max(1, Math.floor(options.minimumPerDay)));
    const done = counted.filter((entry) => doneIds.has(entry.id)).length;
    const base = { day, scheduled, required, done };
    // Doing the routines beats a mark: the record should say what happened.
    if (done >= required) return { ...base, status: 'done' };
    const mark = markOn(marksByDay.get(day) ?? [], day);
    if (mark) return { ...base, status: mark };
    // Today is still open; it cannot count against anyone before it ends.
    if (day >= today) return { ...base, status: 'pending' };
    const missing = counted.filter((entry) => !doneIds.has(entry.id)).map((entry) => entry.routineId);
    return { ...base, status: done > 0 ? 'partial' : 'missed', missing };
  };
  return { history, firstDay, record };
}

export function dayStatus(history: History, day: DayKey): DayStatus {
  return indexHistory(history).record(day).status;
}

/** Day records from `from` to `to` (both included), e.g. for a calendar heatmap. */
export function calendar(history: History, from: DayKey, to: DayKey): DayRecord[] {
  const index = indexHistory(history);
  return eachDay(from, to).map(index.record);
}

export interface WalkedDay extends DayRecord {
  /** A skip or flare day beyond MAX_EXCUSED_PER_WEEK in the 7 days ending here. */
  readonly overBudget: boolean;
}

/**
 * Every day from the first planned day through today, with the excused-day budget applied.
 * The budget counts skip/flare days on scheduled days in the rolling 7 days ending at each day.
 */
export function walkHistory(index: HistoryIndex): WalkedDay[] {
  const { firstDay } = index;
  const { today } = index.history;
  if (firstDay === null || firstDay > today) return [];
  const days: WalkedDay[] = [];
  const excused: number[] = [];
  eachDay(firstDay, today).forEach((day, i) => {
    const record = index.record(day);
    let overBudget = false;
    if (record.status === 'skip' || record.status === 'flare') {
      excused.push(i);
      while (excused.length > 0 && (excused[0] ?? i) <= i - 7) excused.shift();
      overBudget = excused.length > MAX_EXCUSED_PER_WEEK;
    }
    days.push({ ...record, overBudget });
  });
  return days;
}
