import { describe, expect, it } from 'vitest';
import { dayKey } from '@/lib/days';
import { WALK_MESSAGES, walkFromTimes, type WalkField, type WalkTimes } from '@/lib/walks';

const MIN = 60_000;
const START = Date.UTC(2026, 2, 2, 8, 0);
// A fake day rule so these tests pin down which instant and rollover are used, not time zones.
const fakeDayKey = (at: number, rolloverHour: number) => `day(${(at - START) / MIN},${rolloverHour})`;

const walk = (patch: Partial<WalkTimes> = {}): WalkTimes => ({
  startedAt: START,
  endedAt: START + 25 * MIN,
  tightnessAt: START + 12 * MIN,
  ...patch,
});

describe('walkFromTimes: valid walks', () => {
  it.each<[string, Partial<WalkTimes>, { minutesWalked: number; tightnessAtMinute: number | null }]>([
    ['whole minutes', {}, { minutesWalked: 25, tightnessAtMinute: 12 }],
    ['rounds to a tenth', { endedAt: START + 10 * MIN + 44_000, tightnessAt: START + 7 * MIN + 33_000 }, { minutesWalked: 10.7, tightnessAtMinute: 7.6 }],
    ['never got tight', { tightnessAt: null }, { minutesWalked: 25, tightnessAtMinute: null }],
    ['tight from the first step', { tightnessAt: START }, { minutesWalked: 25, tightnessAtMinute: 0 }],
    ['tight at the very end', { tightnessAt: START + 25 * MIN }, { minutesWalked: 25, tightnessAtMinute: 25 }],
    ['six hours', { endedAt: START + 360 * MIN, tightnessAt: null }, { minutesWalked: 360, tightnessAtMinute: null }],
    ['exactly ten hours, the walk-minute limit', { endedAt: START + 600 * MIN, tightnessAt: null }, { minutesWalked: 600, tightnessAtMinute: null }],
  ])('%s', (_, patch, expected) => {
    const result = walkFromTimes(walk(patch), 3, fakeDayKey);
    expect(result).toEqual({ ok: true, value: expect.objectContaining(expected) });
  });

  it('dates the walk by its start, with the given rollover hour', () => {
    const result = walkFromTimes(walk(), 4, fakeDayKey);
    expect(result.ok && result.value.day).toBe('day(0,4)');
  });

  it('works with the real day rule: a walk starting at 00:30 counts for the day before', () => {
    const start = new Date(2026, 2, 3, 0, 30).getTime();
    const result = walkFromTimes({ startedAt: start, endedAt: start + 20 * MIN, tightnessAt: null }, 3, dayKey);
    expect(result.ok && result.value.day).toBe('2026-03-02');
  });

  it('keeps tightness before and after when given, and omits them when not', () => {
    const withBoth = walkFromTimes(walk({ tightnessBefore: 0, tightnessAfter: 10 }), 3, fakeDayKey);
    expect(withBoth).toEqual({
      ok: true,
      value: { startedAt: START, endedAt: START + 25 * MIN, day: 'day(0,3)', minutesWalked: 25, tightnessAtMinute: 12, tightnessBefore: 0, tightnessAfter: 10 },
    });
    const without = walkFromTimes(walk(), 3, fakeDayKey);
    expect(without.ok && Object.keys(without.value)).not.toContain('tightnessBefore');
    expect(without.ok && Object.keys(without.value)).not.toContain('tightnessAfter');
  });
});

describe('walkFromTimes: validation messages', () => {
  it.each<[string, Partial<WalkTimes>, [WalkField, string][]]>([
    ['end before start', { endedAt: START - MIN, tightnessAt: null }, [['endedAt', WALK_MESSAGES.endBeforeStart]]],
    ['end equal to start', { endedAt: START, tightnessAt: null }, [['endedAt', WALK_MESSAGES.endBeforeStart]]],
    ['over ten hours', { endedAt: START + 600 * MIN + 1_000, tightnessAt: null }, [['endedAt', WALK_MESSAGES.tooLong]]],
    ['tightness before the walk', { tightnessAt: START - 1_000 }, [['tightnessAt', WALK_MESSAGES.tightnessOutsideWalk]]],
    ['tightness after the walk', { tightnessAt: START + 25 * MIN + 1_000 }, [['tightnessAt', WALK_MESSAGES.tightnessOutsideWalk]]],
    ['tightness time not a number', { tightnessAt: Number.NaN }, [['tightnessAt', WALK_MESSAGES.tightnessTimeInvalid]]],
    ['missing start', { startedAt: Number.NaN }, [['startedAt', WALK_MESSAGES.startMissing]]],
    ['missing end', { endedAt: Number.NaN }, [['endedAt', WALK_MESSAGES.endMissing]]],
    ['tightness before 11', { tightnessBefore: 11 }, [['tightnessBefore', WALK_MESSAGES.tightnessBefore]]],
    ['tightness before -1', { tightnessBefore: -1 }, [['tightnessBefore', WALK_MESSAGES.tightnessBefore]]],
    ['tightness after 4.5', { tightnessAfter: 4.5 }, [['tightnessAfter', WALK_MESSAGES.tightnessAfter]]],
    ['tightness after NaN', { tightnessAfter: Number.NaN }, [['tightnessAfter', WALK_MESSAGES.tightnessAfter]]],
    [
      'several problems at once, each reported',
      { endedAt: START - MIN, tightnessBefore: 12, tightnessAfter: 0.5 },
      [
        ['endedAt', WALK_MESSAGES.endBeforeStart],
        ['tightnessBefore', WALK_MESSAGES.tightnessBefore],
        ['tightnessAfter', WALK_MESSAGES.tightnessAfter],
      ],
    ],
  ])('%s', (_, patch, problems) => {
    expect(walkFromTimes(walk(patch), 3, fakeDayKey)).toEqual({
      ok: false,
      problems: problems.map(([field, message]) => ({ field, message })),
    });
  });

  it('messages tell the person what to fix', () => {
    expect(WALK_MESSAGES.endBeforeStart).toMatch(/end after it starts/);
    expect(WALK_MESSAGES.tooLong).toBe('A walk can be at most 10 hours long. Check the start and end times.');
    expect(WALK_MESSAGES.tightnessOutsideWalk).toMatch(/during the walk/);
    expect(WALK_MESSAGES.tightnessBefore).toBe('Enter tightness before the walk as a whole number from 0 to 10.');
    expect(WALK_MESSAGES.tightnessAfter).toBe('Enter tightness after the walk as a whole number from 0 to 10.');
  });
});

describe('walkFromTimes: tightness as typed in the walk log', () => {
  it.each<[string, string, number | undefined]>([
    ['empty is not answered', '', undefined],
    ['digits', '7', 7],
    ['digits with spaces around', ' 3 ', 3],
    ['zero', '0', 0],
    ['ten', '10', 10],
  ])('%s: %j', (_, typed, expected) => {
    const result = walkFromTimes(walk({ tightnessBefore: typed, tightnessAfter: typed }), 3, fakeDayKey);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.tightnessBefore).toBe(expected);
    expect(result.ok && result.value.tightnessAfter).toBe(expected);
  });

  it.each(['   ', '1e1', '0x5', '+5', '-0', '-1', '11', '4.5', '4,5', 'five', '5 5', '٥', 'Infinity', 'NaN'])('refuses %j at its field', (typed) => {
    expect(walkFromTimes(walk({ tightnessBefore: typed }), 3, fakeDayKey)).toEqual({
      ok: false,
      problems: [{ field: 'tightnessBefore', message: WALK_MESSAGES.tightnessBefore }],
    });
  });
});
