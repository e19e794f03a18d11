// Where the figure is at a moment of a movement: key poses played as a loop (the exercise
// pages), or one move into a pose, a hold and a move back (the player). Poses are blended
// here, by angle, so limbs keep their length through a wide swing.

import type { Pose } from '@/lib/content/types';
import { interpolatePose } from './skeleton';

/** Slow at both ends, like a person settling into each position. */
export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return (1 - Math.cos(Math.PI * c)) / 2;
}

/** Share of each key pose's slot spent holding still on it in a loop. */
export const DWELL = 0.35;

/**
 * The pose at fraction `t` (0–1, wrapping) of a loop through `poses`: each pose gets an
 * equal slot, holds for DWELL of it, then moves to the next (the last back to the first).
 */
export function loopPose(poses: readonly Pose[], t: number): Pose | undefined {
  const n = poses.length;
  const first = poses[0];
  if (!first || n === 1) return first;
  const wrapped = ((t % 1) + 1) % 1;
  const slot = Math.min(n - 1, Math.floor(wrapped * n));
  const within = wrapped * n - slot;
  const from = poses[slot] ?? first;
  const to = poses[(slot + 1) % n] ?? first;
  if (within <= DWELL) return from;
  return interpolatePose(from, to, easeInOut((within - DWELL) / (1 - DWELL)));
}

/** One breath cycle, 0 (out) → 1 (in) → 0, at fraction `t` of its period. */
export function breathAt(ms: number, periodMs: number): number {
  return (1 - Math.cos((2 * Math.PI * ms) / periodMs)) / 2;
}
