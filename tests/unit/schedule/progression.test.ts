import { describe, expect, it } from 'vitest';
import type { HoldDose, RepsDose } from '@/lib/content/types';
import type { Effort } from '@/lib/model';
import {
  doseCeiling,
  doseDecision,
  doseFloor,
  nextDose,
  STRETCH_HOLD_CAP,
  type DoseHistoryEntry,
  type DoseReason,
  type NextDoseInput,
} from '@/lib/schedule/progression';

const plank: HoldDose = { kind: 'hold', holdSeconds: 30, sets: 3, sides: 'none', restSeconds: 30 };
const birdDog: RepsDose = { kind: 'reps', reps: 6, holdSeconds: 3, secondsPerRep: 6, sets: 2, sides: 'alternating', restSeconds: 30 };
const bridge: RepsDose = { kind: 'reps', reps: 10, holdSeconds: 2, secondsPerRep: 4, sets: 2, sides: 'none', restSeconds: 20 };
const hamstring: HoldDose = { kind: 'hold', holdSeconds: 20, sets: 2, sides: 'each', restSeconds: 10 };

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
      name: 'flare since the last session: two steps back, even after two easy',
      over: { history: sessions('easy', 'easy'), flareDays: ['2026-03-05'], current: 35 },
      amount: 25, reason: 'flare',
    },
    {
      name: 'flare on the day of the last session counts',
      over: { history: sessions('easy', 'easy'), flareDays: ['2026-03-03'], current: 35 },
      amount: 25, reason: 'flare',
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
    { name: 'never above the ceiling, and says it is at the most', over: { history: sessions('easy', 'easy'), current: 60 }, amount: 60, reason: 'at-most' },
    { name: 'a step that would pass the ceiling stops at it', over: { history: sessions('easy', 'easy'), current: 58 }, amount: 60, reason: 'easy-twice' },
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
    // The flare takes two steps back (35 → 25); easy, easy then climbs one step again.
    expect(used).toEqual([30, 35, 35, 40, 40, 35, 25, 25, 30]);
  });
});

describe('nextDose for reps on one side (glute bridge: base 10, step 1)', () => {
  const reps = (over: Partial<NextDoseInput>) => nextDose(input({ exerciseId: 'glute-bridge', base: bridge, ceiling: 15, ...over }));

  it('steps one rep at a time, within floor 8 and ceiling 15', () => {
    expect(reps({ history: sessions('easy', 'easy') })).toBe(11);
    expect(reps({ history: sessions('hard'), current: 8 })).toBe(8);
    expect(reps({ history: sessions('easy', 'easy'), current: 15 })).toBe(15);
  });
});

describe('doseFloor', () => {
  it.each([
    { dose: plank, floor: 20 },
    { dose: { ...plank, holdSeconds: 10 }, floor: 5 },
    { dose: { ...plank, holdSeconds: 5 }, floor: 5 },
    { dose: bridge, floor: 8 },
    { dose: { ...bridge, reps: 2 }, floor: 1 },
    // Alternating sides step by 2: two steps under 6 is 2, and never below one each side.
    { dose: birdDog, floor: 2 },
    { dose: { ...birdDog, reps: 8 }, floor: 4 },
    { dose: { ...birdDog, reps: 2 }, floor: 2 },
  ])('$dose.kind $dose.holdSeconds/$dose.reps → $floor', ({ dose, floor }) => {
    expect(doseFloor(dose)).toBe(floor);
  });
});

describe('stretch holds cap at 30 s (hamstring stretch: base 20 s, step 5)', () => {
  const stretch = (over: Partial<NextDoseInput>) => input({ exerciseId: 'hamstring-lying-strap', base: hamstring, ceiling: 60, stretch: true, ...over });
  const cases: { name: string; over: Partial<NextDoseInput>; amount: number; reason: DoseReason }[] = [
    { name: 'easy, easy from 25: up to 30', over: { history: sessions('easy', 'easy'), current: 25 }, amount: 30, reason: 'easy-twice' },
    { name: 'easy, easy from 30: stays at 30 though the ceiling says 60', over: { history: sessions('easy', 'easy'), current: 30 }, amount: 30, reason: 'at-most' },
    { name: 'an old 45 s from before the cap comes down to 30', over: { history: sessions('right'), current: 45 }, amount: 30, reason: 'steady' },
    { name: 'a pinned 45 s is held to 30', over: { pinned: 45 }, amount: 30, reason: 'pinned' },
    { name: 'a pinned 25 s stays', over: { pinned: 25 }, amount: 25, reason: 'pinned' },
    { name: 'a lower ceiling still wins', over: { history: sessions('easy', 'easy'), current: 25, ceiling: 25 }, amount: 25, reason: 'at-most' },
  ];
  it.each(cases)('$name → $amount', ({ over, amount, reason }) => {
    expect(doseDecision(stretch(over))).toEqual({ amount, reason });
  });

  it.each([
    { name: 'not a stretch: a hold may pass 30 s', stretch: false, amount: 35 },
    { name: 'a stretch: it may not', stretch: true, amount: 30 },
  ])('$name', ({ stretch: isStretch, amount }) => {
    expect(nextDose(input({ base: hamstring, ceiling: 60, stretch: isStretch, history: sessions('easy', 'easy'), current: 30 }))).toBe(amount);
  });

  it.each([
    { base: hamstring, ceiling: 60, stretch: true, expected: STRETCH_HOLD_CAP },
    { base: hamstring, ceiling: 25, stretch: true, expected: 25 },
    { base: plank, ceiling: 60, stretch: false, expected: 60 },
    { base: bridge, ceiling: 15, stretch: true, expected: 15 },
  ])('doseCeiling($base.kind, $ceiling, stretch $stretch) → $expected', ({ base, ceiling, stretch: isStretch, expected }) => {
    expect(doseCeiling(base, ceiling, isStretch)).toBe(expected);
  });
});

describe('alternating sides step by 2 (bird-dog: base 6, floor 2, ceiling 10)', () => {
  const alt = (over: Partial<NextDoseInput>) => input({ exerciseId: 'bird-dog', base: birdDog, ceiling: 10, ...over });
  const cases: { name: string; over: Partial<NextDoseInput>; amount: number; reason: DoseReason }[] = [
    { name: 'easy, easy: 6 → 8', over: { history: sessions('easy', 'easy') }, amount: 8, reason: 'easy-twice' },
    { name: 'hard: 8 → 6', over: { history: sessions('hard'), current: 8 }, amount: 6, reason: 'hard' },
    { name: 'flare: two steps, 8 → 4', over: { history: sessions('right'), flareDays: ['2026-03-04'], current: 8 }, amount: 4, reason: 'flare' },
    { name: 'flare: never below the floor of 2', over: { history: sessions('right'), flareDays: ['2026-03-04'], current: 4 }, amount: 2, reason: 'flare' },
    { name: 'never above the ceiling of 10', over: { history: sessions('easy', 'easy'), current: 10 }, amount: 10, reason: 'at-most' },
    { name: 'an odd ceiling rounds down to even', over: { history: sessions('easy', 'easy'), current: 10, ceiling: 11 }, amount: 10, reason: 'at-most' },
    { name: 'an odd amount from the old one-rep steps rounds down', over: { history: sessions('right'), current: 7 }, amount: 6, reason: 'steady' },
    { name: 'an odd pin rounds down too', over: { pinned: 9 }, amount: 8, reason: 'pinned' },
  ];
  it.each(cases)('$name → $amount', ({ over, amount, reason }) => {
    const decision = doseDecision(alt(over));
    expect(decision).toEqual({ amount, reason });
    expect(decision.amount % 2).toBe(0);
  });
});

describe('an easy session raises only the exercises not skipped in it', () => {
  const skippedOn = (entries: DoseHistoryEntry[], i: number): DoseHistoryEntry[] =>
    entries.map((e, j) => (j === i ? { ...e, skipped: true } : e));
  const cases: { name: string; history: DoseHistoryEntry[]; amount: number; reason: DoseReason }[] = [
    { name: 'easy, easy, both done: up', history: sessions('easy', 'easy'), amount: 35, reason: 'easy-twice' },
    { name: 'easy, easy but skipped in the second: stays', history: skippedOn(sessions('easy', 'easy'), 1), amount: 30, reason: 'steady' },
    { name: 'easy, easy but skipped in the first: stays', history: skippedOn(sessions('easy', 'easy'), 0), amount: 30, reason: 'steady' },
    { name: 'skipped, then easy, easy done: up', history: skippedOn(sessions('easy', 'easy', 'easy'), 0), amount: 35, reason: 'easy-twice' },
    { name: 'skipped in a hard session: still back a step', history: skippedOn(sessions('hard'), 0), amount: 25, reason: 'hard' },
  ];
  it.each(cases)('$name → $amount', ({ history, amount, reason }) => {
    expect(doseDecision(input({ history }))).toEqual({ amount, reason });
  });
});

describe('an exercise rated too hard steps back one, whatever the session felt like', () => {
  const tooHardOn = (entries: DoseHistoryEntry[], i: number): DoseHistoryEntry[] =>
    entries.map((e, j) => (j === i ? { ...e, tooHard: true } : e));
  const cases: { name: string; over: Partial<NextDoseInput>; amount: number; reason: DoseReason }[] = [
    { name: 'easy, easy, but this one too hard: back, not up', over: { history: tooHardOn(sessions('easy', 'easy'), 1), current: 35 }, amount: 30, reason: 'too-hard' },
    { name: 'right, this one too hard: back one', over: { history: tooHardOn(sessions('right'), 0) }, amount: 25, reason: 'too-hard' },
    { name: 'hard and too hard: one step, not two', over: { history: tooHardOn(sessions('hard'), 0) }, amount: 25, reason: 'too-hard' },
    { name: 'within the floor', over: { history: tooHardOn(sessions('right'), 0), current: 20 }, amount: 20, reason: 'too-hard' },
    { name: 'a flare still takes two steps', over: { history: tooHardOn(sessions('right'), 0), flareDays: ['2026-03-02'], current: 35 }, amount: 25, reason: 'flare' },
    { name: 'too hard earlier breaks the easy run', over: { history: tooHardOn(sessions('easy', 'easy', 'easy'), 1) }, amount: 30, reason: 'steady' },
    { name: 'a later session without the rating follows its effort', over: { history: tooHardOn(sessions('easy', 'easy', 'easy'), 0) }, amount: 35, reason: 'easy-twice' },
  ];
  it.each(cases)('$name → $amount', ({ over, amount, reason }) => {
    expect(doseDecision(input(over))).toEqual({ amount, reason });
  });
});

describe('a flare day steps back two steps', () => {
  it.each([
    { name: 'plank 40 → 30', base: plank, current: 40, amount: 30 },
    { name: 'plank 25 → floor 20', base: plank, current: 25, amount: 20 },
    { name: 'bridge 12 → 10', base: bridge, current: 12, amount: 10 },
    { name: 'bird-dog 10 → 6', base: birdDog as RepsDose | HoldDose, current: 10, amount: 6 },
  ])('$name', ({ base, current, amount }) => {
    const decision = doseDecision(input({ base, ceiling: 60, history: [{ day: '2026-05-04', effort: 'easy' }], flareDays: ['2026-05-05'], current }));
    expect(decision).toEqual({ amount, reason: 'flare' });
  });

  it('a flare before the last session no longer counts', () => {
    expect(doseDecision(input({ history: [{ day: '2026-05-06', effort: 'right' }], flareDays: ['2026-05-05'], current: 30 }))).toEqual({ amount: 30, reason: 'steady' });
  });
});
