// Plan entry validation with messages meant for the person, shown next to the field.
import { getRoutine } from '@/lib/content';
import type { PlanEntry, Weekday } from '@/lib/model';

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
}

type Checked = Pick<PlanEntry, 'id' | 'routineId' | 'time' | 'weekdays'>;

export function validateEntry(entry: Checked, others: readonly Checked[] = []): EntryErrors {
  const errors: EntryErrors = {};
  const routine = getRoutine(entry.routineId);
  if (!routine) errors.routine = 'This routine is no longer available. Choose another one.';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(entry.time)) errors.time = 'Enter a time of day from 00:00 to 23:59, such as 07:30.';
  if (entry.weekdays.length === 0) errors.weekdays = 'Choose at least one day, or remove this entry.';
  const clash = others.find(
    (o) => o.id !== entry.id && o.routineId === entry.routineId && o.time === entry.time && o.weekdays.some((d) => entry.weekdays.includes(d)),
  );
  if (routine && !errors.time && clash) {
    const days = WEEKDAYS.filter((d) => clash.weekdays.includes(d.value) && entry.weekdays.includes(d.value)).map((d) => d.long);
    errors.time = `${routine.name} is already planned at ${entry.time} on ${days.join(', ')}. Pick another time or other days.`;
  }
  return errors;
}
