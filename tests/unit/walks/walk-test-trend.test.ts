// The walking-test trend on Progress (issue 15, point 3): each test against the first, in words.
import { describe, expect, it } from 'vitest';
import type { WalkTest } from '@/lib/model';
import { walkTestDue, walkTestHeadline, walkTestPoints } from '@/lib/walks';

const MIN = 60_000;
let n = 0;
const test_ = (day: string, symptomMin: number | null, totalMin: number): WalkTest => {
  const startedAt = Date.parse(`${day}T09:00:00Z`) + n++;
  return { id: `t${n}`, startedAt, endedAt: startedAt + totalMin * MIN, day, totalMs: totalMin * MIN, symptomAtMs: symptomMin === null ? null : symptomMin * MIN, endReason: 'back' };
};
const dayText = (day: string) => `day ${day}`;

describe('walkTestPoints', () => {
  it('orders tests oldest first and gives minutes to one decimal', () => {
    const points = walkTestPoints([test_('2026-11-20', 8, 12.5), test_('2026-10-01', null, 30)]);
    expect(points.map((p) => [p.day, p.symptomMinutes, p.totalMinutes])).toEqual([
      ['2026-10-01', null, 30],
      ['2026-11-20', 8, 12.5],
    ]);
  });
});

describe('walkTestHeadline', () => {
  it.each<[string, WalkTest[], string, string | null]>([
    ['no test', [], '2026-12-03', null],
    ['the first test, today', [test_('2026-12-03', 10, 14)], '2026-12-03', 'Today you walked 10 minutes before tightness started. This is your first walking test: the next ones are measured against it.'],
    ['further than the first', [test_('2026-11-01', 10, 12), test_('2026-12-03', 14, 18)], '2026-12-03', 'Today you walked 14 minutes before tightness started, 4 more than in your first test.'],
    ['less far, on another day', [test_('2026-11-01', 10, 12), test_('2026-11-29', 7, 9)], '2026-12-03', 'On day 2026-11-29 you walked 7 minutes before tightness started, 3 fewer than in your first test.'],
    ['the same', [test_('2026-11-01', 10, 12), test_('2026-12-03', 10.2, 11)], '2026-12-03', 'Today you walked 10 minutes before tightness started, the same as in your first test.'],
    ['no tightness at all: the whole walk counts', [test_('2026-11-01', 8, 10), test_('2026-12-03', null, 30)], '2026-12-03', 'Today you walked 30 minutes and tightness did not start, 22 more than in your first test.'],
    ['one minute', [test_('2026-12-03', 1, 2)], '2026-12-03', 'Today you walked 1 minute before tightness started. This is your first walking test: the next ones are measured against it.'],
  ])('%s', (_name, tests, today, expected) => {
    expect(walkTestHeadline(walkTestPoints(tests), today, dayText)).toBe(expected);
  });
});

describe('walkTestDue', () => {
  it.each([
    ['none done yet', [], { due: true, daysSince: null }],
    ['13 days after the last', [test_('2026-11-20', 8, 10)], { due: false, daysSince: 13 }],
    ['14 days after the last', [test_('2026-11-19', 8, 10)], { due: true, daysSince: 14 }],
  ] as const)('%s', (_name, tests, expected) => {
    expect(walkTestDue(walkTestPoints(tests), '2026-12-03')).toEqual(expected);
  });
});
