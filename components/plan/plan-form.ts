// Plan entry validation with messages meant for the person, shown next to the field.
import type { PlanEntry, Weekday } from '@/lib/db/types';

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
  time?: string;
  weekdays?: string;
}

export function validateEntry(entry: Pick<PlanEntry, 'time' | 'weekdays'>): EntryErrors {
  const errors: EntryErrors = {};
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(entry.time)) errors.time = 'Enter a time of day, such as 07:30.';
  if (entry.weekdays.length === 0) errors.weekdays = 'Choose at least one day, or remove this entry.';
  return errors;
}
