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
  const clash = others.find(
    (o) => o.id !== entry.id && o.routineId === entry.routineId && o.time === entry.time && o.weekdays.some((d) => entry.weekdays.includes(d)),
  );
  if (routine && !errors.time && clash) {
    const days = WEEKDAYS.filter((d) => clash.weekdays.includes(d.value) && entry.weekdays.includes(d.value)).map((d) => d.long);
    errors.time = `${routine.name} is already planned at ${entry.time} on ${days.join(', ')}. Pick another time or other days.`;
  }
  return errors;
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
