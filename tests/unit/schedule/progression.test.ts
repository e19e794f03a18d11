import { describe, expect, it } from 'vitest';
import type { HoldDose, RepsDose } from '@/lib/content/types';
import type { Effort } from '@/lib/db/types';
import { doseDecision, doseFloor, nextDose, type DoseHistoryEntry, type DoseReason, type NextDoseInput } from '@/lib/schedule/progression';

const plank: HoldDose = { kind: 'hold', holdSeconds: 30, sets: 3, sides: 'none', restSeconds: 30 };
const birdDog: RepsDose = { kind: 'reps', reps: 6, holdSeconds: 3, secondsPerRep: 6, sets: 2, sides: 'alternating', restSeconds: 30 };

// Sessions on consecutive days from 2026-03-02; "easy!" = easy but tightness 8 afterwards.
function sessions(...ratings: (Effort | 'easy!' | '-')[]): DoseHistoryEntry[] {
  return ratings.map((r, i) => {
    const day = `2026-03-${String(i + 2).padStart(2, '0')}`;
    if (r === '-') return { day };
    if (r === 'easy!') return { day, effort: 'easy', tightness: 8 };
    return { day, effort: r, tightness: 2 };
  });
}

const input = (over: Partial<NextDoseInput>): NextDoseInput => ({
  exerciseId: 'plank', base: plank, ceiling: 60, history: [], flareDays: [], ...over,
});

describe('nextDose (plank: base 30 s, ceiling 60, step 5, floor 20)', () => {
  const cases: { name: string; over: Partial<NextDoseInput>; amount: number; reason: DoseReason }[] = [
    { name: 'no history: base', over: {}, amount: 30, reason: 'no-history' },
    { name: 'one easy: wait for a second', over: { history: sessions('easy') }, amount: 30, reason: 'steady' },
    { name: 'easy, easy: one step up', over: { history: sessions('easy', 'easy') }, amount: 35, reason: 'easy-twice' },
    { name: 'third easy: waits for the fourth', over: { history: sessions('easy', 'easy', 'easy'), current: 35 }, amount: 35, reason: 'steady' },
    { name: 'fourth easy: up again', over: { history: sessions('easy', 'easy', 'easy', 'easy'), current: 35 }, amount: 40, reason: 'easy-twice' },
    { name: 'easy, right, easy: not in a row', over: { history: sessions('easy', 'right', 'easy') }, amount: 30, reason: 'steady' },
    { name: 'right: stays', over: { history: sessions('easy', 'right'), current: 35 }, amount: 35, reason: 'steady' },
    { name: 'unrated: stays', over: { history: sessions('easy', '-') }, amount: 30, reason: 'steady' },
    { name: 'easy, easy, hard: back one step', over: { history: sessions('easy', 'easy', 'hard'), current: 35 }, amount: 30, reason: 'hard' },
    { name: 'hard twice: back twice (one per session)', over: { history: sessions('hard', 'hard'), current: 25 }, amount: 20, reason: 'hard' },
    { name: 'easy but tightness 8: back', over: { history: sessions('easy', 'easy!'), current: 35 }, amount: 30, reason: 'tight' },
    { name: 'tightness 7 is the threshold', over: { history: [{ day: '2026-03-02', effort: 'right', tightness: 7 }] }, amount: 25, reason: 'tight' },
    { name: 'tightness 6 is fine', over: { history: [{ day: '2026-03-02', effort: 'right', tightness: 6 }] }, amount: 30, reason: 'steady' },
    {
      name: 'flare since the last session: back, even after two easy',
      over: { history: sessions('easy', 'easy'), flareDays: ['2026-03-05'], current: 35 },
      amount: 30, reason: 'flare',
    },
    {
      name: 'flare on the day of the last session counts',
      over: { history: sessions('easy', 'easy'), flareDays: ['2026-03-03'], current: 35 },
      amount: 30, reason: 'flare',
    },
    {
      name: 'old flare before the last session: ignored, but it breaks the easy run',
      over: { history: [...sessions('easy'), { day: '2026-03-10', effort: 'easy' }], flareDays: ['2026-03-05'] },
      amount: 30, reason: 'steady',
    },
    {
      name: 'two easy after an old flare: up',
      over: { history: [...sessions('easy'), { day: '2026-03-10', effort: 'easy' }, { day: '2026-03-11', effort: 'easy' }], flareDays: ['2026-03-05'] },
      amount: 35, reason: 'easy-twice',
    },
    { name: 'pinned wins over everything', over: { history: sessions('hard'), flareDays: ['2026-03-09'], pinned: 45 }, amount: 45, reason: 'pinned' },
    { name: 'never above the ceiling', over: { history: sessions('easy', 'easy'), current: 60 }, amount: 60, reason: 'easy-twice' },
    { name: 'a current above a lowered ceiling comes down', over: { history: sessions('right'), current: 70 }, amount: 60, reason: 'steady' },
    { name: 'never below base minus two steps', over: { history: sessions('hard'), current: 20 }, amount: 20, reason: 'hard' },
    { name: 'custom step', over: { history: sessions('easy', 'easy'), step: 10 }, amount: 40, reason: 'easy-twice' },
    {
      name: 'history order does not matter',
      over: { history: [...sessions('hard', 'easy', 'easy')].reverse() },
      amount: 35, reason: 'easy-twice',
    },
  ];

  it.each(cases)('$name → $amount', ({ over, amount, reason }) => {
    expect(doseDecision(input(over))).toEqual({ amount, reason });
    expect(nextDose(input(over))).toBe(amount);
  });

  it('walks a realistic sequence one session at a time', () => {
    // Each step feeds the amount the session used back in as `current`.
    const ratings: (Effort | 'flare')[] = ['easy', 'easy', 'easy', 'easy', 'right', 'hard', 'flare', 'easy', 'easy'];
    const history: DoseHistoryEntry[] = [];
    const flareDays: string[] = [];
    let current = 30;
    const used: number[] = [];
    ratings.forEach((r, i) => {
      const day = `2026-04-${String(i + 1).padStart(2, '0')}`;
      if (r === 'flare') flareDays.push(day);
      else history.push({ day, effort: r });
      current = nextDose(input({ history, flareDays, current }));
      used.push(current);
    });
    expect(used).toEqual([30, 35, 35, 40, 40, 35, 30, 30, 35]);
  });
});

describe('nextDose for reps (bird-dog: base 6, step 1)', () => {
  const reps = (over: Partial<NextDoseInput>) => nextDose(input({ exerciseId: 'bird-dog', base: birdDog, ceiling: 10, ...over }));

  it('steps one rep at a time, within floor 4 and ceiling 10', () => {
    expect(reps({ history: sessions('easy', 'easy') })).toBe(7);
    expect(reps({ history: sessions('hard'), current: 4 })).toBe(4);
    expect(reps({ history: sessions('easy', 'easy'), current: 10 })).toBe(10);
  });
});

describe('doseFloor', () => {
  it.each([
    { dose: plank, floor: 20 },
    { dose: { ...plank, holdSeconds: 10 }, floor: 5 },
    { dose: { ...plank, holdSeconds: 5 }, floor: 5 },
    { dose: birdDog, floor: 4 },
    { dose: { ...birdDog, reps: 2 }, floor: 1 },
  ])('$dose.kind $dose.holdSeconds/$dose.reps → $floor', ({ dose, floor }) => {
    expect(doseFloor(dose)).toBe(floor);
  });
});
