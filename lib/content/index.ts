// The front door to exercise and routine content: the data, lookups by id, and the few
// formatters every screen uses to talk about doses and durations the same way.

import { exercises } from './exercises';
import { routines } from './routines';
import type { Dose, Exercise, Routine } from './types';

export { exercises } from './exercises';
export type { ExerciseId } from './exercises';
export { routines } from './routines';
export type { RoutineId } from './routines';
export { PROP_LABEL, routineProps } from './props';
export { exerciseSeconds, routineSeconds, workSeconds } from './time';
export { POSITIONS, prepareSeconds, switchSeconds, transitionsFor, unplacedExercises, type Placed, type Transition } from './transitions';
export type * from './types';

export const exerciseIds: readonly string[] = exercises.map((e) => e.id);
export const routineIds: readonly string[] = routines.map((r) => r.id);

const exerciseById = new Map<string, Exercise>(exercises.map((e) => [e.id, e]));
const routineById = new Map<string, Routine>(routines.map((r) => [r.id, r]));

/** The exercise with this id, or undefined (ids may come from old backups or URLs). */
export function getExercise(id: string): Exercise | undefined {
  return exerciseById.get(id);
}

export function getRoutine(id: string): Routine | undefined {
  return routineById.get(id);
}

const SIDES_TEXT = { none: '', each: ', each side', alternating: ', alternating sides' } as const;

/**
 * A dose in a few words: "3 × 30 s hold", "2 × 30 s hold, each side",
 * "2 × 8 reps, alternating sides, 3 s hold". A single set drops the "1 ×". A hold until it
 * settles names its limit: "until it settles, up to 45 s".
 */
export function formatDose(dose: Dose): string {
  const sets = dose.sets > 1 ? `${dose.sets} × ` : '';
  const sides = SIDES_TEXT[dose.sides];
  if (dose.kind === 'hold' && dose.untilSettled) return `${sets}until it settles, up to ${dose.holdSeconds} s${sides}`;
  if (dose.kind === 'hold') return `${sets}${dose.holdSeconds} s hold${sides}`;
  const reps = `${dose.reps} ${dose.reps === 1 ? 'rep' : 'reps'}`;
  const hold = dose.holdSeconds > 0 ? `, ${dose.holdSeconds} s hold` : '';
  return `${sets}${reps}${sides}${hold}`;
}

/** Short spans in seconds ("75 s"); from a minute and a half on, rounded minutes ("about 10 min"). */
export function formatDuration(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0;
  if (s < 90) return `${s} s`;
  return `about ${Math.round(s / 60)} min`;
}
