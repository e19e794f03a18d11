// "N times a week" goals: due on any day until the week's count is met; a day counts against
// the streak only when the days left are just enough. One judgement (lib/schedule/day-plan)
// read by Today, reminders and the streak history — checked here through all three, with
// explicit dates and the zone pinned. The first week is 23–29 March 2026, whose Sunday is the
// night Berlin moves its clocks forward; the New York case runs across 8 March 2026.
import { beforeAll, describe, expect, it } from 'vitest';
import { atLocalTime, dayKey, eachDay } from '@/lib/days';
import type { DayKey, DayMark, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import { dayPlanner, dueToday, nextReminderAt, remindersDue, validateEntry } from '@/lib/schedule';
import { calendar, streaks, type History } from '@/lib/streaks';
import { buildDayMark, buildPlanEntry, buildSession, EVERY_DAY } from '../../fixtures/records';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

beforeAll(() => setZone('Europe/Berlin'));
restoreZoneAfterAll();

const WEEK = eachDay('2026-03-23', '2026-03-29'); // Monday … Sunday (DST)
const EARLIER = atLocalTime('2026-03-01', '12:00');

const goal = (times: number, over: Partial<PlanEntry> = {}): PlanEntry =>
  buildPlanEntry({ id: 'goal', routineId: 'core', weekdays: EVERY_DAY, timesPerWeek: times, time: '18:00', reminder: true, createdAt: EARLIER, ...over });
let seq = 0;
const sessionOn = (day: DayKey, routineId = 'core'): SessionRecord =>
  buildSession({ id: `s${++seq}`, routineId, day, startedAt: atLocalTime(day, '18:05'), endedAt: atLocalTime(day, '18:15'), completed: true });
const history = (plan: PlanEntry[], sessions: SessionRecord[], marks: DayMark[] = [], today: DayKey = '2026-03-30', weekStartsOn: Weekday = 1): History => ({
  plan,
  sessions,
  marks,
  today,
  options: { rolloverHour: 3, minimumPerDay: null, weekStartsOn },
});

/** One letter per day of the week: d done, r rest (nothing asked), m missed, f flare, s skip. */
const LETTER = { done: 'd', rest: 'r', missed: 'm', partial: 'p', skip: 's', flare: 'f', pending: '.' } as const;
const weekCodes = (h: History, days: readonly DayKey[] = WEEK) => calendar(h, days[0]!, days.at(-1)!).map((r) => LETTER[r.status]).join('');
/** Per day: o offered (open, optional), M must, x met (not offered). */
const offered = (plan: PlanEntry[], sessions: SessionRecord[], marks: DayMark[] = [], days: readonly DayKey[] = WEEK, weekStartsOn: Weekday = 1) => {
  const planner = dayPlanner(plan, sessions, marks, { rolloverHour: 3, weekStartsOn });
  return days
    .map((day) => {
      const entry = planner.dayPlan(day).entries.find((e) => e.id === 'goal');
      return !entry?.goal ? 'x' : entry.goal.must ? 'M' : 'o';
    })
    .join('');
};
const on = (...indices: number[]) => indices.map((i) => sessionOn(WEEK[i]!));

describe('a "3 times a week" goal, week of 23 March 2026', () => {
  it.each([
    { name: 'Monday, Wednesday and Friday', done: [0, 2, 4], offer: 'oooooxx', judged: 'drdrdrr', streak: 3 },
    { name: 'nothing until Friday: Friday to Sunday are musts', done: [], offer: 'ooooMMM', judged: 'rrrrmmm', streak: 0 },
    { name: 'Friday, Saturday and the DST Sunday', done: [4, 5, 6], offer: 'ooooMMM', judged: 'rrrrddd', streak: 3 },
    { name: 'Monday only, then Saturday is a must', done: [0], offer: 'oooooMM', judged: 'drrrrmm', streak: 0 },
    { name: 'Monday, then Saturday and Sunday', done: [0, 5, 6], offer: 'oooooMM', judged: 'drrrrdd', streak: 3 },
    { name: 'four days: the fourth is extra and not asked', done: [0, 1, 2, 3], offer: 'oooxxxx', judged: 'dddrrrr', streak: 3 },
    { name: 'two on the same day count once', done: [1, 1, 2, 3], offer: 'ooooxxx', judged: 'rdddrrr', streak: 3 },
  ])('$name', ({ done, offer, judged, streak }) => {
    const plan = [goal(3)];
    const sessions = on(...done);
    expect(offered(plan, sessions)).toBe(offer);
    const h = history(plan, sessions);
    expect(weekCodes(h)).toBe(judged);
    // The streak also ran through the weeks before (all musts missed at their end), so only
    // this week's days decide it.
    expect(streaks(h).current).toBe(streak);
  });

  it.each([
    { times: 1, offer: 'ooooooM', judged: 'rrrrrrm' },
    { times: 7, offer: 'MMMMMMM', judged: 'mmmmmmm' },
  ])('$times a week with nothing done', ({ times, offer, judged }) => {
    expect(offered([goal(times)], [])).toBe(offer);
    expect(weekCodes(history([goal(times)], []))).toBe(judged);
  });

  it('in the week it was added, the goal is cut to the days left and no day is a must', () => {
    const wednesday = atLocalTime('2026-03-25', '09:00');
    const plan = [goal(5, { createdAt: wednesday })];
    expect(offered(plan, [])).toBe('xxooooo');
    expect(weekCodes(history(plan, []))).toBe('rrrrrrr');
    const planner = dayPlanner(plan, [], [], { rolloverHour: 3 });
    expect(planner.dayPlan('2026-03-25').entries[0]?.goal).toEqual({ times: 5, doneBefore: 0, must: false });
    const lateStart = [goal(5, { createdAt: atLocalTime('2026-03-27', '09:00') })]; // Friday: 3 days left
    expect(dayPlanner(lateStart, [], [], { rolloverHour: 3 }).dayPlan('2026-03-27').entries[0]?.goal).toEqual({ times: 3, doneBefore: 0, must: false });
    // The next week asks for all five.
    expect(offered(plan, [], [], eachDay('2026-03-30', '2026-04-05'))).toBe('ooMMMMM');
  });

  it('a flare day swaps it for the gentle reset, and doing the reset counts toward the week', () => {
    const plan = [goal(3)];
    const flare = [buildDayMark({ day: WEEK[4]!, kind: 'flare', at: atLocalTime(WEEK[4]!, '08:00') })];
    const sessions = [sessionOn(WEEK[4]!, 'quick-reset'), ...on(5, 6)];
    const planner = dayPlanner(plan, sessions, flare, { rolloverHour: 3 });
    expect(planner.dayPlan(WEEK[4]!).entries.map((e) => [e.routineId, e.replaces])).toEqual([['quick-reset', 'core']]);
    expect(weekCodes(history(plan, sessions, flare))).toBe('rrrrddd');
  });

  it('a skip on a must day is excused, and the days after stay musts', () => {
    const plan = [goal(3)];
    const skip = [buildDayMark({ day: WEEK[4]!, kind: 'skip', at: atLocalTime(WEEK[4]!, '08:00') })];
    expect(weekCodes(history(plan, on(5, 6), skip))).toBe('rrrrsdd');
  });

  it('sits beside fixed-day entries: a day asks for both only when the goal is a must', () => {
    const fixed = buildPlanEntry({ id: 'fixed', routineId: 'hamstrings', weekdays: [1, 3, 5], time: '08:00', createdAt: EARLIER });
    const sessions = [...[0, 2, 4].map((i) => sessionOn(WEEK[i]!, 'hamstrings')), ...on(5)];
    // Friday: hamstrings done but the must goal not → partial; Saturday goal done; Sunday missed.
    expect(weekCodes(history([fixed, goal(3)], sessions))).toBe('drdrpdm');
  });
});

describe('Today and reminders for a goal', () => {
  const items = (sessions: SessionRecord[], day: DayKey, time: string) =>
    dueToday([goal(3)], sessions, [], day, atLocalTime(day, time), { rolloverHour: 3 }).map((i) => `${i.status}:${i.goal?.doneBefore}/${i.goal?.times}${i.goal?.must ? '!' : ''}`);

  it.each([
    { name: 'Monday evening, optional: due, never overdue', sessions: [], day: WEEK[0]!, time: '23:30', expected: ['due:0/3'] },
    { name: 'Monday morning: upcoming', sessions: [], day: WEEK[0]!, time: '09:00', expected: ['upcoming:0/3'] },
    { name: 'done today', sessions: on(0), day: WEEK[0]!, time: '19:00', expected: ['done:0/3'] },
    { name: 'two done this week', sessions: on(0, 1), day: WEEK[2]!, time: '19:00', expected: ['due:2/3'] },
    { name: 'met this week: not on the list', sessions: on(0, 1, 2), day: WEEK[3]!, time: '19:00', expected: [] },
    { name: 'a must on the DST Sunday turns overdue an hour after 18:00', sessions: on(0, 1), day: WEEK[6]!, time: '19:30', expected: ['overdue:2/3!'] },
  ])('$name', ({ sessions, day, time, expected }) => {
    expect(items(sessions, day, time)).toEqual(expected);
  });

  it('reminds each day until the count is met, then not again that week', () => {
    const plan = [goal(2)];
    const mondayReminder = remindersDue(plan, [], [], atLocalTime(WEEK[0]!, '18:00'), 3, new Set());
    expect(mondayReminder.map((r) => r.key)).toEqual(['goal@2026-03-23']);
    const met = on(0, 1);
    expect(remindersDue(plan, met, [], atLocalTime(WEEK[2]!, '18:00'), 3, new Set())).toEqual([]);
    // From Tuesday evening, the next reminder is the next week's Monday.
    expect(nextReminderAt(plan, met, [], atLocalTime(WEEK[1]!, '19:00'), 3)).toBe(atLocalTime('2026-03-30', '18:00'));
  });
});

describe('weeks starting on Sunday, New York, across 8 March 2026', () => {
  beforeAll(() => setZone('America/New_York'));
  const week = eachDay('2026-03-08', '2026-03-14'); // Sunday (DST) … Saturday

  it('follows the week the person chose', () => {
    const plan = [goal(2, { createdAt: Date.UTC(2026, 1, 1, 17) })];
    const sessions = [sessionOn(week[0]!)];
    expect(offered(plan, sessions, [], week, 0)).toBe('ooooooM');
    expect(weekCodes(history(plan, sessions, [], '2026-03-15', 0), week)).toBe('drrrrrm');
    // With Monday weeks the same Sunday ends the week before instead.
    expect(offered(plan, sessions, [], week, 1).slice(1)).toBe('oooooM');
  });

  it('places the entry on the day it was made there', () => {
    const lateEvening = atLocalTime('2026-03-10', '23:30');
    expect(dayKey(lateEvening, 3)).toBe('2026-03-10');
    expect(offered([goal(2, { createdAt: lateEvening })], [], [], week, 0)).toBe('xxooooo');
  });
});

describe('validating a goal', () => {
  const base = { id: 'n', routineId: 'core', time: '18:00', weekdays: EVERY_DAY };
  it.each([
    { times: 1, error: undefined },
    { times: 7, error: undefined },
    { times: 0, error: 'Enter how many days a week as a whole number from 1 to 7.' },
    { times: 8, error: 'Enter how many days a week as a whole number from 1 to 7.' },
    { times: 2.5, error: 'Enter how many days a week as a whole number from 1 to 7.' },
    { times: Number.NaN, error: 'Enter how many days a week as a whole number from 1 to 7.' },
  ])('$times a week → $error', ({ times, error }) => {
    expect(validateEntry({ ...base, timesPerWeek: times }).timesPerWeek).toBe(error);
  });

  it('no more times than allowed days', () => {
    expect(validateEntry({ ...base, weekdays: [1, 3], timesPerWeek: 3 }).timesPerWeek).toBe('Choose a number up to 2: this routine is allowed on 2 days of the week.');
  });

  it('a goal of the same routine at the same time as a fixed entry is a duplicate', () => {
    const fixed = { id: 'f', routineId: 'core', time: '18:00', weekdays: [2] as Weekday[] };
    expect(validateEntry({ ...base, timesPerWeek: 3 }, [fixed]).time).toMatch(/already planned at 18:00 on Tuesday/);
  });
});
