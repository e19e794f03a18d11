// The welcome answers choose the starter plan: what bothers the person picks the routines, their
// time places every entry, their reminder choice is on every entry, and the props are named.
import { describe, expect, it } from 'vitest';
import { PROP_LABEL } from '@/lib/content';
import { TIME_OF_DAY_START, type Concern, type EasesLeaning, type PlanEntry, type StarterChoice, type Weekday } from '@/lib/model';
import { isValidEntry, planDaysText, planFocus, planProps, starterPlan, suggestedPlan, timeOfDayOf, type StarterAnswers } from '@/lib/schedule';

const NOW = new Date('2026-11-25T06:00:00Z').getTime();
const ALL: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** An entry as the preview talks about it: routine, days and time. */
const brief = (plan: readonly PlanEntry[]) => plan.map((e) => `${e.time} ${e.routineId} ${e.weekdays.join('')}`);

describe('planFocus', () => {
  it.each<[Concern | undefined, EasesLeaning | undefined, string]>([
    ['after-minutes', 'yes', 'stenosis'],
    ['both', 'yes', 'stenosis'],
    ['after-minutes', 'no', 'walking'],
    ['after-minutes', 'unsure', 'walking'],
    ['after-minutes', undefined, 'walking'],
    ['both', 'no', 'walking'],
    ['desk', undefined, 'desk'],
    // The leaning question is only about walking: an answer left over from it changes nothing.
    ['desk', 'yes', 'desk'],
    ['stiffness', 'yes', 'general'],
    ['stiffness', undefined, 'general'],
    [undefined, undefined, 'general'],
  ])('%s, eases when leaning forward: %s → %s', (concern, eases, focus) => {
    expect(planFocus(concern, eases)).toBe(focus);
  });
});

describe('suggestedPlan: what bothers you picks the routines', () => {
  const morning = (concern?: Concern, easesLeaning?: EasesLeaning): StarterAnswers => ({ concern, easesLeaning, time: '07:30', reminders: false });

  it.each<[string, StarterChoice, StarterAnswers, string[]]>([
    // The 58-year-old with stenosis who wants one 10-minute morning routine: one entry, not two.
    ['stenosis-type tightness, one routine', 'daily-only', morning('after-minutes', 'yes'), ['07:30 walk-ready 0123456']],
    ['walking tightness, one routine', 'daily-only', morning('after-minutes', 'no'), ['07:30 walk-ready 0123456']],
    ['desk stiffness, one routine: core + hip flexors', 'daily-only', morning('desk'), ['07:30 core-hip-flexors 0123456']],
    ['general stiffness, one routine', 'daily-only', morning('stiffness'), ['07:30 walk-ready 0123456']],
    ['no answer, one routine', 'daily-only', morning(), ['07:30 walk-ready 0123456']],
    [
      'stenosis-type tightness, a fuller week: everything in the morning, one after another',
      'balanced',
      morning('both', 'yes'),
      ['07:30 walk-ready 0123456', '07:45 core-glutes 135', '07:45 hip-flexors 0246', '07:50 hamstrings 0246'],
    ],
    [
      'desk stiffness, a fuller week',
      'balanced',
      morning('desk'),
      ['07:30 core-hip-flexors 0123456', '07:35 core-glutes 135', '07:35 hamstrings 0246'],
    ],
    ['I’ll make my own', 'none', morning('desk'), []],
  ])('%s', (_name, choice, answers, expected) => {
    expect(brief(suggestedPlan(choice, answers, NOW))).toEqual(expected);
  });
});

describe('suggestedPlan: the time and the reminder', () => {
  it.each<[string, string, StarterChoice, string[]]>([
    ['midday', '12:30', 'daily-only', ['12:30']],
    ['an evening time the person typed', '19:05', 'balanced', ['19:05', '19:20', '19:20', '19:25']],
    ['early', '05:00', 'balanced', ['05:00', '05:15', '05:15', '05:20']],
    // Extras that would run past midnight go just before the daily routine instead.
    ['late, extras before', '23:50', 'balanced', ['23:40', '23:45', '23:45', '23:50']],
    ['not a time: the morning', '25:00', 'daily-only', ['07:30']],
    ['empty: the morning', '', 'daily-only', ['07:30']],
  ])('%s (%s)', (_name, time, choice, expected) => {
    const plan = suggestedPlan(choice, { concern: 'after-minutes', easesLeaning: 'yes', time, reminders: false }, NOW);
    expect(plan.map((e) => e.time)).toEqual(expected);
    // Every suggested plan can be saved as it is: no clash, no bad time, days on every entry.
    for (const e of plan) expect(isValidEntry(e, plan)).toBe(true);
  });

  it.each([true, false])('reminders %s: every entry has the reminder set that way, at its own time', (reminders) => {
    const plan = suggestedPlan('balanced', { concern: 'stiffness', time: '18:30', reminders }, NOW);
    expect(plan.map((e) => [e.reminder, e.remindMinutesBefore])).toEqual(plan.map(() => [reminders, 0]));
    expect(new Set(plan.map((e) => e.id)).size).toBe(plan.length);
    expect(plan.every((e) => e.createdAt === NOW)).toBe(true);
  });
});

describe('planProps: what the plan shown before saving needs', () => {
  const labels = (plan: readonly PlanEntry[]) => planProps(plan).map((p) => PROP_LABEL[p]);

  it.each<[string, StarterChoice, Concern, string[]]>([
    ['walk-ready needs a mat, something to kneel on and a strap', 'daily-only', 'after-minutes', ['mat', 'cushion', 'strap']],
    ['core + hip flexors needs a mat and something to kneel on', 'daily-only', 'desk', ['mat', 'cushion']],
    ['a fuller desk week adds the strap for the hamstring stretch', 'balanced', 'desk', ['mat', 'cushion', 'strap']],
    ['an empty plan needs nothing', 'none', 'desk', []],
  ])('%s', (_name, choice, concern, expected) => {
    expect(planProps(suggestedPlan(choice, { concern, time: '07:30', reminders: false }, NOW))).toEqual(expected);
  });

  it('names the strap in words a person knows', () => {
    expect(labels(suggestedPlan('daily-only', { concern: 'after-minutes', time: '07:30', reminders: false }, NOW))).toContain('a strap, belt or towel');
  });

  it('ignores a routine the app no longer has', () => {
    expect(planProps([{ routineId: 'retired' }, { routineId: 'quick-reset' }])).toEqual(['mat', 'chair']);
  });
});

describe('planDaysText', () => {
  it.each([
    [ALL, 'Every day'],
    [[1, 3, 5], 'Monday, Wednesday and Friday'],
    [[0, 2, 4, 6], 'Tuesday, Thursday, Saturday and Sunday'],
    [[6], 'Saturday'],
    [[], 'No days'],
  ] as const satisfies readonly (readonly [readonly Weekday[], string])[])('%j → %s', (days, text) => {
    expect(planDaysText(days)).toBe(text);
  });
});

describe('timeOfDayOf: the part of the day the chips show for a typed time', () => {
  it.each([
    ['00:00', 'morning'],
    ['07:30', 'morning'],
    ['10:59', 'morning'],
    ['11:00', 'midday'],
    ['12:30', 'midday'],
    ['15:59', 'midday'],
    ['16:00', 'evening'],
    ['18:30', 'evening'],
    ['23:59', 'evening'],
    ['', undefined],
    ['7:30', undefined],
  ] as const)('%s → %s', (time, part) => {
    expect(timeOfDayOf(time)).toBe(part);
  });

  it.each(Object.entries(TIME_OF_DAY_START))('the %s starts at %s, which reads as that part of the day', (part, time) => {
    expect(timeOfDayOf(time)).toBe(part);
  });
});

describe('starterPlan (skipping the welcome questions)', () => {
  it('is the balanced week it always was, so Today after a skip is unchanged', () => {
    expect(brief(starterPlan('balanced', NOW))).toEqual(['07:30 walk-ready 0123456', '18:00 core-glutes 135', '18:00 hamstrings 0246', '18:10 hip-flexors 0246']);
  });
});
