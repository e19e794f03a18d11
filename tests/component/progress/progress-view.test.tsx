import { describe, expect, it } from 'vitest';
import { heatmapRange, monthStart, monthSummary, tightnessByDay } from '@/components/progress/progress-view';
import type { DayRecord, DayStatus } from '@/lib/streaks';

const rec = (day: string, status: DayStatus): DayRecord => ({
  day,
  status,
  scheduled: status === 'rest' ? 0 : 2,
  required: status === 'rest' ? 0 : 2,
  done: status === 'done' ? 2 : status === 'partial' ? 1 : 0,
});

describe('progress view', () => {
  it.each([
    ['2026-11-25', 0, '2026-11-01'],
    ['2026-01-31', -2, '2025-11-01'],
    ['2026-12-15', 1, '2027-01-01'],
  ])('monthStart(%s, %i) is %s', (day, offset, expected) => {
    expect(monthStart(day, offset)).toBe(expected);
  });

  it('the heatmap covers this month and the two before, through today', () => {
    expect(heatmapRange('2026-02-10')).toEqual({ from: '2025-12-01', to: '2026-02-10' });
  });

  it('month summaries count planned days, leave out rest days and an open today, and name partial days', () => {
    const days = [
      rec('2026-11-01', 'done'),
      rec('2026-11-02', 'partial'),
      rec('2026-11-03', 'missed'),
      rec('2026-11-04', 'skip'),
      rec('2026-11-05', 'flare'),
      rec('2026-11-06', 'flare'),
      rec('2026-11-07', 'rest'),
      rec('2026-11-08', 'pending'),
    ];
    expect(monthSummary({ name: 'November', days })).toBe('November: 1 of 6 planned days done, 1 partly done, 1 skipped, 2 flare days.');
    expect(monthSummary({ name: 'November', days: [rec('2026-11-01', 'done')] })).toBe('November: 1 of 1 planned day done.');
    expect(monthSummary({ name: 'October', days: [rec('2026-10-01', 'rest')] })).toBe('October: no planned days.');
  });

  it('tightness is averaged per day over check-ins and sessions, inside the window only', () => {
    const checkIns = [
      { day: '2026-11-02', tightness: 6 },
      { day: '2026-11-02', tightness: 3 },
      { day: '2026-08-01', tightness: 9 },
    ];
    const sessions = [{ day: '2026-11-02', tightness: 4 }, { day: '2026-11-05', tightness: undefined }, { day: '2026-11-01', tightness: 0 }];
    expect(tightnessByDay(checkIns, sessions, '2026-09-01', '2026-11-25')).toEqual([
      { day: '2026-11-01', average: 0, count: 1 },
      { day: '2026-11-02', average: 4.3, count: 3 },
    ]);
  });
});
