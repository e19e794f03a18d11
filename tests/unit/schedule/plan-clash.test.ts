// The clash rule, one function for the plan's forms and a backup import: two different
// entries of one routine at one time that share a weekday.
import { describe, expect, it } from 'vitest';
import { clashDays, findClash, planClashes, validateEntry } from '@/lib/schedule/plan-entry';
import type { PlanEntry, Weekday } from '@/lib/model';

type E = Pick<PlanEntry, 'id' | 'routineId' | 'time' | 'weekdays'>;
const e = (id: string, routineId: string, time: string, weekdays: Weekday[]): E => ({ id, routineId, time, weekdays });

describe('clashDays', () => {
  it.each<[string, E, E, Weekday[]]>([
    ['one routine, one time, a shared day', e('a', 'core', '08:00', [1, 3]), e('b', 'core', '08:00', [3, 5]), [3]],
    ['shared days come Monday first', e('a', 'core', '08:00', [0, 1, 6]), e('b', 'core', '08:00', [6, 1, 0]), [1, 6, 0]],
    ['other days', e('a', 'core', '08:00', [1]), e('b', 'core', '08:00', [2]), []],
    ['another time', e('a', 'core', '08:00', [1]), e('b', 'core', '08:01', [1]), []],
    ['another routine', e('a', 'core', '08:00', [1]), e('b', 'walk-ready', '08:00', [1]), []],
    ['the same entry (its own id)', e('a', 'core', '08:00', [1]), e('a', 'core', '08:00', [1]), []],
    ['a routine the app no longer has clashes like any other', e('a', 'yoga', '08:00', [1]), e('b', 'yoga', '08:00', [1]), [1]],
  ])('%s', (_what, a, b, days) => {
    expect(clashDays(a, b)).toEqual(days);
    expect(clashDays(b, a)).toEqual(days);
  });
});

describe('planClashes', () => {
  it.each<[string, E[], ReturnType<typeof planClashes>]>([
    ['no entries', [], []],
    ['a plan without a clash', [e('a', 'core', '08:00', [1]), e('b', 'core', '08:00', [2]), e('c', 'walk-ready', '08:00', [1])], []],
    ['the later entry is named, against the first it meets', [e('a', 'core', '08:00', [1, 2]), e('b', 'core', '08:00', [2, 3]), e('c', 'core', '08:00', [3])], [
      { index: 1, with: 0, days: [2] },
      { index: 2, with: 1, days: [3] },
    ]],
    ['three alike: both later ones against the first', [e('a', 'core', '08:00', [1]), e('b', 'core', '08:00', [1]), e('c', 'core', '08:00', [1])], [
      { index: 1, with: 0, days: [1] },
      { index: 2, with: 0, days: [1] },
    ]],
    ['one id twice is not a clash (the id check reports it)', [e('a', 'core', '08:00', [1]), e('a', 'core', '08:00', [1])], []],
  ])('%s', (_what, plan, expected) => {
    expect(planClashes(plan)).toEqual(expected);
  });

  it('agrees with the form: each entry it names is one validateEntry refuses against the entries before it', () => {
    const plan = [e('a', 'core', '08:00', [1, 2]), e('b', 'core', '08:00', [2]), e('c', 'core', '09:00', [2]), e('d', 'core', '09:00', [4, 2])];
    const named = planClashes(plan).map((c) => c.index);
    const refused = plan.map((entry, i) => (validateEntry(entry, plan.slice(0, i)).time ? i : -1)).filter((i) => i >= 0);
    expect(named).toEqual(refused);
    expect(findClash(plan[3]!, plan.slice(0, 3))).toEqual({ other: plan[2], days: [2] });
  });

  it('a hostile plan of 20,000 alike entries is judged quickly', () => {
    const plan = Array.from({ length: 20_000 }, (_, i) => e(`p${i}`, 'core', '08:00', [0, 1, 2, 3, 4, 5, 6]));
    const started = performance.now();
    expect(planClashes(plan)).toHaveLength(19_999);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
