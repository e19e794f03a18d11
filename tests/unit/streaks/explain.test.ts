import { beforeAll, describe, expect, it } from 'vitest';
import { progressView } from '@/components/progress/progress-view';
import { addDays, atLocalTime } from '@/lib/days';
import { DEFAULT_SETTINGS, type DayKey, type DayMark, type DayMarkKind, type PlanEntry, type SessionRecord, type Weekday } from '@/lib/model';
import { dueToday } from '@/lib/schedule';
import { calendar, dayStatus, streakStory, streaks, whenWords, type History, type StreakOptions } from '@/lib/streaks';
import { buildDayMark, buildPlanEntry, buildSession } from '../../fixtures/records';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';
import { TWO_WEEKS_EXPECTED, TWO_WEEKS_PLAN, TWO_WEEKS_TODAY, twoWeeksMarks, twoWeeksSessions } from '../../fixtures/two-weeks';

beforeAll(() => setZone('Europe/Berlin'));
restoreZoneAfterAll();

const OPTIONS = { minimumPerDay: null, rolloverHour: 3, weekStartsOn: 1 } as const satisfies StreakOptions;
const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const entry = (id: string, routineId: string, start: DayKey, weekdays: Weekday[] = EVERY_DAY, time = '07:30'): PlanEntry =>
  buildPlanEntry({ id, routineId, weekdays, time, createdAt: atLocalTime(start, '06:00') });
let seq = 0;
const session = (routineId: string, day: DayKey): SessionRecord => buildSession({ id: `x${++seq}`, routineId, day, startedAt: 0, endedAt: 0 });
const mark = (day: DayKey, kind: DayMarkKind): DayMark => buildDayMark({ day, kind, at: 0 });

describe('the two weeks from issue 13', () => {
  const plan = TWO_WEEKS_PLAN;
  const sessions = twoWeeksSessions();
  const marks = twoWeeksMarks();
  const history: History = { plan, sessions, marks, today: TWO_WEEKS_TODAY, options: OPTIONS };
  const now = atLocalTime(TWO_WEEKS_TODAY, '09:00');

  it('gives one streak, reason and strength, the same on Today and on Progress', () => {
    const story = streakStory(history);
    expect(story).toMatchObject(TWO_WEEKS_EXPECTED);
    const progress = progressView({ plan, sessions, marks, checkIns: [], walks: [], settings: { ...DEFAULT_SETTINGS, ...OPTIONS } }, now);
    expect(progress.streak).toEqual({ current: story.current, longest: story.longest });
    expect(Math.round(progress.strength.score)).toBe(story.strength);
  });

  it('counts the three flare days as done, because their gentle reset was done', () => {
    for (const day of ['2026-11-22', '2026-11-23', '2026-11-24']) {
      expect(dayStatus(history, day)).toBe('done');
      // Today's list on that day agrees: the swapped-in reset shows as done.
      const items = dueToday(plan, sessions, marks, day, atLocalTime(day, '20:00'), { rolloverHour: 3 });
      expect(items.map((i) => [i.routineId, i.status, i.replaces])).toEqual([['quick-reset', 'done', 'core']]);
    }
    expect(dayStatus(history, '2026-11-20')).toBe('missed');
    expect(dayStatus(history, '2026-11-27')).toBe('partial');
    expect(calendar(history, '2026-11-27', '2026-11-27')[0]).toMatchObject({ missing: ['core-glutes'] });
  });
});

describe('flare and skip days', () => {
  const start = '2026-03-02'; // a Monday
  const plan = [entry('a', 'core', start), entry('b', 'hamstrings', start, EVERY_DAY, '12:00')];
  const h = (sessions: SessionRecord[], marks: DayMark[], today: DayKey): History => ({ plan, sessions, marks, today, options: OPTIONS });

  it.each([
    { name: 'flare, reset and stretch done', sessions: ['quick-reset', 'hamstrings'], kind: 'flare' as const, status: 'done' },
    { name: 'flare, only the reset done', sessions: ['quick-reset'], kind: 'flare' as const, status: 'flare' },
    { name: 'flare, the original routine done instead', sessions: ['core', 'hamstrings'], kind: 'flare' as const, status: 'flare' },
    { name: 'skip, everything done anyway', sessions: ['core', 'hamstrings'], kind: 'skip' as const, status: 'done' },
    { name: 'skip, nothing done', sessions: [], kind: 'skip' as const, status: 'skip' },
  ])('$name: $status', ({ sessions, kind, status }) => {
    const day = '2026-03-03';
    expect(dayStatus(h(sessions.map((r) => session(r, day)), [mark(day, kind)], '2026-03-05'), day)).toBe(status);
  });

  it('never breaks a streak on flare days whose gentle reset was done, however many', () => {
    const days = Array.from({ length: 5 }, (_, i) => addDays(start, i));
    const sessions = days.flatMap((d) => [session('quick-reset', d), session('hamstrings', d)]);
    const marks = days.map((d) => mark(d, 'flare'));
    expect(streaks(h(sessions, marks, addDays(start, 5)))).toEqual({ current: 5, longest: 5 });
  });
});

describe('streakStory words', () => {
  const start = '2026-03-02'; // Monday
  /** One daily core entry; codes per day from start: D done, . nothing, S skip, F flare, R reset on a flare day. */
  function daily(codes: string, today: DayKey = addDays(start, codes.length)): History {
    const sessions: SessionRecord[] = [];
    const marks: DayMark[] = [];
    [...codes].forEach((code, i) => {
      const day = addDays(start, i);
      if (code === 'D') sessions.push(session('core', day));
      if (code === 'S') marks.push(mark(day, 'skip'));
      if (code === 'F' || code === 'R') marks.push(mark(day, 'flare'));
      if (code === 'R') sessions.push(session('quick-reset', day));
    });
    return { plan: [entry('e', 'core', start)], sessions, marks, today, options: OPTIONS };
  }

  it.each([
    { codes: '', why: 'Your streak starts with the first planned day you do.', current: 0 },
    { codes: 'DDD', why: 'No planned day missed since you started.', current: 3 },
    { codes: 'DDSD', why: 'No planned day missed since you started.', current: 3 },
    // Monday 2 to Thursday 5 done, Friday 6 missed, Saturday 7 on; today is Monday 9.
    { codes: 'DDDD.DD', why: 'Core: plank was missed on Friday, so the streak restarted on Saturday.', current: 2 },
    { codes: 'DDDD.', why: 'Core: plank was missed yesterday, so the streak starts again once today’s routines are done.', current: 0 },
    { codes: 'DD.D', why: 'Core: plank was missed on Wednesday, so the streak restarted yesterday.', current: 1 },
    { codes: 'DSSSD', why: 'Yesterday was one skip or flare day too many (more than 2 in 7 days), so the streak restarted today.', current: 1, today: addDays(start, 4) },
    { codes: 'DSSS', why: 'Yesterday was one skip or flare day too many (more than 2 in 7 days), so the streak starts again once today’s routines are done.', current: 0 },
    { codes: 'DSSSDD', why: 'Thursday was one skip or flare day too many (more than 2 in 7 days), so the streak restarted on Friday.', current: 2 },
    { codes: 'D.DDDDDDDD', why: 'Core: plank was missed on Tuesday 3 March, so the streak restarted on Wednesday 4 March.', current: 8 },
    { codes: 'DRRRRD', why: 'No planned day missed since you started.', current: 6 },
  ])('$codes → $why', ({ codes, why, current, today }) => {
    const story = streakStory(daily(codes, today));
    expect(story.why).toBe(why);
    expect(story.current).toBe(current);
  });

  it.each([
    { codes: 'DDDS', today: 3, todayMark: 'Today won’t break your 3-day streak.', excused: 'Skip and flare days in the last 7 days: 1 of 2.' },
    { codes: 'D.S', today: 2, todayMark: 'Today won’t count as a missed day.', excused: 'Skip and flare days in the last 7 days: 1 of 2.' },
    { codes: 'DSSF', today: 3, todayMark: 'That is more than 2 skip or flare days in 7, so today breaks the streak unless you do the gentle reset.', excused: 'Skip and flare days in the last 7 days: 3 (2 allowed).' },
    { codes: 'DDD', today: 3, todayMark: null, excused: null },
  ])('today marked: $codes', ({ codes, today, todayMark, excused }) => {
    const story = streakStory(daily(codes, addDays(start, today)));
    expect(story.todayMark).toBe(todayMark);
    expect(story.excusedText).toBe(excused);
  });

  it('says a mark on a day done anyway changes nothing', () => {
    const h = daily('DD', addDays(start, 1));
    expect(streakStory({ ...h, marks: [mark(addDays(start, 1), 'skip')] }).todayMark).toBe('You did today’s routines anyway, so today counts as done.');
  });

  it('hints how many skip or flare days are left before marking today', () => {
    expect(streakStory(daily('DDD')).markHint).toContain('(2 left now)');
    expect(streakStory(daily('DSS')).markHint).toContain('another one breaks the streak');
  });

  it.each([
    { day: '2026-03-09', words: 'today' },
    { day: '2026-03-08', words: 'yesterday' },
    { day: '2026-03-03', words: 'on Tuesday' },
    { day: '2026-03-02', words: 'on Monday 2 March' },
    { day: '2025-12-31', words: 'on Wednesday 31 December 2025' },
  ])('whenWords($day) → $words', ({ day, words }) => {
    expect(whenWords(day, '2026-03-09')).toBe(words);
  });
});
