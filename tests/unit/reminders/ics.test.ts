import ICAL from 'ical.js';
import { format } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { atLocalTime } from '@/lib/days';
import type { PlanEntry, Weekday } from '@/lib/model';
import { buildPlanCalendar, calendarFileName, type PlanCalendarOptions } from '@/lib/reminders/ics';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

restoreZoneAfterAll();

const entry = (id: string, routineId: string, weekdays: Weekday[], over: Partial<PlanEntry> = {}): PlanEntry => ({
  id, routineId, weekdays, time: '07:30', reminder: true, remindMinutesBefore: 10, createdAt: 0, ...over,
});

const NAMES: Record<string, string> = { 'walk-ready': 'Walk-ready', core: 'Core: plank', odd: 'Stretch, gently; slowly' };
const MINUTES: Record<string, number> = { 'walk-ready': 10, core: 6, odd: 4 };

function exportPlan(plan: PlanEntry[], now: number, over: Partial<PlanCalendarOptions> = {}): string {
  return buildPlanCalendar(plan, {
    now,
    timeZone: process.env.TZ ?? 'UTC',
    routineName: (id) => NAMES[id] ?? 'Routine',
    durationMinutes: (id) => MINUTES[id] ?? 10,
    rolloverHour: 3,
    ...over,
  });
}

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function eventFor(ics: string, uid: string): ICAL.Event {
  const found = events(ics).find((e) => e.uid === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
}

/** The first `n` occurrences as the device's wall clock shows them. */
function occurrences(event: ICAL.Event, n: number): Date[] {
  const it = event.iterator();
  const result: Date[] = [];
  for (let next = it.next(); next && result.length < n; next = it.next()) result.push(next.toJSDate());
  return result;
}
const wall = (d: Date) => format(d, 'EEE yyyy-MM-dd HH:mm');

const walk = entry('e-walk', 'walk-ready', [1, 3, 5]);
const tuesdays = entry('e-core', 'core', [2], { reminder: false });
const sundays = entry('e-sun', 'walk-ready', [6, 0], { remindMinutesBefore: 0 });
const empty = entry('e-none', 'core', []);

describe.each(['Europe/Berlin', 'America/New_York'])('calendar export in %s', (zone) => {
  beforeAll(() => setZone(zone));
  // Wednesday 1 April 2026, noon on the device's wall clock (after the 07:30 slot).
  const wednesdayNoon = () => atLocalTime('2026-04-01', '12:00');

  it('writes one weekly event per plan entry with weekdays', () => {
    const ics = exportPlan([walk, tuesdays, sundays, empty], wednesdayNoon());
    const all = events(ics);
    expect(all.map((e) => e.uid).sort()).toEqual(['e-core@backstride.app', 'e-sun@backstride.app', 'e-walk@backstride.app']);
    const byday = (uid: string) => {
      const rrule = eventFor(ics, uid).component.getFirstPropertyValue('rrule') as ICAL.Recur;
      return { freq: rrule.freq, byday: rrule.parts.BYDAY };
    };
    expect(byday('e-walk@backstride.app')).toEqual({ freq: 'WEEKLY', byday: ['MO', 'WE', 'FR'] });
    expect(byday('e-core@backstride.app')).toEqual({ freq: 'WEEKLY', byday: ['TU'] });
    expect(byday('e-sun@backstride.app')).toEqual({ freq: 'WEEKLY', byday: ['SU', 'SA'] });
  });

  it('leaves a days-a-week goal out: it has no fixed day to put in a calendar', () => {
    const goal = entry('e-goal', 'core', [0, 1, 2, 3, 4, 5, 6], { timesPerWeek: 3 });
    const all = events(exportPlan([walk, goal], wednesdayNoon()));
    expect(all.map((e) => e.uid)).toEqual(['e-walk@backstride.app']);
  });

  it('starts on the first plan weekday on or after the export date, at 07:30 local time', () => {
    const ics = exportPlan([walk, tuesdays, sundays], wednesdayNoon());
    expect(occurrences(eventFor(ics, 'e-walk@backstride.app'), 4).map(wall)).toEqual([
      'Wed 2026-04-01 07:30', 'Fri 2026-04-03 07:30', 'Mon 2026-04-06 07:30', 'Wed 2026-04-08 07:30',
    ]);
    expect(occurrences(eventFor(ics, 'e-core@backstride.app'), 2).map(wall)).toEqual(['Tue 2026-04-07 07:30', 'Tue 2026-04-14 07:30']);
    expect(occurrences(eventFor(ics, 'e-sun@backstride.app'), 2).map(wall)).toEqual(['Sat 2026-04-04 07:30', 'Sun 2026-04-05 07:30']);
  });

  it('writes floating local times, so the phone fires at 07:30 in whatever zone it is in', () => {
    const ics = exportPlan([walk], wednesdayNoon());
    expect(ics).toMatch(/^DTSTART:20260401T073000\r$/m); // no Z, no TZID
    expect(ics).not.toMatch(/TZID|VTIMEZONE/);
  });

  it('stays at 07:30 on the wall clock across the autumn daylight-saving change', () => {
    const ics = exportPlan([entry('e-daily', 'walk-ready', [0, 1, 2, 3, 4, 5, 6])], atLocalTime('2026-10-20', '12:00'));
    const dates = occurrences(eventFor(ics, 'e-daily@backstride.app'), 21);
    expect(wall(dates[0]!)).toBe('Tue 2026-10-20 07:30');
    expect(new Set(dates.map((d) => format(d, 'HH:mm')))).toEqual(new Set(['07:30']));
    // The window really crosses a change (25 Oct in Berlin, 1 Nov in New York).
    expect(new Set(dates.map((d) => d.getTimezoneOffset())).size).toBe(2);
  });

  it('adds an alarm only when the entry has reminders on, n minutes before', () => {
    const ics = exportPlan([walk, tuesdays, sundays], wednesdayNoon());
    const trigger = (uid: string) =>
      eventFor(ics, uid).component.getAllSubcomponents('valarm').map((alarm) => ({
        action: alarm.getFirstPropertyValue('action'),
        seconds: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
      }));
    expect(trigger('e-walk@backstride.app')).toEqual([{ action: 'DISPLAY', seconds: -600 }]);
    expect(trigger('e-core@backstride.app')).toEqual([]);
    expect(trigger('e-sun@backstride.app')).toEqual([{ action: 'DISPLAY', seconds: 0 }]);
    expect(ics).toContain('TRIGGER:-PT10M\r\n');
    expect(ics).toContain('TRIGGER:PT0M\r\n');
  });

  it('keeps UIDs across exports so a newer file updates the events, with a newer SEQUENCE and DTSTAMP', () => {
    const first = exportPlan([walk, tuesdays], wednesdayNoon());
    const laterNow = atLocalTime('2026-05-12', '09:15');
    const later = exportPlan([tuesdays, walk], laterNow);
    expect(events(later).map((e) => e.uid)).toEqual(events(first).map((e) => e.uid));
    const seq = (ics: string) => eventFor(ics, 'e-walk@backstride.app').component.getFirstPropertyValue('sequence') as unknown as number;
    expect(seq(later)).toBeGreaterThan(seq(first));
    const stamp = eventFor(later, 'e-walk@backstride.app').component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBe(laterNow);
  });

  it('names the routine and its length and tells the person to open Backstride', () => {
    const ics = exportPlan([walk, entry('e-odd', 'odd', [4])], wednesdayNoon());
    const event = eventFor(ics, 'e-walk@backstride.app');
    expect(event.summary).toBe('Backstride: Walk-ready (10 min)');
    expect(event.description).toMatch(/Open Backstride to start/);
    expect(event.component.getFirstPropertyValue('duration')?.toString()).toBe('PT10M');
    expect(event.component.getFirstPropertyValue('url')).toBeNull();
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('prodid')).toMatch(/Backstride/);
    // Commas and semicolons survive the round trip, in the alarm too.
    const odd = eventFor(ics, 'e-odd@backstride.app');
    expect(odd.summary).toBe('Backstride: Stretch, gently; slowly (4 min)');
    expect(odd.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe(
      'Stretch, gently; slowly at 07:30: open Backstride to start.',
    );
  });

  it('links each event to its routine only when given where Backstride lives', () => {
    const ics = exportPlan([walk], wednesdayNoon(), { url: 'https://backstride.app/' });
    expect(eventFor(ics, 'e-walk@backstride.app').component.getFirstPropertyValue('url')).toBe(
      'https://backstride.app/session?routine=walk-ready',
    );
  });

  it('puts an entry before the rollover hour on the next wall-clock day, as the app does', () => {
    const late = entry('e-late', 'core', [1], { time: '01:00' }); // Monday's day, 01:00 → Tuesday 01:00
    const shifted = eventFor(exportPlan([late], wednesdayNoon(), { rolloverHour: 3 }), 'e-late@backstride.app');
    expect((shifted.component.getFirstPropertyValue('rrule') as ICAL.Recur).parts.BYDAY).toEqual(['TU']);
    expect(occurrences(shifted, 1).map(wall)).toEqual(['Tue 2026-04-07 01:00']);
    const plain = eventFor(exportPlan([late], wednesdayNoon(), { rolloverHour: 0 }), 'e-late@backstride.app');
    expect(occurrences(plain, 1).map(wall)).toEqual(['Mon 2026-04-06 01:00']);
  });
});

describe('calendar export, zone-independent parts', () => {
  beforeAll(() => setZone('Europe/Berlin'));

  it('takes the export date from the given time zone, not the one the code runs in', () => {
    // 02:00 UTC on Wednesday 1 April: Wednesday in Berlin, still Tuesday evening in New York.
    const now = Date.UTC(2026, 3, 1, 2, 0);
    const start = (timeZone: string) => /^DTSTART:(\d{8})/m.exec(exportPlan([tuesdays], now, { timeZone }))?.[1];
    expect(start('America/New_York')).toBe('20260331');
    expect(start('Europe/Berlin')).toBe('20260407');
  });

  it('needs no URL and fails loudly on a malformed one', () => {
    expect(() => exportPlan([walk], 0)).not.toThrow();
    expect(() => exportPlan([walk], 0, { url: 'not a url' })).toThrow();
  });

  it('writes a valid empty calendar for an empty plan', () => {
    const ics = exportPlan([], 0);
    expect(events(ics)).toEqual([]);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('names the file', () => {
    expect(calendarFileName()).toBe('backstride-plan.ics');
  });
});

describe('planCalendarOptions', () => {
  it("carries the person's rollover hour: a 01:00 entry with rollover 4 lands on the next weekday", async () => {
    const { planCalendarOptions } = await import('@/lib/reminders/ics');
    const { getRoutine } = await import('@/lib/content');
    const late: PlanEntry = { id: 'e-late', routineId: 'core', weekdays: [1], time: '01:00', reminder: false, remindMinutesBefore: 0, createdAt: 0 };
    const options = planCalendarOptions({ now: atLocalTime('2026-04-01', '12:00'), timeZone: process.env.TZ ?? 'UTC', rolloverHour: 4 });
    expect(options.rolloverHour).toBe(4);
    expect(options.routineName('core')).toBe(getRoutine('core')?.name);
    expect(buildPlanCalendar([late], options)).toContain('BYDAY=TU');
    expect(buildPlanCalendar([late], { ...options, rolloverHour: 0 })).toContain('BYDAY=MO');
  });
});
