// The time a routine page promises is the time the player actually plans.
import { describe, expect, it } from 'vitest';
import { getExercise, routines, routineSeconds } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import { planSession } from '@/lib/timer';

describe('routine time and the player agree', () => {
  it.each(routines.map((r) => [r.id, r] as const))('%s', (_id, routine) => {
    const list = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
    const plannedMs = planSession(routine, list).reduce((sum, p) => sum + p.plannedMs, 0);
    expect(plannedMs / 1000).toBeCloseTo(routineSeconds(routine), 0);
  });
});
