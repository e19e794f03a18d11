import { describe, expect, it } from 'vitest';
import { MID_WALK_MESSAGES, midWalkEntry, type MidWalkInput } from '@/lib/walks';

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
