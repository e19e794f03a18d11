import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, atLocalTime, dayKey, eachDay } from '@/lib/days';
import type { DayKey, DayMark, DayMarkKind, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import {
  calendar,
  currentStreak,
  dayStatus,
  HABIT_ALPHA,
  habitStrength,
  longestStreak,
  streaks,
  weeklyAdherence,
  type History,
  type StreakOptions,
} from '@/lib/streaks';
import { buildDayMark, buildPlanEntry, buildSession } from '../../fixtures/records';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

beforeAll(() => setZone('Europe/Berlin'));
restoreZoneAfterAll();

// ---- fixtures -----------------------------------------------------------------------------

const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const entry = (id: string, routineId: string, start: DayKey, weekdays: Weekday[] = EVERY_DAY): PlanEntry =>
  buildPlanEntry({ id, routineId, weekdays, createdAt: atLocalTime(start, '09:00') });
let seq = 0;
const session = (routineId: string, day: DayKey, over: Partial<SessionRecord> = {}): SessionRecord =>
  buildSession({ id: `s${++seq}`, routineId, day, startedAt: 0, endedAt: 0, ...over });
/** A session recorded at an instant, its day computed the way the app does when saving. */
const sessionAt = (routineId: string, at: number, rolloverHour = 3): SessionRecord =>
  session(routineId, dayKey(at, rolloverHour), { startedAt: at, endedAt: at + 600_000 });
const mark = (day: DayKey, kind: DayMarkKind): DayMark => buildDayMark({ day, kind, at: 0 });
const OPTIONS: StreakOptions = { minimumPerDay: null, rolloverHour: 3, weekStartsOn: 1 };

const history = (over: Partial<History> & Pick<History, 'today'>): History => ({
  plan: [], sessions: [], marks: [], options: OPTIONS, ...over,
});

/**
 * A one-routine daily plan from `start`, one code per day: D done, . nothing, S skip mark,
 * F flare mark, p a player session ended early. Today is the day after the last code unless
 * `today` says otherwise.
 */
function daily(codes: string, start: DayKey = '2026-03-02', over: Partial<History> = {}): History {
  const sessions: SessionRecord[] = [];
  const marks: DayMark[] = [];
  [...codes].forEach((code, i) => {
    const day = addDays(start, i);
    if (code === 'D') sessions.push(session('core', day));
    if (code === 'p') sessions.push(session('core', day, { completed: false }));
    if (code === 'S') marks.push(mark(day, 'skip'));
    if (code === 'F') marks.push(mark(day, 'flare'));
  });
  return history({ plan: [entry('e1', 'core', start)], sessions, marks, today: addDays(start, codes.length), ...over });
}

// ---- day status ---------------------------------------------------------------------------

describe('dayStatus', () => {
  const twoRoutines = (sessions: SessionRecord[], over: Partial<History> = {}) =>
    history({ plan: [entry('a', 'core', '2026-03-01'), entry('b', 'hamstrings', '2026-03-01')], sessions, today: '2026-03-10', ...over });
  const day = '2026-03-05';

  it.each([
    { name: 'all routines done', h: twoRoutines([session('core', day), session('hamstrings', day)]), status: 'done' },
    { name: 'one of two done', h: twoRoutines([session('core', day)]), status: 'partial' },
    { name: 'one of two, minimum 1', h: twoRoutines([session('core', day)], { options: { ...OPTIONS, minimumPerDay: 1 } }), status: 'done' },
    { name: 'minimum above the plan is capped', h: twoRoutines([session('core', day), session('hamstrings', day)], { options: { ...OPTIONS, minimumPerDay: 5 } }), status: 'done' },
    { name: 'ended early does not count', h: twoRoutines([session('core', day, { completed: false }), session('hamstrings', day)]), status: 'partial' },
    { name: 'ticked off by hand counts', h: twoRoutines([session('core', day, { completed: false, source: 'manual' }), session('hamstrings', day)]), status: 'done' },
    { name: 'the same routine twice is one', h: twoRoutines([session('core', day), session('core', day)]), status: 'partial' },
    { name: 'nothing done', h: twoRoutines([]), status: 'missed' },
    { name: 'skip mark', h: twoRoutines([session('core', day)], { marks: [mark(day, 'skip')] }), status: 'skip' },
    { name: 'flare mark', h: twoRoutines([], { marks: [mark(day, 'flare')] }), status: 'flare' },
    { name: 'done beats a mark', h: twoRoutines([session('core', day), session('hamstrings', day)], { marks: [mark(day, 'skip')] }), status: 'done' },
    { name: 'today, not done yet', h: twoRoutines([session('core', day)], { today: day }), status: 'pending' },
    { name: 'today, done', h: twoRoutines([session('core', day), session('hamstrings', day)], { today: day }), status: 'done' },
    { name: 'a future day', h: twoRoutines([], { today: '2026-03-01' }), status: 'pending' },
    { name: 'before the plan existed', h: twoRoutines([], { plan: [entry('a', 'core', '2026-03-06')] }), status: 'rest' },
    { name: 'not a planned weekday (Thursday)', h: twoRoutines([], { plan: [entry('a', 'core', '2026-03-01', WEEKDAYS.filter((d) => d !== 4))] }), status: 'rest' },
    { name: 'a mark on a rest day', h: twoRoutines([], { plan: [entry('a', 'core', '2026-03-01', [1, 2, 3])], marks: [mark(day, 'skip')] }), status: 'rest' },
  ] satisfies { name: string; h: History; status: string }[])('$name → $status', ({ h, status }) => {
    expect(dayStatus(h, day)).toBe(status);
  });

  it('counts a 00:40 session for the day before (rollover 3)', () => {
    // Plan: Mondays only. The Monday session happens at 00:40 on Tuesday 2026-03-31.
    const plan = [entry('mon', 'core', '2026-03-02', [1])];
    const late = sessionAt('core', atLocalTime('2026-03-31', '00:40'));
    expect(late.day).toBe('2026-03-30');
    const h = history({ plan, sessions: [late], today: '2026-04-02' });
    expect(dayStatus(h, '2026-03-30')).toBe('done');
    expect(dayStatus(h, '2026-03-31')).toBe('rest');
    // With rollover 0 the same session would land on Tuesday, and Monday would be missed.
    const midnight = sessionAt('core', atLocalTime('2026-03-31', '00:40'), 0);
    expect(dayStatus(history({ plan, sessions: [midnight], today: '2026-04-02' }), '2026-03-30')).toBe('missed');
  });

  it('places a plan created at 00:40 on the day before, by the rollover hour', () => {
    const createdAt = atLocalTime('2026-03-31', '00:40');
    const plan = [{ ...entry('e', 'core', '2026-03-31'), createdAt }];
    expect(dayStatus(history({ plan, today: '2026-04-02' }), '2026-03-30')).toBe('missed');
    const atMidnight = { ...OPTIONS, rolloverHour: 0 };
    expect(dayStatus(history({ plan, today: '2026-04-02', options: atMidnight }), '2026-03-30')).toBe('rest');
  });
});

// ---- streaks ------------------------------------------------------------------------------

describe('currentStreak and longestStreak (daily plan)', () => {
  it.each([
    { codes: '', current: 0, longest: 0, why: 'plan made today' },
    { codes: 'DDD', current: 3, longest: 3, why: 'three days done' },
    { codes: 'DDD.DD', current: 2, longest: 3, why: 'a missed day breaks' },
    { codes: 'DDDpD', current: 1, longest: 3, why: 'ended early is not done' },
    { codes: 'DDD.', current: 0, longest: 3, why: 'yesterday missed' },
    { codes: 'DDSDD', current: 4, longest: 4, why: 'a skip holds without extending' },
    { codes: 'DDSSDD', current: 4, longest: 4, why: 'two skips in a week hold' },
    { codes: 'DDSSSDD', current: 2, longest: 2, why: 'the third skip in a week breaks' },
    { codes: 'DDSFFDD', current: 2, longest: 2, why: 'skip and flare share the budget' },
    { codes: 'DSDSDSD', current: 1, longest: 3, why: 'three skips within 7 days, spread out' },
    { codes: 'DSDDDDDSD', current: 7, longest: 7, why: 'skips 6 days apart: two in the window' },
    { codes: 'DSDDDDDDSSD', current: 8, longest: 8, why: 'an old skip has left the window' },
    { codes: 'FFDDD', current: 3, longest: 3, why: 'flare days at the start hold nothing' },
  ])('$codes → current $current, longest $longest ($why)', ({ codes, current, longest }) => {
    const h = daily(codes);
    expect(streaks(h)).toEqual({ current, longest });
    expect(currentStreak(h)).toBe(current);
    expect(longestStreak(h)).toBe(longest);
  });

  it('does not break on today before it ends, and counts it once done', () => {
    const start = '2026-03-02';
    const twoDone = daily('DD', start, { today: addDays(start, 2) });
    expect(currentStreak(twoDone)).toBe(2);
    const todayDone = daily('DDD', start, { today: addDays(start, 2) });
    expect(currentStreak(todayDone)).toBe(3);
    const todaySkipped = daily('DDS', start, { today: addDays(start, 2) });
    expect(currentStreak(todaySkipped)).toBe(2);
  });

  it('lets rest days neither extend nor break (Mon–Fri plan)', () => {
    const plan = [entry('e', 'core', '2026-03-02', WEEKDAYS)];
    const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10'];
    const sessions = [...days.map((d) => session('core', d)), session('core', '2026-03-07')]; // a bonus Saturday
    expect(streaks(history({ plan, sessions, today: '2026-03-11' }))).toEqual({ current: 7, longest: 7 });
  });

  it('does not spend the skip budget on rest days', () => {
    const plan = [entry('e', 'core', '2026-03-02', WEEKDAYS)];
    const sessions = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-11'].map((d) => session('core', d));
    const marks = [mark('2026-03-07', 'skip'), mark('2026-03-08', 'skip'), mark('2026-03-09', 'flare'), mark('2026-03-10', 'flare')];
    expect(currentStreak(history({ plan, sessions, marks, today: '2026-03-12' }))).toBe(6);
  });

  it('counts through a leap day', () => {
    expect(streaks(daily('DDDDDD', '2028-02-26'))).toEqual({ current: 6, longest: 6 });
    // Tuesdays only: 2028-02-22, the leap day (a Tuesday) and 2028-03-07.
    const plan = [entry('tue', 'core', '2028-02-20', [2])];
    const sessions = ['2028-02-22', '2028-02-29', '2028-03-07'].map((d) => session('core', d));
    expect(currentStreak(history({ plan, sessions, today: '2028-03-10' }))).toBe(3);
    expect(currentStreak(history({ plan, sessions: sessions.filter((s) => s.day !== '2028-02-29'), today: '2028-03-10' }))).toBe(1);
  });

  it('is zero with no plan, whatever was done', () => {
    const h = history({ sessions: [session('core', '2026-03-02')], marks: [mark('2026-03-03', 'skip')], today: '2026-03-10' });
    expect(streaks(h)).toEqual({ current: 0, longest: 0 });
    expect(calendar(h, '2026-03-01', '2026-03-10').every((d) => d.status === 'rest')).toBe(true);
  });
});

describe('DST weeks (sessions recorded at real instants, days computed as the app does)', () => {
  it('Berlin spring forward: every day of 2026-03-23 … 29 counts', () => {
    const plan = [entry('e', 'core', '2026-03-16')];
    const sessions = [
      ...eachDay('2026-03-23', '2026-03-27').map((d) => sessionAt('core', atLocalTime(d, '07:30'))),
      sessionAt('core', Date.parse('2026-03-28T23:40:00Z')), // Sunday 00:40 CET: Saturday's
      sessionAt('core', Date.parse('2026-03-29T01:30:00Z')), // Sunday 03:30 CEST: Sunday's
    ];
    expect(sessions.map((s) => s.day)).toEqual(eachDay('2026-03-23', '2026-03-29'));
    const h = history({ plan, sessions, today: '2026-03-30' });
    expect(currentStreak(h)).toBe(7);
    expect(weeklyAdherence(h, 1)).toEqual([{ weekStart: '2026-03-30', scheduled: 0, done: 0, ratio: null }]);
    expect(weeklyAdherence(h, 2)[0]).toEqual({ weekStart: '2026-03-23', scheduled: 7, done: 7, ratio: 1 });
  });

  it('New York fall back: a session in the repeated 01:30 counts for Saturday', () => {
    setZone('America/New_York');
    try {
      const plan = [entry('e', 'core', '2026-10-19')];
      const sessions = [
        ...eachDay('2026-10-26', '2026-10-30').map((d) => sessionAt('core', atLocalTime(d, '20:00'))),
        sessionAt('core', Date.parse('2026-11-01T06:30:00Z')), // 01:30 EST, the second one
        sessionAt('core', atLocalTime('2026-11-01', '20:00')),
      ];
      expect(sessions.map((s) => s.day)).toEqual(eachDay('2026-10-26', '2026-11-01'));
      const h = history({ plan, sessions, today: '2026-11-02' });
      expect(streaks(h)).toEqual({ current: 7, longest: 7 });
      expect(weeklyAdherence(h, 2)[0]).toEqual({ weekStart: '2026-10-26', scheduled: 7, done: 7, ratio: 1 });
    } finally {
      setZone('Europe/Berlin');
    }
  });
});

// ---- habit strength -----------------------------------------------------------------------

describe('habitStrength', () => {
  const score = (h: History) => habitStrength(h).score;

  it('has a half-life of 14 scheduled days', () => {
    expect(HABIT_ALPHA).toBeCloseTo(1 - 0.5 ** (1 / 14), 12);
    expect(score(daily('D'))).toBeCloseTo(100 * HABIT_ALPHA, 9);
    expect(score(daily('D'.repeat(14)))).toBeCloseTo(50, 9);
    expect(score(daily('D'.repeat(28)))).toBeCloseTo(75, 9);
    expect(score(daily('D'.repeat(14) + '.'.repeat(14)))).toBeCloseTo(25, 9);
  });

  it('stays within 0–100 and starts at 0', () => {
    expect(score(daily(''))).toBe(0);
    expect(score(daily('.....'))).toBe(0);
    expect(score(daily('D'.repeat(2000)))).toBeLessThanOrEqual(100);
    expect(score(daily('D'.repeat(2000)))).toBeGreaterThan(99.9);
  });

  it('is frozen on skip, flare, rest and pending days', () => {
    const base = score(daily('DD'));
    expect(score(daily('DDSF'))).toBe(base);
    expect(score(daily('DD', '2026-03-02', { today: '2026-03-04' }))).toBe(base); // today pending
    const series = habitStrength(daily('DDSD')).series;
    expect(series.map((p) => p.day)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(series[2]?.score).toBe(series[1]?.score);
    expect(series[4]?.score).toBe(series[3]?.score);
    // Mon–Fri plan: the weekend leaves it where Friday put it.
    const plan = [entry('e', 'core', '2026-03-02', WEEKDAYS)];
    const sessions = eachDay('2026-03-02', '2026-03-06').map((d) => session('core', d));
    const weekdays = habitStrength(history({ plan, sessions, today: '2026-03-09' })).series;
    expect(weekdays.at(-1)?.score).toBe(weekdays[4]?.score);
    expect(weekdays.at(-1)?.score).toBeCloseTo(score(daily('DDDDD')), 9);
  });

  it('gives a partial day its done share', () => {
    const plan = [entry('a', 'core', '2026-03-02'), entry('b', 'hamstrings', '2026-03-02')];
    const h = history({ plan, sessions: [session('core', '2026-03-02')], today: '2026-03-03' });
    expect(score(h)).toBeCloseTo(50 * HABIT_ALPHA, 9);
  });

  it('is 0 with no plan', () => {
    expect(habitStrength(history({ sessions: [session('core', '2026-03-02')], today: '2026-03-10' }))).toEqual({ score: 0, series: [] });
  });
});

// ---- weekly adherence ---------------------------------------------------------------------

describe('weeklyAdherence', () => {
  // Daily plan from Monday 2026-03-02; today is Wednesday 2026-03-18.
  const codes = 'DDD.DDS' + 'D.D.DF.' + 'D.';
  const h = daily(codes);

  it('counts done / scheduled per week, oldest first, leaving out skip and flare days', () => {
    expect(h.today).toBe('2026-03-18');
    expect(weeklyAdherence(h, 4)).toEqual([
      { weekStart: '2026-02-23', scheduled: 0, done: 0, ratio: null },
      { weekStart: '2026-03-02', scheduled: 6, done: 5, ratio: 5 / 6 },
      { weekStart: '2026-03-09', scheduled: 6, done: 3, ratio: 0.5 },
      { weekStart: '2026-03-16', scheduled: 2, done: 1, ratio: 0.5 }, // Wednesday is still open
    ]);
  });

  it('adds today once it is done', () => {
    const done = daily(codes + 'D', '2026-03-02', { today: '2026-03-18' });
    expect(weeklyAdherence(done, 1)).toEqual([{ weekStart: '2026-03-16', scheduled: 3, done: 2, ratio: 2 / 3 }]);
  });

  it('follows the week start setting', () => {
    const sunday = { ...h, options: { ...OPTIONS, weekStartsOn: 0 as const } };
    expect(weeklyAdherence(sunday, 2).map((w) => w.weekStart)).toEqual(['2026-03-08', '2026-03-15']);
    expect(weeklyAdherence(sunday, 1)[0]).toMatchObject({ scheduled: 3, done: 1 }); // Sun ., Mon D, Tue .
  });

  it('returns nothing for zero weeks, and nulls with no plan', () => {
    expect(weeklyAdherence(h, 0)).toEqual([]);
    expect(weeklyAdherence(history({ today: '2026-03-18' }), 2).map((w) => w.ratio)).toEqual([null, null]);
  });
});

// ---- calendar -----------------------------------------------------------------------------

describe('calendar', () => {
  it('gives every day in the range a status for the heatmap', () => {
    const plan = [entry('a', 'core', '2026-03-03'), entry('b', 'hamstrings', '2026-03-03', [1, 3, 5])];
    const sessions = [
      session('core', '2026-03-03'),
      session('core', '2026-03-04'), session('hamstrings', '2026-03-04'),
      session('core', '2026-03-06'),
      session('core', '2026-03-08'),
    ];
    const marks = [mark('2026-03-05', 'flare'), mark('2026-03-07', 'skip')];
    const days = calendar(history({ plan, sessions, marks, today: '2026-03-08' }), '2026-03-02', '2026-03-09');
    expect(days.map((d) => `${d.day.slice(8)} ${d.status} ${d.done}/${d.required}`)).toEqual([
      '02 rest 0/0', // before the plan
      '03 done 1/1',
      '04 done 2/2',
      '05 flare 0/1',
      '06 partial 1/2',
      '07 skip 0/1',
      '08 done 1/1', // today, done
      '09 pending 0/2', // tomorrow
    ]);
  });
});

// ---- travel and long histories ------------------------------------------------------------

describe('a person who flies from Berlin to New York mid-streak', () => {
  it('keeps the streak: each session counts for the local day where it was done', () => {
    const plan = [entry('e', 'core', '2026-06-01')];
    // Evening sessions in Berlin, 1–10 June.
    setZone('Europe/Berlin');
    const berlin = eachDay('2026-06-01', '2026-06-10').map((d) => sessionAt('core', atLocalTime(d, '20:00')));
    // The flight lands on 11 June; from then on, evening sessions in New York.
    setZone('America/New_York');
    try {
      const newYork = eachDay('2026-06-11', '2026-06-20').map((d) => sessionAt('core', atLocalTime(d, '20:00')));
      const sessions = [...berlin, ...newYork];
      // 20:00 in New York is 02:00 the next day in Berlin: stored days must still be 11 … 20 June.
      expect(sessions.map((s) => s.day)).toEqual(eachDay('2026-06-01', '2026-06-20'));
      const h = history({ plan, sessions, today: '2026-06-21' });
      expect(streaks(h)).toEqual({ current: 20, longest: 20 });
      expect(dayStatus(h, '2026-06-11')).toBe('done');
    } finally {
      setZone('Europe/Berlin');
    }
  });
});

describe('a 10-year history', () => {
  it('counts a decade of daily sessions with monthly skips and a few misses', () => {
    const start = '2016-11-28';
    const days = eachDay(start, addDays(start, 3651));
    // Done every day, except a skip on the 1st of each month and a missed day every 1,000 days.
    const codes = days.map((d, i) => (i > 0 && i % 1000 === 0 ? '.' : d.endsWith('-01') ? 'S' : 'D')).join('');
    const h = daily(codes, start);
    const { current, longest } = streaks(h);
    expect(longest).toBeGreaterThan(900);
    expect(current).toBeGreaterThan(600);
    expect(current).toBeLessThanOrEqual(longest);
    const strength = habitStrength(h);
    expect(strength.score).toBeGreaterThan(95);
    // One point per day from the first planned day through today.
    expect(strength.series.length).toBe(days.length + 1);
    expect(weeklyAdherence(h, 12).every((w) => w.ratio === 1 || w.ratio === null)).toBe(true);
  });
});
