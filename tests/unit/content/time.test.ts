import { describe, expect, it } from 'vitest';
import { exerciseSeconds, routineSeconds } from '@/lib/content/time';
import type { Dose, Exercise, Position, Prop, Routine } from '@/lib/content/types';

/** A fixture exercise: only the dose, the position and the props matter for timing. */
function exercise(id: string, dose: Dose, position: Position = 'lying', props: readonly Prop[] = []): Exercise {
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
    position,
    props,
    poses: [],
    poseLabels: [],
    figureAlt: '',
    loopSeconds: 1,
  };
}

function routine(exerciseIds: string[]): Routine {
  return { id: 'r', name: 'r', intent: '', exerciseIds };
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
  // Transition times from positions (lib/content/transitions.ts): the first exercise on the
  // floor 15 s, the same position 5 s, another floor position 10 s, a new strap +5 s; a
  // switch 5 s, +5 s with a strap.
  const library = [
    exercise('plank', hold(20, 3, 'none', 20), 'face-down'), // 100 of work and rest
    exercise('stretch', hold(30, 2, 'each', 10), 'lying', ['strap']), // 2 × 70 + switch 10
    exercise('lunge', hold(12, 1, 'each', 5), 'standing'), // 24 + switch 5
    exercise('lean', hold(15, 1, 'none', 5), 'standing'), // 15
    exercise('long-rest', hold(10, 2, 'none', 30), 'lying'), // 50
  ];

  it.each([
    ['a single exercise: getting down to the floor first', ['plank'], 15 + 100],
    ['the next prepare is the break between them: face-down to lying, and fetching the strap', ['plank', 'stretch'], 15 + 100 + (10 + 5) + 150],
    ['three standing moves: 5 s each to get ready', ['lunge', 'lunge', 'lean'], 5 + 29 + 5 + 29 + 5 + 15],
    ['no rest after an exercise’s last set, wherever it comes', ['long-rest', 'long-rest'], 15 + 50 + 5 + 50],
    ['an empty routine takes no time', [], 0],
  ] as const)('%s', (_name, ids, expected) => {
    expect(routineSeconds(routine([...ids]), library)).toBe(expected);
  });

  it('refuses a routine that names an unknown exercise', () => {
    expect(() => routineSeconds(routine(['plank', 'nope']), library)).toThrow(/nope/);
  });

  it('uses the shipped exercises by default', () => {
    expect(routineSeconds(routine(['knees-to-chest']))).toBeGreaterThan(0);
  });
});
