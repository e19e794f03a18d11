// Transition times fit the move: a few seconds within one position, more to change position,
// most to get down to the floor or up from it, and extra to set up a strap, step or chair.
import { describe, expect, it } from 'vitest';
import { getRoutine, getExercise, prepareSeconds, switchSeconds, transitionsFor, unplacedExercises, type Exercise, type Placed } from '@/lib/content';

const at = (position: Placed['position'], ...props: NonNullable<Placed['props']>): Placed => ({ position, props });

describe('prepareSeconds(from, to)', () => {
  it.each([
    ['first exercise standing: the phone is already in hand', undefined, at('standing'), 5],
    ['first exercise on the floor: getting down takes time', undefined, at('all-fours', 'mat'), 15],
    ['first exercise sitting on a chair: fetch the chair', undefined, at('sitting', 'chair'), 10],
    ['same position, nothing new', at('lying', 'mat'), at('lying', 'mat'), 5],
    ['same position, a new strap to loop round the foot', at('lying', 'mat'), at('lying', 'mat', 'strap'), 10],
    ['same position, the strap already in hand', at('lying', 'mat', 'strap'), at('lying', 'mat', 'strap'), 5],
    ['another floor position: all fours to kneeling, cushion under the knee', at('all-fours', 'mat'), at('kneeling', 'cushion'), 15],
    ['another floor position: all fours to lying', at('all-fours', 'mat'), at('lying', 'mat'), 10],
    ['another position at the same level: standing to sitting on a chair', at('standing'), at('sitting', 'chair'), 15],
    ['down to the floor: standing to lying', at('standing'), at('lying', 'mat'), 15],
    ['up from the floor: lying to sitting on a chair (capped at 15)', at('lying', 'mat'), at('sitting', 'chair'), 15],
    ['kneeling to lying with a strap (capped at 15)', at('kneeling', 'cushion'), at('lying', 'mat', 'strap'), 15],
    ['standing to standing at a step', at('standing'), at('standing', 'step', 'support'), 10],
    ['a mat is not a new prop: it is already down', at('all-fours', 'mat'), at('face-down', 'mat'), 10],
    ['an exercise without a position is never rushed', at('lying'), { props: [] }, 10],
    ['after an exercise without a position', { props: [] }, at('lying'), 10],
  ] as const)('%s', (_name, from, to, expected) => {
    expect(prepareSeconds(from, to)).toBe(expected);
  });
});

describe('switchSeconds(exercise)', () => {
  it.each([
    ['standing: swap legs', at('standing'), 5],
    ['standing with the heel on a step: swap feet', at('standing', 'step', 'support'), 5],
    ['kneeling: change which knee is down and move the cushion', at('kneeling', 'cushion'), 10],
    ['lying with a strap: move the strap to the other foot', at('lying', 'mat', 'strap'), 10],
    ['lying without props', at('lying', 'mat'), 5],
  ] as const)('%s', (_name, exercise, expected) => {
    expect(switchSeconds(exercise)).toBe(expected);
  });
});

describe('the shipped routines', () => {
  const list = (id: string) => getRoutine(id)!.exerciseIds.map((e) => getExercise(e)!);

  it('walk-ready: down to all fours, kneel, lie down, fetch the strap, stay lying', () => {
    expect(transitionsFor(list('walk-ready'))).toEqual([
      { prepareSeconds: 15, switchSeconds: 5 }, // bird-dog (alternates, no switch phase)
      { prepareSeconds: 15, switchSeconds: 10 }, // half-kneeling hip flexor
      { prepareSeconds: 10, switchSeconds: 5 }, // glute bridge
      { prepareSeconds: 10, switchSeconds: 10 }, // hamstring with a strap
      { prepareSeconds: 5, switchSeconds: 5 }, // knees to chest
    ]);
  });

  it('mid-walk reset: standing all along, a step for the hamstring', () => {
    expect(transitionsFor(list('mid-walk-reset')).map((t) => t.prepareSeconds)).toEqual([5, 10, 5]);
  });
});

describe('bad content', () => {
  it('names exercises whose position is missing or unknown', () => {
    const slip = [
      { id: 'ok', position: 'lying' },
      { id: 'none' },
      { id: 'typo', position: 'upside-down' },
    ] as unknown as (Placed & Pick<Exercise, 'id'>)[];
    expect(unplacedExercises(slip)).toEqual(['none', 'typo']);
  });
});
