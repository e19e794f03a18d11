// Tightness by day: what the progress trend draws. Each day's point is the mean of every
// rating given that day; unrated days are gaps, not zeros.
import { describe, expect, it } from 'vitest';
import { tightnessByDay } from '@/lib/streaks';

describe('tightnessByDay', () => {
  it.each([
    ['no ratings', [], [], []],
    ['a check-in and a session rating on one day are averaged, to one decimal', [{ day: '2026-11-02', tightness: 6 }, { day: '2026-11-02', tightness: 3 }], [{ day: '2026-11-02', tightness: 4 }], [{ day: '2026-11-02', average: 4.3, count: 3 }]],
    ['a session without a rating is no point', [], [{ day: '2026-11-05', tightness: undefined }], []],
    ['zero is a rating, not a gap', [{ day: '2026-11-01', tightness: 0 }], [], [{ day: '2026-11-01', average: 0, count: 1 }]],
    ['days outside the window are left out, both ends included', [{ day: '2026-08-31', tightness: 9 }, { day: '2026-09-01', tightness: 2 }, { day: '2026-11-25', tightness: 5 }, { day: '2026-11-26', tightness: 1 }], [], [{ day: '2026-09-01', average: 2, count: 1 }, { day: '2026-11-25', average: 5, count: 1 }]],
    ['points come oldest first whatever the input order', [{ day: '2026-11-03', tightness: 1 }, { day: '2026-10-03', tightness: 2 }], [], [{ day: '2026-10-03', average: 2, count: 1 }, { day: '2026-11-03', average: 1, count: 1 }]],
  ] as const)('%s', (_, checkIns, sessions, expected) => {
    expect(tightnessByDay(checkIns, sessions, '2026-09-01', '2026-11-25')).toEqual(expected);
  });
});
