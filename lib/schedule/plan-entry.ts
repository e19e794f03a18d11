// Whether a plan entry can be saved, with messages meant for the person, shown next to the
// field: a routine the app still has, a `HH:mm` time, at least one day, a reminder lead time
// within its limit, a "times a week" goal from 1 to 7 (and no more than its days), and no
// second entry of the same routine at the same time on a shared day.
import { getRoutine } from '@/lib/content';
import { isClockTime, isRemindMinutes, isTimesPerWeek, REMIND_MINUTES, TIMES_PER_WEEK, wholeNumberMessage, type PlanEntry, type Weekday } from '@/lib/model';

/** The week as the plan shows it, Monday first, with names for messages and labels. */
export const WEEKDAYS: readonly { value: Weekday; short: string; long: string }[] = [
  { value: 1, short: 'Mo', long: 'Monday' },
  { value: 2, short: 'Tu', long: 'Tuesday' },
  { value: 3, short: 'We', long: 'Wednesday' },
  { value: 4, short: 'Th', long: 'Thursday' },
  { value: 5, short: 'Fr', long: 'Friday' },
  { value: 6, short: 'Sa', long: 'Saturday' },
  { value: 0, short: 'Su', long: 'Sunday' },
];

export interface EntryErrors {
  routine?: string;
  time?: string;
  weekdays?: string;
  timesPerWeek?: string;
  reminder?: string;
}

export const ENTRY_MESSAGES = {
  routine: 'This routine is no longer available. Choose another one.',
  time: 'Enter a time of day from 00:00 to 23:59, such as 07:30.',
  weekdays: 'Choose at least one day, or remove this entry.',
  timesPerWeek: wholeNumberMessage(TIMES_PER_WEEK, { label: 'how many days a week' }),
  reminder: `Choose a reminder from ${REMIND_MINUTES.min} to ${REMIND_MINUTES.max} minutes before.`,
} as const;

export type CheckedEntry = Pick<PlanEntry, 'id' | 'routineId' | 'time' | 'weekdays'> & Partial<Pick<PlanEntry, 'remindMinutesBefore' | 'timesPerWeek'>>;

/** Every problem with `entry`, checked against the plan's `others`; empty when it can be saved. */
export function validateEntry(entry: CheckedEntry, others: readonly CheckedEntry[] = []): EntryErrors {
  const errors: EntryErrors = {};
  const routine = getRoutine(entry.routineId);
  if (!routine) errors.routine = ENTRY_MESSAGES.routine;
  if (!isClockTime(entry.time)) errors.time = ENTRY_MESSAGES.time;
  if (entry.weekdays.length === 0) errors.weekdays = ENTRY_MESSAGES.weekdays;
  if (entry.timesPerWeek !== undefined) {
    if (!isTimesPerWeek(entry.timesPerWeek)) errors.timesPerWeek = ENTRY_MESSAGES.timesPerWeek;
    else if (entry.weekdays.length > 0 && entry.timesPerWeek > entry.weekdays.length) {
      errors.timesPerWeek = `Choose a number up to ${entry.weekdays.length}: this routine is allowed on ${entry.weekdays.length} ${entry.weekdays.length === 1 ? 'day' : 'days'} of the week.`;
    }
  }
  if (entry.remindMinutesBefore !== undefined && !isRemindMinutes(entry.remindMinutesBefore)) errors.reminder = ENTRY_MESSAGES.reminder;
  const clash = findClash(entry, others);
  if (routine && !errors.time && clash) {
    errors.time = `${routine.name} is already planned at ${entry.time} on ${dayNames(clash.days)}. Pick another time or other days.`;
  }
  return errors;
}

type ClashFields = Pick<PlanEntry, 'id' | 'routineId' | 'time' | 'weekdays'>;

/**
 * The clash rule, the one the plan's forms and a backup import both apply: two different
 * entries (by id) of one routine at one time that share a weekday. Returns the shared days,
 * Monday first; empty when they do not clash.
 */
export function clashDays(a: ClashFields, b: ClashFields): Weekday[] {
  if (a.id === b.id || a.routineId !== b.routineId || a.time !== b.time) return [];
  return WEEKDAYS.filter((d) => a.weekdays.includes(d.value) && b.weekdays.includes(d.value)).map((d) => d.value);
}

/** The first of `others` that `entry` clashes with, and on which days. */
export function findClash<T extends ClashFields>(entry: ClashFields, others: readonly T[]): { readonly other: T; readonly days: Weekday[] } | undefined {
  for (const other of others) {
    const days = clashDays(entry, other);
    if (days.length > 0) return { other, days };
  }
  return undefined;
}

export interface PlanClash {
  /** The later entry of the pair, by its place in the plan. */
  readonly index: number;
  /** The first earlier entry it clashes with. */
  readonly with: number;
  readonly days: Weekday[];
}

/**
 * Every entry of a whole plan that clashes with an earlier one (each named once, against
 * the first it clashes with). Entries are grouped by routine, time and day first, so a
 * hostile list of thousands costs no more than a look-up each.
 */
export function planClashes(plan: readonly ClashFields[]): PlanClash[] {
  const firstOn = new Map<string, number>();
  const clashes: PlanClash[] = [];
  plan.forEach((entry, index) => {
    let found: PlanClash | undefined;
    for (const day of entry.weekdays) {
      const slot = JSON.stringify([entry.routineId, entry.time, day]);
      const earlier = firstOn.get(slot);
      if (earlier === undefined) firstOn.set(slot, index);
      else if (!found || earlier < found.with) {
        const days = clashDays(entry, plan[earlier] as ClashFields);
        if (days.length > 0) found = { index, with: earlier, days };
      }
    }
    if (found) clashes.push(found);
  });
  return clashes;
}

/** "Monday, Wednesday": weekdays as the plan names them, Monday first. */
export function dayNames(days: readonly Weekday[]): string {
  return WEEKDAYS.filter((d) => days.includes(d.value)).map((d) => d.long).join(', ');
}

/** True when `entry` has nothing to fix. */
export const isValidEntry = (entry: CheckedEntry, others: readonly CheckedEntry[] = []): boolean => Object.keys(validateEntry(entry, others)).length === 0;

/**
 * The entries a calendar can hold: fixed weekdays only. A "times a week" goal is left out, as
 * a calendar cannot know when the week's count is met (the app's own reminders do).
 */
export function calendarEntries<T extends Pick<PlanEntry, 'weekdays' | 'timesPerWeek'>>(plan: readonly T[]): T[] {
  return plan.filter((entry) => entry.weekdays.length > 0 && entry.timesPerWeek === undefined);
}
