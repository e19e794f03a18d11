import { describe, expect, it } from 'vitest';
import { MID_WALK_MESSAGES, midWalkEntry, midWalkLog, type MidWalkInput } from '@/lib/walks';

describe('midWalkEntry', () => {
  it('uses the wording the relief screen shows', () => {
    expect(MID_WALK_MESSAGES.minutes).toBe('Enter minutes as a number from 0 to 600.');
    expect(MID_WALK_MESSAGES.tightness).toBe('Enter tightness as a whole number from 0 to 10.');
  });

  it.each<[MidWalkInput, { minutesIntoWalk: number; tightness: number }]>([
    [{ minutesIntoWalk: 12, tightness: 5 }, { minutesIntoWalk: 12, tightness: 5 }],
    [{ minutesIntoWalk: 0, tightness: 0 }, { minutesIntoWalk: 0, tightness: 0 }],
    [{ minutesIntoWalk: 600, tightness: 10 }, { minutesIntoWalk: 600, tightness: 10 }],
    [{ minutesIntoWalk: 7.46, tightness: 3 }, { minutesIntoWalk: 7.5, tightness: 3 }],
    [{ minutesIntoWalk: ' 8 ', tightness: '6' }, { minutesIntoWalk: 8, tightness: 6 }],
    [{ minutesIntoWalk: '7,5', tightness: '4' }, { minutesIntoWalk: 7.5, tightness: 4 }],
    [{ minutesIntoWalk: '12.25', tightness: '10' }, { minutesIntoWalk: 12.3, tightness: 10 }],
  ])('accepts %j', (input, value) => {
    expect(midWalkEntry(input)).toEqual({ ok: true, value });
  });

  const MINUTES = { field: 'minutesIntoWalk', message: MID_WALK_MESSAGES.minutes };
  const TIGHTNESS = { field: 'tightness', message: MID_WALK_MESSAGES.tightness };
  it.each<[MidWalkInput, object[]]>([
    [{ minutesIntoWalk: -1, tightness: 5 }, [MINUTES]],
    [{ minutesIntoWalk: 600.1, tightness: 5 }, [MINUTES]],
    [{ minutesIntoWalk: Number.NaN, tightness: 5 }, [MINUTES]],
    [{ minutesIntoWalk: Number.POSITIVE_INFINITY, tightness: 5 }, [MINUTES]],
    [{ minutesIntoWalk: '', tightness: 5 }, [MINUTES]],
    [{ minutesIntoWalk: '  ', tightness: 5 }, [MINUTES]],
    [{ minutesIntoWalk: 'ten', tightness: 5 }, [MINUTES]],
    [{ minutesIntoWalk: '1e2', tightness: 5 }, [MINUTES]],
    [{ minutesIntoWalk: '-3', tightness: 5 }, [MINUTES]],
    [{ minutesIntoWalk: 5, tightness: 11 }, [TIGHTNESS]],
    [{ minutesIntoWalk: 5, tightness: -1 }, [TIGHTNESS]],
    [{ minutesIntoWalk: 5, tightness: 4.5 }, [TIGHTNESS]],
    [{ minutesIntoWalk: 5, tightness: '' }, [TIGHTNESS]],
    [{ minutesIntoWalk: 5, tightness: '4.5' }, [TIGHTNESS]],
    [{ minutesIntoWalk: '', tightness: '' }, [MINUTES, TIGHTNESS]],
  ])('rejects %j', (input, problems) => {
    expect(midWalkEntry(input)).toEqual({ ok: false, problems });
  });
});

describe('midWalkEntry: what a person might type', () => {
  it.each(['1e1', '0x5', '+5', '-0', '   ', '0x1A', 'Infinity'])('refuses %j as minutes or tightness', (typed) => {
    expect(midWalkEntry({ minutesIntoWalk: typed, tightness: typed })).toEqual({
      ok: false,
      problems: [
        { field: 'minutesIntoWalk', message: MID_WALK_MESSAGES.minutes },
        { field: 'tightness', message: MID_WALK_MESSAGES.tightness },
      ],
    });
  });
});

describe('midWalkLog', () => {
  const NOW = new Date(2026, 2, 3, 9, 30).getTime();

  it('is the walk so far, ending now, tight from the moment the person stopped', () => {
    expect(midWalkLog({ minutesIntoWalk: 12.5, tightness: 4 }, { id: 'w1', now: NOW, rolloverHour: 3 })).toEqual({
      id: 'w1',
      startedAt: NOW - 12.5 * 60_000,
      endedAt: NOW,
      day: '2026-03-03',
      minutesWalked: 12.5,
      tightnessAtMinute: 12.5,
      tightnessAfter: 4,
    });
  });

  it('belongs to the day the walk started on, after the rollover hour', () => {
    const justAfterRollover = new Date(2026, 2, 3, 3, 10).getTime();
    // Started 20 minutes earlier, at 02:50: still the day before with rollover 3.
    expect(midWalkLog({ minutesIntoWalk: 20, tightness: 2 }, { id: 'w1', now: justAfterRollover, rolloverHour: 3 }).day).toBe('2026-03-02');
    expect(midWalkLog({ minutesIntoWalk: 20, tightness: 2 }, { id: 'w1', now: justAfterRollover, rolloverHour: 0 }).day).toBe('2026-03-03');
  });

  it('at minute 0 starts and ends now', () => {
    const walk = midWalkLog({ minutesIntoWalk: 0, tightness: 6 }, { id: 'w1', now: NOW, rolloverHour: 3 });
    expect(walk).toMatchObject({ startedAt: NOW, endedAt: NOW, minutesWalked: 0, tightnessAtMinute: 0 });
  });

  it('gives a record the backup schema takes, up to the walk-minute limit', async () => {
    const { walkSchema } = await import('@/lib/backup/schema');
    const entry = midWalkEntry({ minutesIntoWalk: '600', tightness: '10' });
    expect(entry.ok).toBe(true);
    if (entry.ok) expect(walkSchema.safeParse(midWalkLog(entry.value, { id: 'w1', now: NOW, rolloverHour: 3 })).success).toBe(true);
  });
});
