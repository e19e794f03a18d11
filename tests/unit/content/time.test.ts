import { describe, expect, it } from 'vitest';
import { exerciseSeconds, routineSeconds } from '@/lib/content/time';
import type { Dose, Exercise, Routine } from '@/lib/content/types';

/** A fixture exercise: only the dose matters for timing. */
function exercise(id: string, dose: Dose): Exercise {
  return {
    id,
    name: id,
    summary: '',
    why: '',
    setup: '',
    steps: [],
    cues: [],
    mistakes: [],
    kind: 'strength',
    dose,
    ceiling: 0,
    easier: { name: '', how: '' },
    harder: { name: '', how: '' },
    stopIf: [],
    needsFloor: true,
    position: 'lying',
    props: [],
    poses: [],
    poseLabels: [],
    figureAlt: '',
    loopSeconds: 1,
  };
}

function routine(exerciseIds: string[], prepareSeconds: number, switchSeconds: number): Routine {
  return { id: 'r', name: 'r', intent: '', exerciseIds, prepareSeconds, switchSeconds };
}

const hold = (holdSeconds: number, sets: number, sides: Dose['sides'], restSeconds: number): Dose => ({
  kind: 'hold',
  holdSeconds,
  sets,
  sides,
  restSeconds,
});

const reps = (
  n: number,
  holdSeconds: number,
  secondsPerRep: number,
  sets: number,
  sides: Dose['sides'],
  restSeconds: number,
): Dose => ({
  kind: 'reps',
  reps: n,
  holdSeconds,
  secondsPerRep,
  sets,
  sides,
  restSeconds,
});

describe('exerciseSeconds', () => {
  // prepare + runs × (sets × work + (sets − 1) × rest) + (each ? switch : 0), worked by hand.
  it.each([
    ['one hold', hold(30, 1, 'none', 10), 5, 5, 5 + 30],
    ['rest only between sets', hold(20, 3, 'none', 20), 5, 5, 5 + 3 * 20 + 2 * 20],
    ['each side: all sets on one side, one switch, then the other', hold(30, 2, 'each', 10), 5, 5, 5 + (60 + 10) + 5 + (60 + 10)],
    ['an alternating hold is held on both sides every set', hold(10, 2, 'alternating', 15), 5, 5, 5 + 2 * 20 + 15],
    ['alternating reps count in total, no switch', reps(8, 3, 5, 2, 'alternating', 20), 5, 5, 5 + 2 * 40 + 20],
    ['reps on each side', reps(10, 2, 4, 2, 'each', 15), 5, 3, 5 + (80 + 15) + 3 + (80 + 15)],
    ['a rep is never shorter than its hold', reps(4, 6, 2, 1, 'none', 0), 0, 0, 4 * 6],
    ['short one-set stretch each side', hold(12, 1, 'each', 5), 3, 2, 3 + 12 + 2 + 12],
    ['no prepare, no switch time', reps(6, 0, 3, 1, 'none', 30), 0, 0, 18],
    ['switch time ignored when sides = none', hold(15, 2, 'none', 10), 4, 99, 4 + 15 + 10 + 15],
  ] as const)('%s', (_name, dose, prepare, switchTime, expected) => {
    expect(exerciseSeconds(exercise('x', dose), prepare, switchTime)).toBe(expected);
  });
});

describe('routineSeconds', () => {
  const library = [
    exercise('plank', hold(20, 3, 'none', 20)), // 105 at prepare 5
    exercise('stretch', hold(30, 2, 'each', 10)), // 150 at prepare 5, switch 5
    exercise('lunge', hold(12, 1, 'each', 5)), // 29 at prepare 3, switch 2
    exercise('lean', hold(15, 1, 'none', 5)), // 18 at prepare 3
    exercise('long-rest', hold(10, 2, 'none', 30)), // 50 with no prepare
  ];

  it.each([
    ['a single exercise', ['plank'], 5, 5, 105],
    ['exercises add up; the next prepare is the break between them', ['plank', 'stretch'], 5, 5, 105 + 150],
    ['three standing moves', ['lunge', 'lunge', 'lean'], 3, 2, 29 + 29 + 18],
    ['no rest after an exercise’s last set, wherever it comes', ['long-rest', 'long-rest'], 0, 0, 50 + 50],
    ['an empty routine takes no time', [], 5, 5, 0],
  ] as const)('%s', (_name, ids, prepare, switchTime, expected) => {
    expect(routineSeconds(routine([...ids], prepare, switchTime), library)).toBe(expected);
  });

  it('refuses a routine that names an unknown exercise', () => {
    expect(() => routineSeconds(routine(['plank', 'nope'], 5, 5), library)).toThrow(/nope/);
  });

  it('uses the shipped exercises by default', () => {
    expect(routineSeconds(routine(['knees-to-chest'], 5, 5))).toBeGreaterThan(0);
  });
});
