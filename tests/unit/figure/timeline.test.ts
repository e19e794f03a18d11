import { describe, expect, it } from 'vitest';
import type { Pose } from '@/lib/content/types';
import { breathAt, DWELL, easeInOut, loopPose } from '@/lib/figure/timeline';

const base: Pose = {
  hip: [100, 60], torso: 90, head: 90, nearUpperArm: -90, nearForearm: -90, farUpperArm: -90, farForearm: -90,
  nearThigh: -90, nearShin: -90, farThigh: -90, farShin: -90,
};
const a = base;
const b: Pose = { ...base, torso: 45, hip: [110, 70] };
const c: Pose = { ...base, nearUpperArm: 0 };

describe('easeInOut', () => {
  it.each([
    [0, 0],
    [0.5, 0.5],
    [1, 1],
    [-1, 0],
    [2, 1],
  ])('%d → %d', (t, v) => expect(easeInOut(t)).toBeCloseTo(v, 9));

  it('starts and ends slowly', () => {
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
  });
});

describe('loopPose', () => {
  it('holds each key pose for its dwell, then moves to the next, and wraps back to the first', () => {
    const slot = 1 / 3;
    expect(loopPose([a, b, c], 0)).toBe(a);
    expect(loopPose([a, b, c], slot * DWELL * 0.9)).toBe(a);
    expect(loopPose([a, b, c], slot + 0.001)).toBe(b);
    expect(loopPose([a, b, c], 2 * slot + 0.01)).toBe(c);
    expect(loopPose([a, b, c], 1)).toBe(a);
    expect(loopPose([a, b, c], 1 + slot + 0.001)).toBe(b);
  });

  it('moves by angle halfway through a move', () => {
    const mid = loopPose([a, b], 0.5 * (DWELL + (1 - DWELL) / 2))!;
    expect(mid.torso).toBeCloseTo(67.5, 6);
    expect(mid.hip[0]).toBeCloseTo(105, 6);
  });

  it('handles one pose and none', () => {
    expect(loopPose([a], 0.7)).toBe(a);
    expect(loopPose([], 0.2)).toBeUndefined();
  });
});

describe('breathAt', () => {
  it.each([
    [0, 0],
    [2500, 1],
    [5000, 0],
    [1250, 0.5],
  ])('%i ms into a 5 s breath → %d', (ms, v) => expect(breathAt(ms, 5000)).toBeCloseTo(v, 9));
});
