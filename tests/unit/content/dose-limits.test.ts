// Content limits that progression relies on: a stretch never asks for more than 30 s a hold,
// and reps alternating left and right stay even so both sides get the same count.
import { describe, expect, it } from 'vitest';
import { exercises } from '@/lib/content';
import type { Exercise, ExerciseKind } from '@/lib/content/types';
import { doseFloor, isAlternatingReps, STRETCH_HOLD_CAP } from '@/lib/schedule/progression';

const table = exercises.map((e): [string, Exercise] => [e.id, e]);

describe('what each exercise is for', () => {
  it.each<[string, ExerciseKind]>([
    ['forearm-plank', 'strength'],
    ['bird-dog', 'strength'],
    ['glute-bridge', 'strength'],
    ['half-kneeling-hip-flexor', 'stretch'],
    ['hamstring-lying-strap', 'stretch'],
    ['hamstring-standing-step', 'stretch'],
    ['knees-to-chest', 'stretch'],
    ['seated-forward-fold', 'stretch'],
    ['standing-hip-flexor', 'stretch'],
    ['lean-forward-rest', 'relief'],
  ])('%s is %s', (id, kind) => {
    expect(exercises.find((e) => e.id === id)?.kind).toBe(kind);
  });
});

describe.each(table.filter(([, e]) => e.kind === 'stretch'))('%s, a stretch,', (_id, e) => {
  it(`holds for ${STRETCH_HOLD_CAP} s at most, from the start and at its ceiling`, () => {
    expect(e.dose.kind).toBe('hold');
    expect(e.dose.holdSeconds).toBeLessThanOrEqual(STRETCH_HOLD_CAP);
    expect(e.ceiling).toBeLessThanOrEqual(STRETCH_HOLD_CAP);
  });
});

describe.each(table.filter(([, e]) => isAlternatingReps(e.dose)))('%s, reps alternating sides,', (_id, e) => {
  it('has an even base, floor and ceiling, so left and right match', () => {
    const reps = e.dose.kind === 'reps' ? e.dose.reps : Number.NaN;
    expect(reps % 2).toBe(0);
    expect(doseFloor(e.dose) % 2).toBe(0);
    expect(e.ceiling % 2).toBe(0);
  });
});

it('at least one exercise alternates sides, so the even-sides check above runs', () => {
  expect(table.some(([, e]) => isAlternatingReps(e.dose))).toBe(true);
});
