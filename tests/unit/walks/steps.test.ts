// The step counter on generated signals: walking at 90, 110 and 130 steps a minute with noise,
// held in the hand and in a trouser pocket (where the leg's swing adds a bump between heel
// strikes), counts within 5%; standing still counts 0 ± 2. Seeded noise: every run is the same.
import { describe, expect, it } from 'vitest';
import { addSample, cadence, countSteps, distanceMetres, EMPTY_STEPS, type MotionSample } from '@/lib/walks';
import { prng } from '@/scripts/bench-data';

const G = 9.81;
const HZ = 50;

function gaussian(rand: () => number) {
  return () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/**
 * Samples for `seconds`: `along(t)` is the acceleration along the phone's "up", which turns
 * slowly (`tilt`), with noise of `sd` on every axis.
 */
function signal(seconds: number, along: (t: number) => number, { sd, seed, tilt = (t: number) => 0.3 * Math.sin(t / 3) }: { sd: number; seed: number; tilt?: (t: number) => number }): MotionSample[] {
  const noise = gaussian(prng(seed));
  const samples: MotionSample[] = [];
  for (let i = 0; i < seconds * HZ; i++) {
    const t = i / HZ;
    const a = G + along(t);
    const angle = tilt(t);
    samples.push({ t: t * 1000, x: a * Math.sin(angle) + sd * noise(), y: a * Math.cos(angle) + sd * noise(), z: sd * noise() });
  }
  return samples;
}

/** Walking with the phone in the hand: a bounce at the step rate, its harmonic, noise. */
const handWalk = (spm: number, seed: number) => {
  const f = spm / 60;
  return signal(60, (t) => 2 * Math.sin(2 * Math.PI * f * t) + 0.7 * Math.sin(4 * Math.PI * f * t + 0.6), { sd: 0.4, seed });
};

/** In a pocket: a sharp jolt at each heel strike, and the thigh's swing once a stride (every other step), turning the phone. */
const pocketWalk = (spm: number, seed: number) => {
  const f = spm / 60;
  const period = 1 / f;
  const jolt = (t: number) => {
    const since = t % period;
    return 4 * Math.exp(-((since - 0.05) ** 2) / (2 * 0.03 ** 2)) - 1.2 * Math.exp(-((since - 0.15) ** 2) / (2 * 0.05 ** 2));
  };
  const swing = (t: number) => 1.6 * Math.sin(Math.PI * f * t);
  return signal(60, (t) => jolt(t) + swing(t), { sd: 0.4, seed, tilt: (t) => 0.5 * Math.sin(Math.PI * f * t) });
};

const standing = (seed: number) => signal(60, (t) => 0.15 * Math.sin(2 * Math.PI * 0.3 * t), { sd: 0.08, seed });

describe('countSteps while walking, within 5%', () => {
  const cases = [90, 110, 130].flatMap((spm) => [1, 2, 3, 4, 5].flatMap((seed) => [['in the hand', spm, seed, handWalk] as const, ['in a pocket', spm, seed, pocketWalk] as const]));
  it.each(cases)('%s at %i steps a minute (noise seed %i)', (_where, spm, seed, make) => {
    const { steps } = countSteps(make(spm, seed));
    expect(Math.abs(steps - spm) / spm, `${steps} steps counted`).toBeLessThanOrEqual(0.05);
  });

  it('gives the cadence in steps a minute', () => {
    const c = cadence(countSteps(handWalk(110, 7)));
    expect(c).not.toBeNull();
    expect(Math.abs((c ?? 0) - 110)).toBeLessThanOrEqual(6);
  });
});

describe('countSteps while standing still', () => {
  it.each([1, 2, 3, 4])('counts 0 ± 2 (noise seed %i)', (seed) => {
    expect(countSteps(standing(seed)).steps).toBeLessThanOrEqual(2);
  });

  it('counts nothing for a phone lying on a table', () => {
    expect(countSteps(signal(60, () => 0, { sd: 0.02, seed: 9, tilt: () => 0 })).steps).toBe(0);
  });
});

describe('the stream itself', () => {
  it('ignores samples that are not finite or out of order', () => {
    const walk = handWalk(110, 1);
    const messy = walk.flatMap((s, i) => (i % 50 === 0 ? [s, { ...s, x: Number.NaN }, { ...s, t: s.t - 5 }] : [s]));
    expect(countSteps(messy).steps).toBe(countSteps(walk).steps);
  });

  it('notes the longest gap, so a sensor that stopped can be told apart', () => {
    const walk = handWalk(110, 1);
    const gapped = walk.filter((s) => s.t < 20_000 || s.t > 35_000);
    const state = countSteps(gapped);
    expect(state.longestGapMs).toBeGreaterThan(14_000);
    // Only the time walked with samples counts: about 45 s of 110 a minute.
    expect(Math.abs(state.steps - 82)).toBeLessThanOrEqual(5);
  });

  it('has no cadence with under 20 seconds of samples, and starts empty', () => {
    expect(cadence(EMPTY_STEPS)).toBeNull();
    expect(cadence(handWalk(110, 1).slice(0, 10 * HZ).reduce(addSample, EMPTY_STEPS))).toBeNull();
  });

  it.each([
    [1000, 70, 700],
    [0, 70, 0],
    [1234, 65, 802],
  ])('%i steps of %i cm are %i m', (steps, cm, metres) => {
    expect(distanceMetres(steps, cm)).toBe(metres);
  });
});
