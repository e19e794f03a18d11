import { describe, expect, it } from 'vitest';
import { resetOnRunningWalk } from '@/lib/walks';

const T0 = Date.UTC(2026, 10, 25, 6, 30);
const MIN = 60_000;

describe('resetOnRunningWalk', () => {
  it.each([
    ['12 minutes in, no tightness noted yet: noted at the reset', { startedAt: T0, tightnessAt: null }, T0 + 12 * MIN, { minutesIntoWalk: 12, tightnessAt: T0 + 12 * MIN, tightnessMinute: 12 }],
    ['a tap on "Tightness started now" at minute 9 stands', { startedAt: T0, tightnessAt: T0 + 9 * MIN }, T0 + 12 * MIN, { minutesIntoWalk: 12, tightnessAt: T0 + 9 * MIN, tightnessMinute: 9 }],
    ['tenths of a minute', { startedAt: T0, tightnessAt: null }, T0 + 7 * MIN + 24_000, { minutesIntoWalk: 7.4, tightnessAt: T0 + 7 * MIN + 24_000, tightnessMinute: 7.4 }],
    ['a reset that started before the walk (clock skew between tabs) counts as minute 0', { startedAt: T0, tightnessAt: null }, T0 - MIN, { minutesIntoWalk: 0, tightnessAt: T0, tightnessMinute: 0 }],
    ['a walk left running for a day is capped at the walk-minute limit', { startedAt: T0, tightnessAt: null }, T0 + 24 * 60 * MIN, { minutesIntoWalk: 600, tightnessAt: T0 + 24 * 60 * MIN, tightnessMinute: 600 }],
  ])('%s', (_, walk, resetStartedAt, expected) => {
    expect(resetOnRunningWalk(walk, resetStartedAt)).toEqual(expected);
  });
});
