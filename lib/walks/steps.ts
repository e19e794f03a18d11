// Step counting from the phone's own motion sensor, pure: samples of acceleration (with
// gravity, m/s²) in, steps and cadence out. The magnitude of the acceleration does not depend
// on how the phone is turned (hand, bag, pocket); gravity is taken off with a slow running
// mean, noise with a fast one, and a step is a peak over a threshold that follows the walk's
// own strength, at least a fraction of the recent step interval after the last one (so a
// pocket's leg swing between two heel strikes is not a step). Runs as a fold, sample by sample,
// so a 30-minute test never needs its samples kept.

export interface MotionSample {
  /** Milliseconds (any origin: DeviceMotionEvent.timeStamp or Date.now()). */
  readonly t: number;
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** Below this (m/s², gravity removed) nothing is a step: standing, shifting weight, noise. */
export const STEP_MIN_PEAK = 1.0;
/** A peak must reach this share of the recent peaks: a weaker bump is a swing, not a heel strike. */
const PEAK_SHARE = 0.4;
/** No two steps closer than this (240 steps a minute), and at least this share of the recent step interval. */
const MIN_STEP_MS = 250;
const INTERVAL_SHARE = 0.65;
/** The interval rule never asks more than this: a missed step must not teach it a stride (two steps) and halve the count for good. */
const MAX_GATE_MS = 450;
/** Steps further apart than this belong to separate walks: the interval is learnt again. */
const MAX_STEP_MS = 2_000;
/** After a peak, the signal must fall below this share of it before the next peak counts. */
const REARM_SHARE = 0.4;
const GRAVITY_TAU_MS = 1_000;
const SMOOTH_TAU_MS = 40;
/** Recent peaks fade with this time constant, so a walk that gets gentler is still counted. */
const PEAK_TAU_MS = 3_000;
/** A gap in the samples longer than this means the sensor stopped. */
export const SENSOR_GAP_MS = 2_000;

export interface StepState {
  readonly steps: number;
  /** First and last sample times; null before the first. */
  readonly firstT: number | null;
  readonly lastT: number | null;
  readonly gravity: number;
  readonly smooth: number;
  /** Rising (looking for a peak) or past a peak (waiting to fall well below it). */
  readonly armed: boolean;
  /** The highest point of the current rise, and when. */
  readonly candidate: number;
  readonly candidateT: number;
  readonly recentPeak: number;
  readonly lastStepT: number | null;
  /** Smoothed interval between steps; null until two steps. */
  readonly interval: number | null;
  /** The longest gap between two samples (a sensor that stopped and came back). */
  readonly longestGapMs: number;
}

export const EMPTY_STEPS: StepState = {
  steps: 0,
  firstT: null,
  lastT: null,
  gravity: 0,
  smooth: 0,
  armed: true,
  candidate: 0,
  candidateT: 0,
  recentPeak: 0,
  lastStepT: null,
  interval: null,
  longestGapMs: 0,
};

const ease = (dt: number, tau: number) => 1 - Math.exp(-Math.max(dt, 0) / tau);

/** One sample folded in. Samples out of order or not finite are ignored. */
export function addSample(state: StepState, sample: MotionSample): StepState {
  const { t, x, y, z } = sample;
  if (![t, x, y, z].every(Number.isFinite)) return state;
  const magnitude = Math.sqrt(x * x + y * y + z * z);
  if (state.lastT === null) return { ...state, firstT: t, lastT: t, gravity: magnitude, smooth: 0 };
  const dt = t - state.lastT;
  if (dt <= 0) return state;

  const gravity = state.gravity + (magnitude - state.gravity) * ease(dt, GRAVITY_TAU_MS);
  const smooth = state.smooth + (magnitude - gravity - state.smooth) * ease(dt, SMOOTH_TAU_MS);
  const recentPeak = state.recentPeak * (1 - ease(dt, PEAK_TAU_MS));
  let next: StepState = { ...state, lastT: t, gravity, smooth, recentPeak, longestGapMs: Math.max(state.longestGapMs, dt) };

  if (next.armed) {
    // Rising: remember the top; a step is decided when the signal turns down from it.
    if (smooth > next.candidate) return { ...next, candidate: smooth, candidateT: t };
    if (next.candidate < STEP_MIN_PEAK || smooth > next.candidate * 0.8) return next;
    next = { ...next, armed: false };
    const peak = next.candidate;
    const since = next.lastStepT === null ? Infinity : next.candidateT - next.lastStepT;
    const gap = Math.max(MIN_STEP_MS, next.interval === null ? 0 : Math.min(next.interval * INTERVAL_SHARE, MAX_GATE_MS));
    const strongEnough = peak >= next.recentPeak * PEAK_SHARE;
    if (since >= gap && strongEnough) {
      const interval = since > MAX_STEP_MS ? null : next.interval === null ? since : next.interval * 0.7 + since * 0.3;
      return { ...next, steps: next.steps + 1, lastStepT: next.candidateT, interval: since === Infinity ? null : interval, recentPeak: Math.max(recentPeak, peak) };
    }
    return { ...next, recentPeak: Math.max(recentPeak, peak * 0.5) };
  }
  // Past a peak: wait for the signal to fall well below it before the next rise. Not down to
  // zero: in a pocket the thigh's swing can hold the signal up until the next heel strike.
  if (smooth < next.candidate * REARM_SHARE) return { ...next, armed: true, candidate: smooth, candidateT: t };
  return next;
}

export function countSteps(samples: readonly MotionSample[]): StepState {
  return samples.reduce(addSample, EMPTY_STEPS);
}

/** Steps a minute over the time sampled; null with under 20 seconds of samples. */
export function cadence(state: StepState): number | null {
  if (state.firstT === null || state.lastT === null) return null;
  const ms = state.lastT - state.firstT;
  return ms < 20_000 ? null : Math.round((state.steps * 60_000) / ms);
}

/** Metres walked from steps and a step length in centimetres. */
export const distanceMetres = (steps: number, stepLengthCm: number): number => Math.round((steps * stepLengthCm) / 100);
