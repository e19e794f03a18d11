import { describe, expect, it } from 'vitest';
import { BENCH_FIXTURE, idealSchedule, simulateThrottled } from '@/scripts/bench-timer';
import { planSession } from '@/lib/timer/plan';

describe('simulateThrottled', () => {
  it.each([16, 250, 1_000, 60_000, 600_000, 3_600_000])('lands every boundary exactly with a tick every %i ms', (gap) => {
    expect(simulateThrottled(BENCH_FIXTURE, gap)).toBe(0);
  });

  it('is exact for gaps that do not divide the phase lengths', () => {
    expect(simulateThrottled(BENCH_FIXTURE, 7_777, 1_234_567)).toBe(0);
  });

  it('plans an ideal schedule from the planned times', () => {
    const phases = planSession(BENCH_FIXTURE.routine, BENCH_FIXTURE.exercises);
    const { starts, endAt } = idealSchedule(phases, 0);
    expect(starts[0]).toBe(0);
    expect(endAt).toBe(phases.reduce((sum, p) => sum + p.plannedMs, 0));
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects a tick gap of %s', (gap) => {
    expect(() => simulateThrottled(BENCH_FIXTURE, gap)).toThrow(RangeError);
  });
});
