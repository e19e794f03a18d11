import { format } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { atLocalTime } from '@/lib/days';
import type { DayKey, DayMark, DayMarkKind, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import { dueToday, planForDay, scheduledRoutinesOn, type DueItem } from '@/lib/schedule';
import { buildDayMark, buildPlanEntry, buildSession } from '../../fixtures/records';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

beforeAll(() => setZone('Europe/Berlin'));
restoreZoneAfterAll();

const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const entry = (id: string, routineId: string, time: string, over: Partial<PlanEntry> = {}): PlanEntry =>
  buildPlanEntry({ id, routineId, time, weekdays: EVERY_DAY, reminder: true, remindMinutesBefore: 0, createdAt: 0, ...over });
let seq = 0;
const session = (routineId: string, day: DayKey, over: Partial<SessionRecord> = {}): SessionRecord =>
  buildSession({ id: `s${++seq}`, routineId, day, startedAt: 0, endedAt: 0, ...over });
const mark = (day: DayKey, kind: DayMarkKind, at = 0): DayMark => buildDayMark({ day, kind, at });

const MON = '2026-03-30';
const at = (time: string, day: DayKey = MON) => atLocalTime(day, time);
const brief = (items: DueItem[]) => items.map((i) => `${i.routineId}@${i.time}:${i.status}`);

const plan: PlanEntry[] = [
  entry('e-stretch', 'hamstrings', '12:00'),
  entry('e-core', 'core', '07:30'),
  entry('e-reset', 'quick-reset', '18:00', { weekdays: [1, 3, 5] }),
  entry('e-glutes', 'core-glutes', '19:00', { weekdays: [2, 4] }),
];

describe('scheduledRoutinesOn', () => {
  it('keeps the entries for that weekday, by time', () => {
    expect(scheduledRoutinesOn(plan, MON).map((e) => e.id)).toEqual(['e-core', 'e-stretch', 'e-reset']);
    expect(scheduledRoutinesOn(plan, '2026-03-31').map((e) => e.id)).toEqual(['e-core', 'e-stretch', 'e-glutes']);
    expect(scheduledRoutinesOn([], MON)).toEqual([]);
  });
});

describe('dueToday', () => {
  it.each([
    { now: '07:00', expected: ['core@07:30:upcoming', 'hamstrings@12:00:upcoming', 'quick-reset@18:00:upcoming'] },
    { now: '07:30', expected: ['core@07:30:due', 'hamstrings@12:00:upcoming', 'quick-reset@18:00:upcoming'] },
    { now: '08:29', expected: ['core@07:30:due', 'hamstrings@12:00:upcoming', 'quick-reset@18:00:upcoming'] },
    { now: '08:30', expected: ['core@07:30:overdue', 'hamstrings@12:00:upcoming', 'quick-reset@18:00:upcoming'] },
    { now: '23:00', expected: ['core@07:30:overdue', 'hamstrings@12:00:overdue', 'quick-reset@18:00:overdue'] },
  ])('at $now', ({ now, expected }) => {
    expect(brief(dueToday(plan, [], [], MON, at(now), { rolloverHour: 3 }))).toEqual(expected);
  });

  it('marks items done by completed or manual sessions of that day only', () => {
    const sessions = [
      session('core', MON),
      session('hamstrings', MON, { completed: false }), // ended early: not done
      session('quick-reset', '2026-03-29'), // yesterday's
    ];
    expect(brief(dueToday(plan, sessions, [], MON, at('13:30'), { rolloverHour: 3 }))).toEqual([
      'core@07:30:done', 'hamstrings@12:00:overdue', 'quick-reset@18:00:upcoming',
    ]);
    const manual = [session('hamstrings', MON, { completed: false, source: 'manual' })];
    expect(dueToday(plan, manual, [], MON, at('13:30'), { rolloverHour: 3 })[1]?.status).toBe('done');
  });

  it('needs one session per entry when a routine is planned twice', () => {
    const twice = [entry('am', 'quick-reset', '08:00'), entry('pm', 'quick-reset', '17:00')];
    expect(brief(dueToday(twice, [session('quick-reset', MON)], [], MON, at('17:10'), { rolloverHour: 3 }))).toEqual([
      'quick-reset@08:00:done', 'quick-reset@17:00:due',
    ]);
  });

  it('orders by the instant, so a time after midnight but before rollover comes last', () => {
    const late = [entry('night', 'quick-reset', '01:00'), entry('eve', 'hamstrings', '22:00')];
    const items = dueToday(late, [], [], MON, at('21:00'), { rolloverHour: 3 });
    expect(items.map((i) => i.entryId)).toEqual(['eve', 'night']);
    expect(format(items[1]?.at ?? 0, 'yyyy-MM-dd HH:mm')).toBe('2026-03-31 01:00');
  });

  it('gives DST-correct instants (Berlin springs forward on Sunday 2026-03-29)', () => {
    const sunday = '2026-03-29';
    const items = dueToday([entry('e', 'core', '07:30'), entry('g', 'hamstrings', '02:30')], [], [], sunday, Date.parse('2026-03-29T05:40:00Z'), { rolloverHour: 0 });
    expect(items.map((i) => [i.entryId, new Date(i.at).toISOString(), i.status])).toEqual([
      ['g', '2026-03-29T01:00:00.000Z', 'overdue'], // 02:30 does not exist: 03:00 CEST
      ['e', '2026-03-29T05:30:00.000Z', 'due'], // 07:30 CEST, not 06:30 UTC
    ]);
  });

  it('shows everything skipped on a skip day, unless it was done anyway', () => {
    const marks = [mark(MON, 'skip')];
    expect(brief(dueToday(plan, [session('hamstrings', MON)], marks, MON, at('09:00'), { rolloverHour: 3 }))).toEqual([
      'core@07:30:skipped', 'hamstrings@12:00:done', 'quick-reset@18:00:skipped',
    ]);
  });

  it('swaps strength routines for the quick reset on a flare day', () => {
    const tuesday = '2026-03-31'; // core 07:30, hamstrings 12:00, core-glutes 19:00
    const marks = [mark(tuesday, 'flare')];
    const items = dueToday(plan, [], marks, tuesday, at('09:00', tuesday), { rolloverHour: 3 });
    // Offered gently, not "Skipped": doing the reset counts the day as done.
    expect(brief(items)).toEqual(['quick-reset@07:30:gentle', 'hamstrings@12:00:gentle']);
    expect(items[0]).toMatchObject({ entryId: 'e-core', replaces: 'core' });
    const done = dueToday(plan, [session('quick-reset', tuesday)], marks, tuesday, at('09:00', tuesday), { rolloverHour: 3 });
    expect(brief(done)).toEqual(['quick-reset@07:30:done', 'hamstrings@12:00:gentle']);
  });

  it('ignores marks on other days', () => {
    expect(brief(dueToday(plan, [], [mark('2026-03-29', 'skip')], MON, at('07:00'), { rolloverHour: 3 }))[0]).toBe('core@07:30:upcoming');
  });

  it('is empty with no plan', () => {
    expect(dueToday([], [session('core', MON)], [], MON, at('09:00'), { rolloverHour: 3 })).toEqual([]);
  });
});

describe('planForDay', () => {
  const ids = (entries: { routineId: string; time: string }[]) => entries.map((e) => `${e.routineId}@${e.time}`);
  const day = MON;

  it.each([
    {
      name: 'no mark: the plan as is',
      plan: [entry('a', 'core', '07:30'), entry('b', 'hip-flexors', '12:00')],
      marks: [],
      expected: ['core@07:30', 'hip-flexors@12:00'],
    },
    {
      name: 'skip mark: the plan as is (dueToday marks it skipped)',
      plan: [entry('a', 'core', '07:30')],
      marks: [mark(day, 'skip')],
      expected: ['core@07:30'],
    },
    {
      name: 'flare: all strength routines collapse into one reset at the earliest time',
      plan: [entry('a', 'walk-ready', '06:00'), entry('b', 'core', '07:30'), entry('c', 'core-glutes', '19:00'), entry('d', 'hamstrings', '12:00')],
      marks: [mark(day, 'flare')],
      expected: ['quick-reset@06:00', 'hamstrings@12:00'],
    },
    {
      name: 'flare with a reset already planned: strength routines are dropped',
      plan: [entry('a', 'core', '07:30'), entry('b', 'quick-reset', '18:00'), entry('c', 'quick-reset', '20:00')],
      marks: [mark(day, 'flare')],
      expected: ['quick-reset@18:00', 'quick-reset@20:00'],
    },
    {
      name: 'the latest mark wins: flare, then changed to skip',
      plan: [entry('a', 'core', '07:30')],
      marks: [mark(day, 'flare', 1), mark(day, 'skip', 2)],
      expected: ['core@07:30'],
    },
  ])('$name', ({ plan: p, marks, expected }) => {
    expect(ids(planForDay(p, day, marks))).toEqual(expected);
  });
});
