// Whether a plan entry can be saved, and what the plan editor says beside each field.
import { describe, expect, it } from 'vitest';
import { ENTRY_MESSAGES, isValidEntry, validateEntry, WEEKDAYS, type CheckedEntry } from '@/lib/schedule/plan-entry';
import type { Weekday } from '@/lib/model';

const entry = (id: string, routineId: string, time: string, weekdays: Weekday[], over: Partial<CheckedEntry> = {}): CheckedEntry => ({
  id,
  routineId,
  time,
  weekdays,
  ...over,
});

describe('validateEntry', () => {
  it.each<[string, CheckedEntry, CheckedEntry[], object]>([
    ['a valid entry', entry('a', 'core', '07:30', [1]), [], {}],
    ['midnight', entry('a', 'core', '00:00', [1]), [], {}],
    ['the last minute of the day', entry('a', 'core', '23:59', [1]), [], {}],
    ['a time past 23:59', entry('a', 'core', '24:00', [1]), [], { time: 'Enter a time of day from 00:00 to 23:59, such as 07:30.' }],
    ['an empty time', entry('a', 'core', '', [1]), [], { time: ENTRY_MESSAGES.time }],
    ['a time without its leading zero', entry('a', 'core', '7:30', [1]), [], { time: ENTRY_MESSAGES.time }],
    ['a time with seconds', entry('a', 'core', '07:30:00', [1]), [], { time: ENTRY_MESSAGES.time }],
    ['minute 60', entry('a', 'core', '07:60', [1]), [], { time: ENTRY_MESSAGES.time }],
    ['no weekdays', entry('a', 'core', '07:30', []), [], { weekdays: 'Choose at least one day, or remove this entry.' }],
    ['a routine that no longer exists', entry('a', 'yoga', '07:30', [1]), [], { routine: 'This routine is no longer available. Choose another one.' }],
    [
      'a duplicate on a shared day',
      entry('a', 'core', '07:30', [1, 3]),
      [entry('b', 'core', '07:30', [3, 5])],
      { time: 'Core: plank is already planned at 07:30 on Wednesday. Pick another time or other days.' },
    ],
    [
      'a duplicate on several shared days, named Monday first',
      entry('a', 'core', '07:30', [0, 1, 3]),
      [entry('b', 'core', '07:30', [0, 1, 3])],
      { time: 'Core: plank is already planned at 07:30 on Monday, Wednesday, Sunday. Pick another time or other days.' },
    ],
    ['same routine and time on other days', entry('a', 'core', '07:30', [1]), [entry('b', 'core', '07:30', [2])], {}],
    ['another routine at the same time', entry('a', 'core', '07:30', [1]), [entry('b', 'walk-ready', '07:30', [1])], {}],
    ['itself is not a duplicate', entry('a', 'core', '07:30', [1]), [entry('a', 'core', '07:30', [1])], {}],
    ['a reminder at the time', entry('a', 'core', '07:30', [1], { remindMinutesBefore: 0 }), [], {}],
    ['a reminder a day ahead', entry('a', 'core', '07:30', [1], { remindMinutesBefore: 1440 }), [], {}],
    ['a reminder more than a day ahead', entry('a', 'core', '07:30', [1], { remindMinutesBefore: 1441 }), [], { reminder: ENTRY_MESSAGES.reminder }],
    ['a reminder after the time', entry('a', 'core', '07:30', [1], { remindMinutesBefore: -5 }), [], { reminder: ENTRY_MESSAGES.reminder }],
    ['a reminder of part of a minute', entry('a', 'core', '07:30', [1], { remindMinutesBefore: 2.5 }), [], { reminder: ENTRY_MESSAGES.reminder }],
    ['a reminder of 1e308 minutes', entry('a', 'core', '07:30', [1], { remindMinutesBefore: 1e308 }), [], { reminder: ENTRY_MESSAGES.reminder }],
  ])('%s', (_name, input, others, expected) => {
    expect(validateEntry(input, others)).toEqual(expected);
    expect(isValidEntry(input, others)).toBe(Object.keys(expected).length === 0);
  });

  it('reports every problem at once, each at its field', () => {
    expect(validateEntry(entry('a', 'yoga', '25:00', [], { remindMinutesBefore: -1 }))).toEqual({
      routine: ENTRY_MESSAGES.routine,
      time: ENTRY_MESSAGES.time,
      weekdays: ENTRY_MESSAGES.weekdays,
      reminder: ENTRY_MESSAGES.reminder,
    });
  });

  it('a broken time is reported as broken, not as a clash', () => {
    expect(validateEntry(entry('a', 'core', '24:00', [1]), [entry('b', 'core', '24:00', [1])])).toEqual({ time: ENTRY_MESSAGES.time });
  });
});

describe('WEEKDAYS', () => {
  it('lists each weekday once, Monday first', () => {
    expect(WEEKDAYS.map((d) => d.value)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(WEEKDAYS.map((d) => d.long)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  });
});
