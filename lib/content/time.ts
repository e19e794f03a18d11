// How long exercises and routines take, computed from their doses. The routine pages quote
// these numbers and the guided player (lib/timer/plan.ts) plans the same phases, so the two
// must agree; tests/unit/timer/routine-time.test.ts holds them together.

import { exercises } from './exercises';
import { transitionsFor } from './transitions';
import type { Dose, Exercise, Routine } from './types';

/**
 * Seconds of work in one set on one side. Alternating reps are a total across both sides; an
 * alternating hold is held once on each side. A rep never takes less than its own hold.
 */
export function workSeconds(dose: Dose): number {
  if (dose.kind === 'hold') return dose.holdSeconds * (dose.sides === 'alternating' ? 2 : 1);
  return dose.reps * Math.max(dose.holdSeconds, dose.secondsPerRep);
}

/**
 * One exercise, from "get ready" to the end of its last set:
 *
 *   prepare + runs × (sets × work + (sets − 1) × rest) + (each ? switch : 0)
 *
 * runs is 2 when sides = 'each' (every set on one side, one switch, every set on the other,
 * so the person changes position once) and 1 otherwise. Rest falls only between sets; the
 * next exercise's prepare is the break between exercises, so nothing follows the last set.
 */
export function exerciseSeconds(exercise: Exercise, prepareSeconds: number, switchSeconds: number): number {
  const { dose } = exercise;
  const each = dose.sides === 'each';
  const run = dose.sets * workSeconds(dose) + (dose.sets - 1) * dose.restSeconds;
  return prepareSeconds + (each ? 2 : 1) * run + (each ? switchSeconds : 0);
}

/**
 * A whole routine: Σ exerciseSeconds(eᵢ, prepareᵢ, switchᵢ), the transition times from the
 * positions of each exercise and the one before it (transitionsFor, as the player plans them).
 * Throws on an unknown exercise id: content tests guarantee there are none.
 */
export function routineSeconds(routine: Pick<Routine, 'id' | 'exerciseIds'>, library: readonly Exercise[] = exercises): number {
  const list = routine.exerciseIds.map((id) => {
    const exercise = library.find((e) => e.id === id);
    if (!exercise) throw new Error(`Routine "${routine.id}" names unknown exercise "${id}"`);
    return exercise;
  });
  const transitions = transitionsFor(list);
  return list.reduce((total, exercise, i) => {
    const { prepareSeconds, switchSeconds } = transitions[i]!;
    return total + exerciseSeconds(exercise, prepareSeconds, switchSeconds);
  }, 0);
}
