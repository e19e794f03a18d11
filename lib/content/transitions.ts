// How long "Get ready" and "Switch sides" last, from the body positions and props of the
// exercises: a few seconds within one position, more to get down to the floor or up from it,
// or to set up a strap. The player (lib/timer/plan.ts) and the routine's total time
// (./time.ts) both take their transition times from here, so they always agree.
import type { Exercise, Position, Prop } from './types';

/** What the transition rules read from an exercise (optional, so a slip in content or a test
 *  fixture without positions still plans: see prepareSeconds). */
export type Placed = Partial<Pick<Exercise, 'position' | 'props'>>;

export interface Transition {
  /** Seconds of "Get ready" before the exercise. */
  readonly prepareSeconds: number;
  /** Seconds of "Switch sides" within it (only used when it is done on each side). */
  readonly switchSeconds: number;
}

/** Every position, in the order a routine would best follow them (getting up and down rarely). */
export const POSITIONS = ['standing', 'sitting', 'kneeling', 'all-fours', 'face-down', 'lying'] as const satisfies readonly Position[];

/** Standing and sitting on a chair are "up"; the rest are on the floor. */
const ON_FLOOR: Readonly<Record<Position, boolean>> = {
  standing: false,
  sitting: false,
  kneeling: true,
  'all-fours': true,
  'face-down': true,
  lying: true,
};

/** Props that take a moment to fetch or set up when the exercise before did not use them. */
const SETUP_PROPS: readonly Prop[] = ['cushion', 'strap', 'step', 'chair', 'support'];

export const SAME_POSITION_SECONDS = 5;
/** Another position at the same level (all fours to kneeling, standing to sitting). */
export const NEW_POSITION_SECONDS = 10;
/** Down to the floor or up from it: the slowest change, for stiff backs and knees. */
export const FLOOR_CHANGE_SECONDS = 15;
export const PROP_SECONDS = 5;
export const MAX_TRANSITION_SECONDS = 15;

const capped = (seconds: number) => Math.min(MAX_TRANSITION_SECONDS, seconds);
const isPosition = (value: unknown): value is Position => (POSITIONS as readonly unknown[]).includes(value);

/**
 * Seconds to get ready for `to` after `from` (undefined: the first exercise, started standing
 * with the phone in hand). An exercise without a known position (a content slip the content
 * tests catch) gets the time of a position change, so nobody is rushed.
 */
export function prepareSeconds(from: Placed | undefined, to: Placed): number {
  const before = from?.position;
  if (!isPosition(to.position) || (from && !isPosition(before))) return NEW_POSITION_SECONDS;
  let seconds: number;
  if (!isPosition(before)) seconds = ON_FLOOR[to.position] ? FLOOR_CHANGE_SECONDS : SAME_POSITION_SECONDS;
  else if (before === to.position) seconds = SAME_POSITION_SECONDS;
  else if (ON_FLOOR[before] !== ON_FLOOR[to.position]) seconds = FLOOR_CHANGE_SECONDS;
  else seconds = NEW_POSITION_SECONDS;
  const newProp = (to.props ?? []).some((prop) => SETUP_PROPS.includes(prop) && !(from?.props ?? []).includes(prop));
  return capped(seconds + (newProp ? PROP_SECONDS : 0));
}

/**
 * Seconds to change sides within an exercise: changing which knee is down (and moving the
 * cushion) or moving a strap to the other foot takes longer than swapping legs standing.
 */
export function switchSeconds(exercise: Placed): number {
  const kneeling = exercise.position === 'kneeling' ? PROP_SECONDS : 0;
  const strap = (exercise.props ?? []).includes('strap') ? PROP_SECONDS : 0;
  return capped(SAME_POSITION_SECONDS + kneeling + strap);
}

/** The transition before and within each exercise of a routine, in order. */
export function transitionsFor(list: readonly Placed[]): Transition[] {
  return list.map((exercise, i) => ({ prepareSeconds: prepareSeconds(list[i - 1], exercise), switchSeconds: switchSeconds(exercise) }));
}

/** Ids of exercises whose position is missing or unknown (content tests require none). */
export function unplacedExercises(list: readonly (Placed & Pick<Exercise, 'id'>)[]): string[] {
  return list.filter((e) => !isPosition(e.position)).map((e) => e.id);
}
