import { describe, expect, it } from 'vitest';
import { getExercise } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import type { DayMark, DoseState, Effort, SessionRecord } from '@/lib/db/types';
import { doseOverrides, nextDoses, withAmount } from '@/lib/schedule';

const plank = getExercise('forearm-plank') as Exercise;
const birdDog = getExercise('bird-dog') as Exercise;

function session(day: string, effort?: Effort, tightness?: number): SessionRecord {
  return {
    id: day,
    routineId: 'core',
    startedAt: 0,
    endedAt: 0,
    day,
    completed: true,
    source: 'player',
    results: [{ exerciseId: 'forearm-plank', side: null, unit: 'seconds', planned: 60, done: 60, skipped: false }],
    ...(effort ? { effort } : {}),
    ...(tightness !== undefined ? { tightness } : {}),
  };
}

const used = (amount: number): DoseState => ({ exerciseId: 'forearm-plank', amount, pinned: false, updatedAt: 0 });
const base = plank.dose.kind === 'hold' ? plank.dose.holdSeconds : 0;

describe('nextDoses', () => {
  it.each([
    ['no history', [], [], [], base],
    ['easy, easy → one step up', [session('2026-11-01', 'easy'), session('2026-11-02', 'easy')], [], [used(base)], base + 5],
    ['hard → one step back', [session('2026-11-01', 'easy'), session('2026-11-02', 'hard')], [], [used(base + 5)], base],
    ['tight after → back off', [session('2026-11-02', 'right', 8)], [], [used(base + 5)], base],
    ['flare since → back off', [session('2026-11-02', 'right')], [{ day: '2026-11-03', kind: 'flare', at: 0 } as DayMark], [used(base + 5)], base],
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
