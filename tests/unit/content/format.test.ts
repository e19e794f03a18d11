import { describe, expect, it } from 'vitest';
import { exerciseIds, exercises, formatDose, formatDuration, getExercise, getRoutine, routineIds, routines } from '@/lib/content';
import type { Dose } from '@/lib/content/types';

describe('formatDose', () => {
  it.each<[Dose, string]>([
    [{ kind: 'hold', holdSeconds: 30, sets: 3, sides: 'none', restSeconds: 20 }, '3 × 30 s hold'],
    [{ kind: 'hold', holdSeconds: 30, sets: 2, sides: 'each', restSeconds: 10 }, '2 × 30 s hold, each side'],
    [{ kind: 'hold', holdSeconds: 12, sets: 1, sides: 'each', restSeconds: 5 }, '12 s hold, each side'],
    [
      { kind: 'reps', reps: 8, holdSeconds: 3, secondsPerRep: 5, sets: 2, sides: 'alternating', restSeconds: 20 },
      '2 × 8 reps, alternating sides, 3 s hold',
    ],
    [{ kind: 'reps', reps: 10, holdSeconds: 0, secondsPerRep: 3, sets: 2, sides: 'each', restSeconds: 20 }, '2 × 10 reps, each side'],
    [{ kind: 'reps', reps: 1, holdSeconds: 0, secondsPerRep: 3, sets: 1, sides: 'none', restSeconds: 0 }, '1 rep'],
    [{ kind: 'hold', holdSeconds: 45, sets: 1, sides: 'none', restSeconds: 5, untilSettled: true }, 'until it settles, up to 45 s'],
  ])('%o → %s', (dose, text) => {
    expect(formatDose(dose)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [75, '75 s'],
    [89, '89 s'],
    [90, 'about 2 min'],
    [105, 'about 2 min'],
    [600, 'about 10 min'],
    [615, 'about 10 min'],
    [659, 'about 11 min'],
    [-5, '0 s'],
    [Number.NaN, '0 s'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('lookups', () => {
  it('find every exercise and routine by id', () => {
    for (const e of exercises) expect(getExercise(e.id)).toBe(e);
    for (const r of routines) expect(getRoutine(r.id)).toBe(r);
  });

  it.each(['', 'plank', 'Bird-Dog', 'toString', '__proto__'])('return undefined for unknown id %j', (id) => {
    expect(getExercise(id)).toBeUndefined();
    expect(getRoutine(id)).toBeUndefined();
  });

  it('list ids in content order', () => {
    expect(exerciseIds).toEqual(exercises.map((e) => e.id));
    expect(routineIds).toEqual(routines.map((r) => r.id));
  });
});
