// An exercise marked `progresses: false` (the lean-forward rest, held until it settles) keeps
// its content dose whatever the history says; only the person's own pin changes it.
import { describe, expect, it } from 'vitest';
import { exercises, getExercise } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import type { DayMark, SessionRecord } from '@/lib/model';
import { doseOverrides, nextDoses } from '@/lib/schedule';
import { buildExerciseResult, buildSession } from '../../fixtures/records';

const lean = getExercise('lean-forward-rest') as Exercise;
const base = lean.dose.kind === 'hold' ? lean.dose.holdSeconds : 0;

function session(day: string, effort: SessionRecord['effort']): SessionRecord {
  return buildSession({
    id: day,
    routineId: 'mid-walk-reset',
    startedAt: 0,
    endedAt: 0,
    day,
    results: [buildExerciseResult({ exerciseId: 'lean-forward-rest', planned: base, done: base })],
    ...(effort ? { effort } : {}),
  });
}

describe('a never-progressed exercise', () => {
  it('is the lean-forward rest, and only rests are marked so', () => {
    expect(lean.progresses).toBe(false);
    expect(exercises.filter((e: Exercise) => e.progresses === false).map((e) => e.id)).toEqual(['lean-forward-rest']);
  });

  it.each([
    ['easy, easy', [session('2026-11-01', 'easy'), session('2026-11-02', 'easy')], []],
    ['hard', [session('2026-11-02', 'hard')], []],
    ['a flare since', [session('2026-11-02', 'right')], [{ day: '2026-11-03', kind: 'flare', at: 0 } as DayMark]],
  ] as const)('stays at its base dose after %s', (_name, sessions, marks) => {
    const decisions = nextDoses([lean], sessions, marks, [{ exerciseId: lean.id, amount: base + 10, pinned: false, updatedAt: 0 }]);
    expect(decisions.get(lean.id)?.amount).toBe(base);
    expect(doseOverrides([lean], decisions)).toEqual({});
  });

  it('still follows an amount the person pinned', () => {
    const decisions = nextDoses([lean], [], [], [{ exerciseId: lean.id, amount: base - 5, pinned: true, updatedAt: 0 }]);
    expect(decisions.get(lean.id)).toEqual({ amount: base - 5, reason: 'pinned' });
  });
});
