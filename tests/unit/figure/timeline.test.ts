import { describe, expect, it } from 'vitest';
import type { Pose } from '@/lib/content/types';
import { easeInOut, loopTimeline } from '@/lib/figure/timeline';

const base: Pose = {
  hip: [100, 60],
  torso: 90,
  head: 90,
  nearUpperArm: -90,
  nearForearm: -90,
  farUpperArm: -90,
  farForearm: -90,
  nearThigh: -90,
  nearShin: -90,
  farThigh: -90,
  farShin: -90,
};
const a = base;
const b: Pose = { ...base, torso: 45, hip: [110, 70] };
const c: Pose = { ...base, nearUpperArm: 0 };

describe('easeInOut', () => {
  it.each([
    [0, 0],
    [0.5, 0.5],
    [1, 1],
  ])('%d → %d', (t, v) => expect(easeInOut(t)).toBeCloseTo(v, 9));

  it('starts and ends slowly', () => {
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
  });
});

describe('loopTimeline', () => {
  it('returns nothing for no poses and a still pair for one', () => {
    expect(loopTimeline([])).toEqual({ frames: [], times: [] });
    expect(loopTimeline([a])).toEqual({ frames: [a, a], times: [0, 1] });
  });

  it.each([
    [[a, b], 0.3, 4],
    [[a, b, c], 0.25, 6],
    [[a, b, c, b], 0, 3],
  ] as const)('lays out %#: times rise from 0 to 1 and the loop closes', (poses, dwell, steps) => {
    const { frames, times } = loopTimeline(poses, { dwell, steps });
    expect(frames).toHaveLength(times.length);
    expect(frames).toHaveLength(1 + poses.length * ((dwell > 0 ? 1 : 0) + steps));
    expect(times[0]).toBe(0);
    expect(times[times.length - 1]).toBe(1);
    for (let i = 1; i < times.length; i += 1) expect(times[i]).toBeGreaterThan(times[i - 1] ?? Infinity);
    expect(frames[0]).toEqual(a);
    expect(frames[frames.length - 1]?.torso).toBeCloseTo(a.torso, 9);
  });

  it('reaches each key pose at the start of its slot and holds it for the dwell', () => {
    const { frames, times } = loopTimeline([a, b], { dwell: 0.4, steps: 5 });
    // Slot 0: a at 0, held until 0.2; slot 1 begins with b at 0.5, held until 0.7.
    expect(times.slice(0, 2)).toEqual([0, 0.2]);
    expect(frames[1]).toBe(a);
    const bStart = times.findIndex((t) => Math.abs(t - 0.5) < 1e-9);
    expect(bStart).toBeGreaterThan(0);
    expect(frames[bStart]?.torso).toBeCloseTo(b.torso, 9);
    expect(frames[bStart]?.hip[0]).toBeCloseTo(b.hip[0], 9);
    expect(times[bStart + 1]).toBeCloseTo(0.7, 9);
    expect(frames[bStart + 1]).toBe(b);
  });
});
