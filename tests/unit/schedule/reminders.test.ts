import { beforeAll, describe, expect, it } from 'vitest';
import { atLocalTime } from '@/lib/days';
import type { DayKey, DayMark, DayMarkKind, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import { nextReminderAt, reminderKey, remindersDue } from '@/lib/schedule';
import { buildDayMark, buildPlanEntry, buildSession } from '../../fixtures/records';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

beforeAll(() => setZone('Europe/Berlin'));
restoreZoneAfterAll();

const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const entry = (id: string, routineId: string, time: string, over: Partial<PlanEntry> = {}): PlanEntry =>
  buildPlanEntry({ id, routineId, time, weekdays: EVERY_DAY, reminder: true, remindMinutesBefore: 10, createdAt: 0, ...over });
const session = (routineId: string, day: DayKey): SessionRecord =>
  buildSession({ id: `${routineId}-${day}`, routineId, day, startedAt: 0, endedAt: 0 });
const mark = (day: DayKey, kind: DayMarkKind): DayMark => buildDayMark({ day, kind, at: 0 });

const MON = '2026-03-30';
const at = (time: string, day: DayKey = MON) => atLocalTime(day, time);
const core = entry('e-core', 'core', '07:30');
const none = new Set<string>();
const keys = (plan: PlanEntry[], now: number, opts: { sessions?: SessionRecord[]; marks?: DayMark[]; notified?: Set<string> } = {}) =>
  remindersDue(plan, opts.sessions ?? [], opts.marks ?? [], now, 3, opts.notified ?? none).map((r) => r.key);

describe('remindersDue', () => {
  it.each([
    { now: '07:19', expected: [] },
    { now: '07:20', expected: ['e-core@2026-03-30'] },
    { now: '08:29', expected: ['e-core@2026-03-30'] },
    { now: '08:30', expected: [] }, // overdue: a late notification would only be noise
  ])('at $now → $expected', ({ now, expected }) => {
    expect(keys([core], at(now))).toEqual(expected);
  });

  it('shows a reminder once per entry and day', () => {
    const notified = new Set([reminderKey('e-core', MON)]);
    expect(keys([core], at('07:25'), { notified })).toEqual([]);
    expect(keys([core], at('07:25', '2026-03-31'), { notified })).toEqual(['e-core@2026-03-31']);
  });

  it('stays quiet when the item is done, skipped, on a flare day, or reminders are off', () => {
    expect(keys([core], at('07:25'), { sessions: [session('core', MON)] })).toEqual([]);
    expect(keys([core], at('07:25'), { marks: [mark(MON, 'skip')] })).toEqual([]);
    const reset = entry('e-reset', 'quick-reset', '07:30');
    expect(keys([core, reset], at('07:25'), { marks: [mark(MON, 'flare')] })).toEqual([]);
    expect(keys([entry('e-core', 'core', '07:30', { reminder: false })], at('07:25'))).toEqual([]);
  });

  it('describes what to show', () => {
    const [reminder] = remindersDue([core], [], [], at('07:20'), 3, none);
    expect(reminder).toEqual({
      key: 'e-core@2026-03-30', entryId: 'e-core', routineId: 'core', day: MON, time: '07:30',
      at: at('07:30'), fireAt: at('07:20'),
    });
  });

  it('fires before the rollover for an entry just after it', () => {
    // 03:10 with rollover 3 belongs to the new day; 30 minutes before is still yesterday's day.
    const early = entry('e-early', 'hamstrings', '03:10', { remindMinutesBefore: 30 });
    expect(keys([early], at('02:40', '2026-03-31'))).toEqual(['e-early@2026-03-31']);
  });

  it('follows the plan time across the DST change', () => {
    // Sunday 2026-03-29, Berlin: 07:30 is 05:30 UTC, one hour "earlier" than the day before.
    expect(keys([core], Date.parse('2026-03-29T05:20:00Z'))).toEqual(['e-core@2026-03-29']);
    expect(keys([core], Date.parse('2026-03-29T05:19:00Z'))).toEqual([]);
  });
});

describe('nextReminderAt', () => {
  const iso = (n: number | null) => (n === null ? null : new Date(n).toISOString());

  it('is the next reminder after now', () => {
    expect(nextReminderAt([core], [], [], at('07:00'), 3)).toBe(at('07:20'));
    expect(nextReminderAt([core], [], [], at('07:20'), 3)).toBe(at('07:20', '2026-03-31'));
  });

  it('skips done, skipped, flare and already-notified days', () => {
    const sessions = [session('core', '2026-03-31')];
    const marks = [mark('2026-04-01', 'skip'), mark('2026-04-02', 'flare')];
    const notified = new Set([reminderKey('e-core', '2026-04-03')]);
    expect(nextReminderAt([core], sessions, marks, at('09:00'), 3, notified)).toBe(at('07:20', '2026-04-04'));
  });

  it('lands on the right instant across the spring-forward night', () => {
    expect(iso(nextReminderAt([core], [], [], Date.parse('2026-03-28T08:00:00Z'), 3))).toBe('2026-03-29T05:20:00.000Z');
  });

  it('finds a weekly entry six days away, and nothing without reminders', () => {
    const weekly = entry('w', 'core', '07:30', { weekdays: [0] });
    expect(nextReminderAt([weekly], [], [], at('09:00'), 3)).toBe(at('07:20', '2026-04-05'));
    expect(nextReminderAt([entry('w', 'core', '07:30', { reminder: false })], [], [], at('09:00'), 3)).toBeNull();
    expect(nextReminderAt([], [], [], at('09:00'), 3)).toBeNull();
  });
});
