// What "left side" and "right side" mean for each two-sided exercise: which limbs work, in
// words a person can follow from the floor, and as limb names the figure colours. One table, so
// the screen, the voice and the drawing always agree.
import type { Side } from '@/lib/model';

export type Limb = 'left-arm' | 'right-arm' | 'left-leg' | 'right-leg';

export interface SideMeaning {
  /** The limbs that move or are stretched on this side (drawn strong; the others pale). */
  readonly working: readonly Limb[];
  /** One instruction naming the limbs, e.g. "Right arm and left leg". */
  readonly words: string;
}

type Meaning = (side: 'left' | 'right') => SideMeaning;

const other = (side: 'left' | 'right') => (side === 'left' ? 'right' : 'left');
const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Per exercise id. The side of a phase names:
 * - bird-dog: the reaching arm (the opposite leg reaches with it);
 * - hip-flexor stretches: the hip being stretched, whose knee is down (kneeling) or whose leg is
 *   behind (standing); the other foot is forward;
 * - hamstring stretches: the leg being stretched (on the strap, or with its heel on the step).
 */
const MEANINGS: Readonly<Record<string, Meaning>> = {
  'bird-dog': (side) => ({
    working: [`${side}-arm`, `${other(side)}-leg`],
    words: `${cap(side)} arm and ${other(side)} leg`,
  }),
  'half-kneeling-hip-flexor': (side) => ({
    working: [`${side}-leg`],
    words: `${cap(side)} knee down, ${other(side)} foot forward`,
  }),
  'standing-hip-flexor': (side) => ({
    working: [`${side}-leg`],
    words: `${cap(side)} leg back, ${other(side)} foot forward`,
  }),
  'hamstring-lying-strap': (side) => ({
    working: [`${side}-leg`],
    words: `${cap(side)} leg up in the strap`,
  }),
  'hamstring-standing-step': (side) => ({
    working: [`${side}-leg`],
    words: `${cap(side)} heel on the step`,
  }),
};

/** What a side means for an exercise, or null for a one-sided phase or an exercise without sides. */
export function sideMeaning(exerciseId: string, side: Side): SideMeaning | null {
  if (!side) return null;
  return MEANINGS[exerciseId]?.(side) ?? null;
}

/** The exercise ids with a meaning for their sides (content tests check every two-sided exercise has one). */
export const EXERCISES_WITH_SIDE_MEANING: readonly string[] = Object.keys(MEANINGS);
