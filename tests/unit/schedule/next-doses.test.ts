import { describe, expect, it } from 'vitest';
import { getExercise, getRoutine, routineSeconds } from '@/lib/content';
import type { Exercise, Routine } from '@/lib/content/types';
import { planSession } from '@/lib/timer/plan';
import type { DayMark, DoseState, Effort, SessionRecord } from '@/lib/model';
import { doseChange, doseOverrides, nextDoses, nextRoutine, withAmount } from '@/lib/schedule';
import { buildExerciseResult, buildSession } from '../../fixtures/records';

const plank = getExercise('forearm-plank') as Exercise;
const birdDog = getExercise('bird-dog') as Exercise;
const strap = getExercise('hamstring-lying-strap') as Exercise;

function session(day: string, effort?: Effort, tightness?: number): SessionRecord {
  return buildSession({
    id: day,
    routineId: 'core',
    startedAt: 0,
    endedAt: 0,
    day,
    results: [buildExerciseResult({ exerciseId: 'forearm-plank', planned: 60, done: 60 })],
    ...(effort ? { effort } : {}),
    ...(tightness !== undefined ? { tightness } : {}),
  });
}

const used = (amount: number): DoseState => ({ exerciseId: 'forearm-plank', amount, pinned: false, updatedAt: 0 });
const base = plank.dose.kind === 'hold' ? plank.dose.holdSeconds : 0;

describe('nextDoses', () => {
  it.each([
    ['no history', [], [], [], base],
    ['easy, easy → one step up', [session('2026-11-01', 'easy'), session('2026-11-02', 'easy')], [], [used(base)], base + 5],
    ['hard → one step back', [session('2026-11-01', 'easy'), session('2026-11-02', 'hard')], [], [used(base + 5)], base],
    ['tight after → back off', [session('2026-11-02', 'right', 8)], [], [used(base + 5)], base],
    ['flare since → two steps back', [session('2026-11-02', 'right')], [{ day: '2026-11-03', kind: 'flare', at: 0 } as DayMark], [used(base + 5)], base - 5],
    ['pinned wins', [session('2026-11-01', 'easy'), session('2026-11-02', 'easy')], [], [{ ...used(42), pinned: true }], 42],
    ['never above the ceiling', [session('2026-11-01', 'easy'), session('2026-11-02', 'easy')], [], [used(plank.ceiling)], plank.ceiling],
  ] as const)('%s', (_name, sessions, marks, states, expected) => {
    expect(nextDoses([plank], sessions, marks, states).get('forearm-plank')?.amount).toBe(expected);
  });

  it('overrides only the doses that changed', () => {
    const decisions = nextDoses([plank, birdDog], [session('2026-11-01', 'easy'), session('2026-11-02', 'easy')], [], [used(base)]);
    expect(doseOverrides([plank, birdDog], decisions)).toEqual({ 'forearm-plank': withAmount(plank.dose, base + 5) });
  });
});

describe('nextDoses reads skips and "too hard" from each session', () => {
  const result = (exerciseId: string, skipped = false) => ({ exerciseId, side: null, unit: 'seconds' as const, planned: 20, done: skipped ? 0 : 20, skipped });
  const both = (day: string, over: Partial<SessionRecord> = {}): SessionRecord => ({
    ...session(day, 'easy'),
    results: [result('forearm-plank'), { ...result('bird-dog'), unit: 'reps', planned: 8, done: 8 }],
    ...over,
  });
  const amounts = (sessions: SessionRecord[]) => {
    const decisions = nextDoses([plank, birdDog], sessions, [], []);
    return { plank: decisions.get('forearm-plank'), birdDog: decisions.get('bird-dog') };
  };

  it('an easy session raises only the exercise not skipped in it', () => {
    const sessions = [both('2026-11-01'), both('2026-11-02', { results: [result('forearm-plank', true), { ...result('bird-dog'), unit: 'reps' }] })];
    expect(amounts(sessions)).toEqual({ plank: { amount: base, reason: 'steady' }, birdDog: { amount: 10, reason: 'easy-twice' } });
  });

  it('a skip on one side counts as skipped', () => {
    const strapBase = 30;
    const sides = [{ ...result('hamstring-lying-strap'), side: 'left' as const }, { ...result('hamstring-lying-strap', true), side: 'right' as const }];
    const decisions = nextDoses([strap], [both('2026-11-01', { results: sides.slice(0, 1) }), both('2026-11-02', { results: sides })], [], [
      { exerciseId: 'hamstring-lying-strap', amount: strapBase - 5, pinned: false, updatedAt: 0 },
    ]);
    expect(decisions.get('hamstring-lying-strap')).toEqual({ amount: strapBase - 5, reason: 'steady' });
  });

  it('the exercise rated too hard steps back; the others follow the easy rating', () => {
    const sessions = [both('2026-11-01'), both('2026-11-02', { tooHard: ['bird-dog'] })];
    expect(amounts(sessions)).toEqual({ plank: { amount: base + 5, reason: 'easy-twice' }, birdDog: { amount: 6, reason: 'too-hard' } });
  });

  it('a "too hard" on a session ended early still counts, for that exercise only', () => {
    const sessions = [both('2026-11-01'), both('2026-11-02'), both('2026-11-03', { completed: false, tooHard: ['forearm-plank'] })];
    expect(amounts(sessions)).toEqual({ plank: { amount: base - 5, reason: 'too-hard' }, birdDog: { amount: 10, reason: 'easy-twice' } });
  });

  it('old records without skips or ratings progress as before', () => {
    expect(amounts([session('2026-11-01', 'easy'), session('2026-11-02', 'easy')]).plank).toEqual({ amount: base + 5, reason: 'easy-twice' });
  });

  it('a stretch whose stored dose predates the 30 s cap comes down to 30', () => {
    const decisions = nextDoses([strap], [], [], [{ exerciseId: 'hamstring-lying-strap', amount: 45, pinned: false, updatedAt: 0 }]);
    expect(decisions.get('hamstring-lying-strap')).toEqual({ amount: 30, reason: 'no-history' });
  });
});

describe('nextRoutine: what the next session of a routine will use', () => {
  const core = getRoutine('core') as Routine;
  const easyTwice = [session('2026-11-01', 'easy'), session('2026-11-02', 'easy')];

  it('is the routine as written when nothing progressed', () => {
    const next = nextRoutine(core, nextDoses([plank], [], [], []));
    expect(next.seconds).toBe(routineSeconds(core));
    expect(next.change).toBeNull();
    expect(next.doses.every((d) => d.change === null)).toBe(true);
    expect(nextRoutine(core, undefined)).toEqual(next);
  });

  it('quotes the progressed dose, "up from" the start, and the longer total the player will plan', () => {
    const decisions = nextDoses([plank], easyTwice, [], [used(base)]);
    const next = nextRoutine(core, decisions);
    const plankDose = next.doses.find((d) => d.exercise.id === 'forearm-plank');
    expect(plankDose?.dose).toEqual(withAmount(plank.dose, base + 5));
    expect(plankDose?.change).toBe(`up from ${base} s`);
    const overrides = doseOverrides([plank], decisions);
    const list = core.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
    const plannedMs = planSession(core, list, overrides).reduce((sum, p) => sum + p.plannedMs, 0);
    expect(plannedMs / 1000).toBeCloseTo(next.seconds, 0);
    expect(next.seconds).toBeGreaterThan(routineSeconds(core));
  });

  it.each([
    { base: withAmount(plank.dose, 30), amount: 40, words: 'up from 30 s' },
    { base: withAmount(plank.dose, 30), amount: 25, words: 'down from 30 s' },
    { base: withAmount(birdDog.dose, 8), amount: 10, words: 'up from 8 reps' },
    { base: withAmount(birdDog.dose, 8), amount: 8, words: null },
  ])('doseChange → $words', ({ base, amount, words }) => {
    expect(doseChange(base, amount)).toBe(words);
  });
});
