// Turns an exercise's key poses into the keyframes of one animation loop. Poses are
// interpolated here, by angle, rather than left to the animation library: it would blend
// path strings point by point, and a limb swung through a wide arc would shrink mid-way.

import type { Pose } from '@/lib/content/types';
import { interpolatePose } from './skeleton';

export interface Timeline {
  /** Poses in order; the last equals the first so the loop closes without a jump. */
  readonly frames: readonly Pose[];
  /** Offsets in [0, 1] for each frame, increasing, first 0 and last 1. */
  readonly times: readonly number[];
}

export interface TimelineOptions {
  /** Share of each pose's slot spent holding still on it. */
  readonly dwell?: number;
  /** Frames sampled along each move; more is smoother and heavier. */
  readonly steps?: number;
}

/** Slow at both ends, like a person settling into each position. */
export function easeInOut(t: number): number {
  return (1 - Math.cos(Math.PI * t)) / 2;
}

/**
 * Each pose gets an equal slot: it holds for `dwell` of the slot, then moves to the next pose
 * (the last pose moves back to the first). The frames are meant to be played linearly; the
 * easing is already baked into where the samples fall.
 */
export function loopTimeline(poses: readonly Pose[], options: TimelineOptions = {}): Timeline {
  const dwell = options.dwell ?? 0.3;
  const steps = Math.max(1, Math.round(options.steps ?? 10));
  const first = poses[0];
  if (!first) return { frames: [], times: [] };
  if (poses.length === 1) return { frames: [first, first], times: [0, 1] };

  const slot = 1 / poses.length;
  const frames: Pose[] = [first];
  const times: number[] = [0];
  poses.forEach((from, i) => {
    const to = poses[(i + 1) % poses.length] ?? first;
    const start = i * slot;
    const moveStart = start + dwell * slot;
    if (dwell > 0) {
      frames.push(from);
      times.push(moveStart);
    }
    for (let k = 1; k <= steps; k += 1) {
      frames.push(interpolatePose(from, to, easeInOut(k / steps)));
      times.push(moveStart + ((1 - dwell) * slot * k) / steps);
    }
  });
  times[times.length - 1] = 1;
  return { frames, times };
}
