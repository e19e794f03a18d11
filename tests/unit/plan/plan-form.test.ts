import { describe, expect, it } from 'vitest';
import { validateEntry } from '@/components/plan/plan-form';
import type { Weekday } from '@/lib/model';

const entry = (id: string, routineId: string, time: string, weekdays: Weekday[]) => ({ id, routineId, time, weekdays });

describe('validateEntry', () => {
  it.each([
    ['a valid entry', entry('a', 'core', '07:30', [1]), [], {}],
    ['a time past 23:59', entry('a', 'core', '24:00', [1]), [], { time: 'Enter a time of day from 00:00 to 23:59, such as 07:30.' }],
    ['an empty time', entry('a', 'core', '', [1]), [], { time: 'Enter a time of day from 00:00 to 23:59, such as 07:30.' }],
    ['no weekdays', entry('a', 'core', '07:30', []), [], { weekdays: 'Choose at least one day, or remove this entry.' }],
    ['a routine that no longer exists', entry('a', 'yoga', '07:30', [1]), [], { routine: 'This routine is no longer available. Choose another one.' }],
    [
      'a duplicate on a shared day',
      entry('a', 'core', '07:30', [1, 3]),
      [entry('b', 'core', '07:30', [3, 5])],
      { time: 'Core: plank is already planned at 07:30 on Wednesday. Pick another time or other days.' },
    ],
    ['same routine and time on other days', entry('a', 'core', '07:30', [1]), [entry('b', 'core', '07:30', [2])], {}],
    ['itself is not a duplicate', entry('a', 'core', '07:30', [1]), [entry('a', 'core', '07:30', [1])], {}],
  ] as const)('%s', (_name, input, others, expected) => {
    expect(validateEntry({ ...input, weekdays: [...input.weekdays] }, others.map((o) => ({ ...o, weekdays: [...o.weekdays] })))).toEqual(expected);
  });
});
