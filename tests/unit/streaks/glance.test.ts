// The glance Today shows and the session summary repeats: one function of the history, and
// one sentence on what today's session did for the streak.
import { describe, expect, it } from 'vitest';
import type { DayKey, SessionRecord, Weekday } from '@/lib/model';
import { glance, streakLine, streaks, weekText, weeklyAdherence, type History } from '@/lib/streaks';
import { buildDayMark, buildPlanEntry, buildSession, T0 } from '../../fixtures/records';

const OPTIONS = { minimumPerDay: null, rolloverHour: 3, weekStartsOn: 1 } as const;
// T0 is Sunday 1 March 2026; the plan starts then.
const plan = (routineIds: string[], weekdays: Weekday[] = [0, 1, 2, 3, 4, 5, 6]) =>
  routineIds.map((routineId, i) => buildPlanEntry({ id: `p${i}`, routineId, weekdays, createdAt: T0 }));
const done = (routineId: string, day: DayKey): SessionRecord => buildSession({ routineId, day, startedAt: 0, endedAt: 0 });
const history = (over: Partial<History>): History => ({ plan: [], sessions: [], marks: [], today: '2026-03-04', options: OPTIONS, ...over });

describe('glance', () => {
  it('is the streak and this week as Today computed them before', () => {
    const h = history({ plan: plan(['core']), sessions: [done('core', '2026-03-02'), done('core', '2026-03-03'), done('core', '2026-03-04')] });
    const g = glance(h);
    expect(g.streak).toEqual(streaks(h));
    expect(g.week).toEqual(weeklyAdherence(h, 1)[0]);
    expect(weekText(g.week)).toBe('3/3');
    expect(weekText(undefined)).toBe('–');
  });
});

describe('streakLine', () => {
  it.each<[name: string, h: History, line: string]>([
    ['no plan', history({ sessions: [done('core', '2026-03-04')] }), 'Days you plan and do build a streak.'],
    [
      'today done, three in a row',
      history({ plan: plan(['core']), sessions: [done('core', '2026-03-02'), done('core', '2026-03-03'), done('core', '2026-03-04')] }),
      'Today counts: 3 planned days in a row.',
    ],
    ['the first day done', history({ plan: plan(['core']), today: '2026-03-01', sessions: [done('core', '2026-03-01')] }), 'Today counts: your streak has begun.'],
    [
      'one more routine planned today',
      history({ plan: plan(['core', 'hamstrings']), sessions: [done('core', '2026-03-04')] }),
      '1 more planned routine today, and the day counts towards your streak.',
    ],
    ['a rest day in the plan', history({ plan: plan(['core'], [1]), sessions: [done('core', '2026-03-04')] }), 'Today is a rest day in your plan: this session is a bonus and your streak is kept.'],
    [
      // The flare day's gentle reset, once done, counts as the day done (one judgement of a day).
      'a flare day, its gentle reset done',
      history({ plan: plan(['core']), sessions: [done('quick-reset', '2026-03-04')], marks: [buildDayMark({ day: '2026-03-04', kind: 'flare', at: 0 })] }),
      'Today counts: your streak has begun.',
    ],
    [
      'a skip day, with a bonus session',
      history({ plan: plan(['core']), sessions: [done('hamstrings', '2026-03-04')], marks: [buildDayMark({ day: '2026-03-04', kind: 'skip', at: 0 })] }),
      'Today is marked as a skip day, so your streak is kept.',
    ],
  ])('%s', (_name, h, line) => {
    expect(streakLine(glance(h), h.plan.length > 0)).toBe(line);
  });
});
