import { describe, expect, it } from 'vitest';
import { plannedBeeps } from '@/lib/cues/plan';

describe('plannedBeeps', () => {
  it.each([
    ['untimed phase', null, 0, []],
    ['10 s left', 10_000, 0, [7000, 8000, 9000, 10000]],
    ['2.5 s left', 10_000, 7_500, [500, 1500, 2500]],
    ['exactly 1 s left', 10_000, 9_000, [0, 1000]],
    ['past the end', 10_000, 10_001, []],
  ] as const)('%s', (_name, endsAt, now, offsets) => {
    expect(plannedBeeps(endsAt, now).map((b) => b.inMs)).toEqual(offsets);
  });

  it('ends with one phase-change tone after the countdown ticks', () => {
    const kinds = plannedBeeps(5000, 0).map((b) => b.kind);
    expect(kinds).toEqual(['count', 'count', 'count', 'change']);
  });
});
