import { describe, expect, it } from 'vitest';
import { exercises } from '@/lib/content';
import { EXERCISES_WITH_SIDE_MEANING, sideMeaning } from '@/lib/content/limbs';

describe('sideMeaning', () => {
  it.each([
    ['bird-dog', 'right', ['right-arm', 'left-leg'], 'Right arm and left leg'],
    ['bird-dog', 'left', ['left-arm', 'right-leg'], 'Left arm and right leg'],
    ['half-kneeling-hip-flexor', 'left', ['left-leg'], 'Left knee down, right foot forward'],
    ['half-kneeling-hip-flexor', 'right', ['right-leg'], 'Right knee down, left foot forward'],
    ['standing-hip-flexor', 'right', ['right-leg'], 'Right leg back, left foot forward'],
    ['hamstring-lying-strap', 'left', ['left-leg'], 'Left leg up in the strap'],
    ['hamstring-standing-step', 'right', ['right-leg'], 'Right heel on the step'],
  ] as const)('%s, %s side: %j, "%s"', (id, side, working, words) => {
    expect(sideMeaning(id, side)).toEqual({ working, words });
  });

  it('is null for a phase without a side and for one-sided exercises', () => {
    expect(sideMeaning('bird-dog', null)).toBeNull();
    expect(sideMeaning('forearm-plank', 'left')).toBeNull();
  });

  it('covers every exercise done on both sides', () => {
    const twoSided = exercises.filter((e) => e.dose.sides !== 'none').map((e) => e.id);
    expect([...EXERCISES_WITH_SIDE_MEANING].sort()).toEqual([...twoSided].sort());
  });
});
