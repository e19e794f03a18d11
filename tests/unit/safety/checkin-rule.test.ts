import { describe, expect, it } from 'vitest';
import type { CheckIn, SessionRecord } from '@/lib/model';
import { latestTightness, shouldOfferScreening } from '@/lib/safety';
import { buildCheckIn, buildSession } from '../../fixtures/records';

describe('shouldOfferScreening', () => {
  it.each<[number | undefined, number, boolean, string]>([
    [undefined, 7, false, 'first reading, moderate'],
    [undefined, 8, true, 'first reading, high'],
    [undefined, 10, true, 'first reading, worst'],
    [2, 4, false, 'rise of 2'],
    [2, 5, true, 'rise of exactly 3'],
    [0, 7, true, 'rise of 7'],
    [5, 7, false, 'rise of 2 to a moderate level'],
    [7, 8, true, 'small rise into the high range'],
    [9, 8, true, 'falling but still high'],
    [9, 2, false, 'big fall'],
    [4, 4, false, 'no change'],
    [4, Number.NaN, false, 'empty current value'],
    [Number.NaN, 5, false, 'corrupt previous value'],
  ])('previous %s, current %s → %s (%s)', (previous, current, expected) => {
    expect(shouldOfferScreening(previous, current)).toBe(expected);
  });
});

const checkIn = (at: number, tightness: number): CheckIn => buildCheckIn({ id: `c${at}`, at, day: '2026-03-02', tightness, context: 'other' });
const session = (endedAt: number, tightness?: number): SessionRecord =>
  buildSession({
    id: `s${endedAt}`, routineId: 'core', startedAt: endedAt - 600_000, endedAt, day: '2026-03-02',
    ...(tightness !== undefined && { tightness }),
  });

describe('latestTightness', () => {
  it.each<[string, CheckIn[], SessionRecord[], number | undefined, number | undefined]>([
    ['no records', [], [], undefined, undefined],
    ['only sessions without a rating', [], [session(5_000)], undefined, undefined],
    ['latest check-in', [checkIn(1_000, 2), checkIn(3_000, 6), checkIn(2_000, 4)], [], undefined, 6],
    ['a later session beats an earlier check-in', [checkIn(1_000, 2)], [session(2_000, 5)], undefined, 5],
    ['a later check-in beats an earlier session', [checkIn(3_000, 1)], [session(2_000, 5)], undefined, 1],
    ['an unrated later session is skipped', [checkIn(1_000, 3)], [session(9_000)], undefined, 3],
    ['on a tie the check-in wins', [checkIn(2_000, 1)], [session(2_000, 9)], undefined, 1],
    ['before excludes the reading just saved', [checkIn(1_000, 2), checkIn(5_000, 9)], [], 5_000, 2],
    ['before excludes later sessions too', [checkIn(1_000, 2)], [session(6_000, 7)], 5_000, 2],
    ['nothing before the cutoff', [checkIn(5_000, 2)], [], 5_000, undefined],
  ])('%s', (_, checkIns, sessions, before, expected) => {
    expect(latestTightness(checkIns, sessions, before)).toBe(expected);
  });

  it('feeds the jump rule: a new check-in 3 above the last session offers screening', () => {
    const sessions = [session(1_000, 3)];
    const saved = checkIn(2_000, 6);
    expect(shouldOfferScreening(latestTightness([saved], sessions, saved.at), saved.tightness)).toBe(true);
  });
});
