import { describe, expect, it } from 'vitest';
import { exercises, getExercise, routineIds, routineSeconds, routines, transitionsFor, unplacedExercises, type Exercise } from '@/lib/content';
import type { Routine } from '@/lib/content/types';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SHIPPED_IDS = ['core', 'core-glutes', 'hip-flexors', 'hamstrings', 'quick-reset', 'walk-ready', 'mid-walk-reset'];

const table = routines.map((r): [string, Routine] => [r.id, r]);

function routine(id: string): Routine {
  const r = routines.find((x) => x.id === id);
  if (!r) throw new Error(`missing routine ${id}`);
  return r;
}

describe('routine ids', () => {
  it('are unique and kebab-case', () => {
    expect(new Set(routineIds).size).toBe(routineIds.length);
    for (const id of routineIds) expect(id).toMatch(KEBAB_CASE);
  });

  it.each(SHIPPED_IDS)('still include %s', (id) => {
    expect(routineIds).toContain(id);
  });
});

describe.each(table)('%s', (_id, r) => {
  it('names only exercises that exist', () => {
    expect(r.exerciseIds.length).toBeGreaterThan(0);
    for (const id of r.exerciseIds) expect(getExercise(id), id).toBeDefined();
  });

  it('has a name, an intent, a known position for every exercise and sensible transition times', () => {
    expect(r.name.trim()).not.toBe('');
    expect(r.intent.trim()).not.toBe('');
    const list = r.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
    expect(unplacedExercises(list)).toEqual([]);
    for (const t of transitionsFor(list)) {
      expect(t.prepareSeconds).toBeGreaterThanOrEqual(5);
      expect(t.prepareSeconds).toBeLessThanOrEqual(15);
      expect(t.switchSeconds).toBeGreaterThanOrEqual(5);
      expect(t.switchSeconds).toBeLessThanOrEqual(15);
    }
  });

  it('takes a positive, finite time', () => {
    const seconds = routineSeconds(r);
    expect(Number.isFinite(seconds)).toBe(true);
    expect(seconds).toBeGreaterThan(0);
  });
});

describe('routines built around a promise', () => {
  it('walk-ready takes about ten minutes (8 to 12)', () => {
    const seconds = routineSeconds(routine('walk-ready'));
    expect(seconds).toBeGreaterThanOrEqual(8 * 60);
    expect(seconds).toBeLessThanOrEqual(12 * 60);
  });

  it('walk-ready covers core, glutes, hip flexors and hamstrings', () => {
    const ids = routine('walk-ready').exerciseIds;
    expect(ids).toEqual(expect.arrayContaining(['bird-dog', 'glute-bridge', 'half-kneeling-hip-flexor', 'hamstring-lying-strap']));
  });

  it('mid-walk-reset takes about two minutes at most, its rest included', () => {
    // The lean-forward rest lasts until it settles: its longest wait counts, so this is the
    // most the reset takes (5 s to get into each standing move, 10 s to find a step).
    const seconds = routineSeconds(routine('mid-walk-reset'));
    expect(seconds).toBeGreaterThanOrEqual(60);
    expect(seconds).toBeLessThanOrEqual(150);
  });

  it('mid-walk-reset never needs the floor', () => {
    for (const id of routine('mid-walk-reset').exerciseIds) expect(getExercise(id)?.needsFloor, id).toBe(false);
  });

  it('quick-reset is knees-to-chest then the seated forward fold', () => {
    expect(routine('quick-reset').exerciseIds).toEqual(['knees-to-chest', 'seated-forward-fold']);
  });

  it('every exercise appears in at least one routine', () => {
    const used = new Set(routines.flatMap((r) => r.exerciseIds));
    for (const e of exercises) expect(used.has(e.id), e.id).toBe(true);
  });
});
