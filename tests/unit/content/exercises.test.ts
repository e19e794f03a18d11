import { describe, expect, it } from 'vitest';
import { exerciseIds, exercises } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids other parts of the app (routines, relief, history) depend on. They must never vanish. */
const SHIPPED_IDS = [
  'forearm-plank',
  'bird-dog',
  'half-kneeling-hip-flexor',
  'hamstring-lying-strap',
  'hamstring-standing-step',
  'knees-to-chest',
  'seated-forward-fold',
  'glute-bridge',
  'standing-hip-flexor',
  'lean-forward-rest',
];

const table = exercises.map((e): [string, Exercise] => [e.id, e]);

function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0).length;
}

describe('exercise ids', () => {
  it('are unique', () => {
    expect(new Set(exerciseIds).size).toBe(exerciseIds.length);
  });

  it('are kebab-case', () => {
    for (const id of exerciseIds) expect(id).toMatch(KEBAB_CASE);
  });

  it.each(SHIPPED_IDS)('still include %s', (id) => {
    expect(exerciseIds).toContain(id);
  });
});

describe.each(table)('%s', (_id, e) => {
  it('has its words filled in', () => {
    for (const text of [e.name, e.summary, e.why, e.setup, e.figureAlt, e.easier.name, e.easier.how, e.harder.name, e.harder.how]) {
      expect(text.trim()).not.toBe('');
    }
    for (const list of [e.steps, e.cues, e.mistakes, e.stopIf]) {
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(item.trim()).not.toBe('');
    }
  });

  it('has 3 to 6 numbered steps', () => {
    expect(e.steps.length).toBeGreaterThanOrEqual(3);
    expect(e.steps.length).toBeLessThanOrEqual(6);
  });

  it('explains why in one or two sentences', () => {
    expect(sentences(e.why)).toBeGreaterThanOrEqual(1);
    expect(sentences(e.why)).toBeLessThanOrEqual(2);
  });

  it('has a dose inside safe bounds', () => {
    const { dose } = e;
    expect(Number.isInteger(dose.sets)).toBe(true);
    expect(dose.sets).toBeGreaterThanOrEqual(1);
    expect(dose.restSeconds).toBeGreaterThanOrEqual(0);
    expect(dose.restSeconds).toBeLessThanOrEqual(120);
    if (dose.kind === 'hold') {
      expect(dose.holdSeconds).toBeGreaterThanOrEqual(5);
      expect(dose.holdSeconds).toBeLessThanOrEqual(120);
    } else {
      expect(Number.isInteger(dose.reps)).toBe(true);
      expect(dose.reps).toBeGreaterThanOrEqual(1);
      expect(dose.reps).toBeLessThanOrEqual(30);
      expect(dose.holdSeconds).toBeGreaterThanOrEqual(0);
      // A rep has to fit its own hold, plus a moment to move.
      expect(dose.secondsPerRep).toBeGreaterThan(dose.holdSeconds);
    }
  });

  it('has a ceiling at or above the default and inside the same bounds', () => {
    const { dose } = e;
    if (dose.kind === 'hold') {
      expect(e.ceiling).toBeGreaterThanOrEqual(dose.holdSeconds);
      expect(e.ceiling).toBeLessThanOrEqual(120);
    } else {
      expect(e.ceiling).toBeGreaterThanOrEqual(dose.reps);
      expect(e.ceiling).toBeLessThanOrEqual(30);
    }
  });

  it('has at least two key poses, each with a short label', () => {
    expect(e.poses.length).toBeGreaterThanOrEqual(2);
    expect(e.poseLabels).toHaveLength(e.poses.length);
    for (const label of e.poseLabels) {
      expect(label.trim()).not.toBe('');
      expect(label.length).toBeLessThanOrEqual(40);
    }
  });

  it('loops its figure at a calm pace', () => {
    expect(e.loopSeconds).toBeGreaterThanOrEqual(2);
    expect(e.loopSeconds).toBeLessThanOrEqual(12);
  });

  it('names easier and harder variations that differ', () => {
    expect(e.easier.name).not.toBe(e.harder.name);
  });
});

describe('mid-walk exercises', () => {
  it.each(['standing-hip-flexor', 'hamstring-standing-step', 'lean-forward-rest'])('%s needs no floor', (id) => {
    expect(exercises.find((e) => e.id === id)?.needsFloor).toBe(false);
  });

  it.each(['forearm-plank', 'bird-dog', 'knees-to-chest', 'glute-bridge'])('%s is marked as a floor exercise', (id) => {
    expect(exercises.find((e) => e.id === id)?.needsFloor).toBe(true);
  });
});
