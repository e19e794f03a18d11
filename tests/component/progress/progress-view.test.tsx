import { describe, expect, it } from 'vitest';
import { firstUseDay, heatmapRange, monthStart, monthSummary, progressView, tightnessByDay, toleranceHeadline } from '@/components/progress/progress-view';
import { DEFAULT_SETTINGS, type PlanEntry } from '@/lib/model';
import { buildSession } from '../../fixtures/records';
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

describe('the walking-tolerance headline', () => {
  const trend = (...medians: number[]) => medians.map((median) => ({ median }));
  it.each([
    ['up from the onboarding answer', trend(11, 14), 10, 'Up from 10 to 14 minutes since you started'],
    ['down from it', trend(9, 8), 10, 'Down from 10 to 8 minutes since you started'],
    ['the same, rounded', trend(10.2), 10, 'About 10 minutes, as when you started'],
    ['no answer: from the first walk’s trend', trend(8, 9, 12), undefined, 'Up from 8 to 12 minutes since you started'],
    ['one walk and no answer', trend(12), undefined, '12 minutes before tightness on your first logged walk'],
    ['no walks, an answer', trend(), 10, '10 minutes before tightness when you started'],
    ['one minute', trend(1), undefined, '1 minute before tightness on your first logged walk'],
    ['nothing at all', trend(), undefined, null],
  ] as const)('%s', (_, points, baseline, expected) => {
    expect(toleranceHeadline(points, baseline)).toBe(expected);
  });
});

describe('the first weeks', () => {
  const at = (iso: string) => new Date(iso).getTime();
  const entry: PlanEntry = { id: 'p', routineId: 'walk-ready', weekdays: [0, 1, 2, 3, 4, 5, 6], time: '07:30', reminder: false, remindMinutesBefore: 0, createdAt: at('2026-11-25T06:00:00') };
  const session = buildSession({ id: 's', routineId: 'walk-ready', day: '2026-11-25', startedAt: at('2026-11-25T07:00:00'), endedAt: at('2026-11-25T07:06:00') });
  const rows = { plan: [entry], sessions: [session], marks: [], checkIns: [], walks: [], settings: DEFAULT_SETTINGS };

  it.each([
    ['the plan’s creation', { ...rows, sessions: [] }, '2026-11-25'],
    ['an older imported session', { ...rows, sessions: [{ ...session, day: '2026-10-03' }] }, '2026-10-03'],
    ['nothing yet: today', { ...rows, plan: [], sessions: [] }, '2026-11-26'],
  ])('first use is the earliest of the plan and the records: %s', (_, input, expected) => {
    expect(firstUseDay(input, 3, '2026-11-26')).toBe(expected);
  });

  it('on day 1 the calendar, the weeks and the strength series start at the first use', () => {
    const view = progressView(rows, at('2026-11-25T09:00:00'));
    expect(view.early).toBe(true);
    expect(view.days.map((d) => d.day)).toEqual(['2026-11-25']);
    expect(view.adherence.map((w) => w.weekStart)).toEqual(['2026-11-23']);
    expect(view.thisWeek).toMatchObject({ scheduled: 1, done: 1 });
    expect(view.strength.series.every((p) => p.day >= '2026-11-25')).toBe(true);
    expect(view.sessionCount).toBe(1);
    expect(view.sessionMinutes).toBe(6);
  });

  it('after four weeks the screen is no longer in its first weeks', () => {
    expect(progressView(rows, at('2026-12-22T09:00:00')).early).toBe(true);
    expect(progressView(rows, at('2026-12-23T09:00:00')).early).toBe(false);
  });
});
