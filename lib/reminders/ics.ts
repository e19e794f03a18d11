// The plan as an .ics calendar: one weekly repeating event per plan entry, with an alarm when the
// entry has reminders on. The phone's own calendar fires these alarms on time, offline, with
// Backstride closed — the one reminder layer the web platform cannot give us everywhere.
//
// Time zone: events are written in *floating* local time (`DTSTART:20260330T073000`, no `Z`,
// no TZID). RFC 5545 §3.3.5 defines floating time as the same wall-clock time in whatever zone
// the viewer is in, which is exactly how the app treats the plan (lib/days reads the device
// zone at call time): 07:30 stays 07:30 across DST changes and after flying to another zone.
// A TZID would pin events to the zone of the export (07:30 Berlin = 01:30 in New York), and
// RFC 5545 requires a VTIMEZONE definition for it, which the `ics` library cannot emit.
// `timeZone` only decides which calendar date `now` falls on, so the first occurrence does not
// depend on the zone the code happens to run in.
import { createEvents, type EventAttributes } from 'ics';
import { formatDose, getRoutine } from '@/lib/content';
import { calendarEntries, nextRoutine, type DoseDecision } from '@/lib/schedule';
import { addDays, parseTime, weekdayOf } from '@/lib/days';
import type { DayKey, PlanEntry, Weekday } from '@/lib/model';

export interface PlanCalendarOptions {
  /** The export's instant: the first occurrence is on or after its local date; DTSTAMP and SEQUENCE come from it. */
  readonly now: number;
  /** IANA zone of the device, e.g. `Intl.DateTimeFormat().resolvedOptions().timeZone`. */
  readonly timeZone: string;
  readonly routineName: (routineId: string) => string;
  readonly durationMinutes: (routineId: string) => number;
  /** "Forearm plank 3 × 40 s hold (up from 30 s); …": the doses the next session will use. */
  readonly routineDoses?: (routineId: string) => string;
  /**
   * Where Backstride lives (e.g. `https://backstride.app/`); each event then links to its
   * routine's session. Optional, and never fetched: the file works fully offline without it.
   */
  readonly url?: string;
  /**
   * The day rollover hour (Settings.rolloverHour): an entry before it belongs to the previous
   * day, so "Monday 01:00" with rollover 3 is Tuesday 01:00 on the wall clock, as in lib/days.
   * Required: a default would put a person's late entries on the wrong weekday.
   */
  readonly rolloverHour: number;
}

/**
 * The export options for this person's plan: routine names from the content, lengths and
 * doses as the next session will run them (`decisions` from nextDoses; the routine as written
 * without), and their rollover hour, so the calendar shows each entry on the weekday the app does.
 */
export function planCalendarOptions(input: {
  now: number;
  timeZone: string;
  rolloverHour: number;
  url?: string;
  decisions?: ReadonlyMap<string, DoseDecision>;
}): PlanCalendarOptions {
  const { decisions, ...rest } = input;
  const next = (id: string) => {
    const routine = getRoutine(id);
    return routine ? nextRoutine(routine, decisions) : null;
  };
  return {
    ...rest,
    routineName: (id) => getRoutine(id)?.name ?? id,
    durationMinutes: (id) => {
      const routine = next(id);
      return routine ? Math.max(1, Math.round(routine.seconds / 60)) : 10;
    },
    routineDoses: (id) =>
      (next(id)?.doses ?? []).map((d) => `${d.exercise.name} ${formatDose(d.dose)}${d.change ? ` (${d.change})` : ''}`).join('; '),
  };
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const PRODUCT_ID = '-//Backstride//Plan reminders//EN';

export function calendarFileName(): string {
  return 'backstride-plan.ics';
}

/**
 * Stable per entry, so a calendar that honours UIDs updates its events from a newer export
 * instead of adding copies. Some calendar apps ignore UIDs and add copies anyway: the Plan says so.
 */
export function planEventUid(entryId: string): string {
  return `${entryId}@backstride.app`;
}

function localDate(now: number, timeZone: string): DayKey {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

// TEXT escaping (RFC 5545 §3.3.11). The library escapes SUMMARY and DESCRIPTION itself but
// writes an alarm's DESCRIPTION as given.
const escapeText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');

const pad = (n: number): string => String(n).padStart(2, '0');

function planEvent(entry: PlanEntry, today: DayKey, options: PlanCalendarOptions, rolloverHour: number): EventAttributes | null {
  const { hours, minutes } = parseTime(entry.time);
  // Before the rollover hour the entry falls on the next calendar date (see lib/days atDayTime).
  const shift = hours < rolloverHour ? 1 : 0;
  const wallWeekdays = [...new Set(entry.weekdays.map((w) => ((w + shift) % 7) as Weekday))].sort((a, b) => a - b);
  if (wallWeekdays.length === 0) return null;

  let first = today;
  while (!wallWeekdays.includes(weekdayOf(first))) first = addDays(first, 1);

  const name = options.routineName(entry.routineId);
  const length = Math.max(1, Math.round(options.durationMinutes(entry.routineId)));
  const remindBefore = Math.max(0, Math.round(entry.remindMinutesBefore));
  const url = options.url ? new URL(`session?routine=${encodeURIComponent(entry.routineId)}`, options.url).href : undefined;
  const link = url ? `\n${url}` : '';
  const doses = options.routineDoses?.(entry.routineId);
  const event: EventAttributes & { timestamp: number } = {
    uid: planEventUid(entry.id),
    // A newer export must win over an older one in calendars that compare SEQUENCE; minutes
    // since the epoch only grow and stay far below the 2^31 limit.
    sequence: Math.floor(options.now / 60_000),
    timestamp: options.now,
    title: `Backstride: ${name} (${length} min)`,
    description:
      `${name}, about ${length} min, from your Backstride plan. ` +
      (doses ? `Next time: ${doses}. ` : '') +
      `Open Backstride to start the guided routine so it counts towards your streak. ` +
      `If you change your plan, add it to your calendar again from Backstride's Plan (some calendar apps need these events deleted first).${link}`,
    // A preformatted floating date-time goes through the library untouched; a date array would
    // be round-tripped through the device's Date and moved on a spring-forward night.
    start: `${first.replaceAll('-', '')}T${pad(hours)}${pad(minutes)}00`,
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: length },
    recurrenceRule: `FREQ=WEEKLY;BYDAY=${wallWeekdays.map((w) => BYDAY[w]).join(',')}`,
    transp: 'TRANSPARENT',
    productId: PRODUCT_ID,
    calName: 'Backstride',
    ...(url ? { url } : {}),
    ...(entry.reminder
      ? {
          alarms: [
            {
              action: 'display',
              description: escapeText(`${name} at ${entry.time}: open Backstride to start.`),
              trigger: { before: true, minutes: remindBefore },
            },
          ],
        }
      : {}),
  };
  return event;
}

/**
 * The plan as .ics text: calendarEntries only. Throws on a malformed `url`
 * or plan time, or anything else the `ics` library rejects: a half-written calendar helps nobody.
 */
export function buildPlanCalendar(plan: readonly PlanEntry[], options: PlanCalendarOptions): string {
  const { rolloverHour } = options;
  const today = localDate(options.now, options.timeZone);
  const events = calendarEntries(plan)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => planEvent(entry, today, options, rolloverHour))
    .filter((event): event is EventAttributes => event !== null);
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: 'PUBLISH', calName: 'Backstride' });
  if (error || value === null) throw new Error(`Could not build the calendar: ${error?.message ?? 'no output'}`);
  // The library writes a zero-minute trigger as "-PT", which is not a duration; "at the start"
  // is PT0M (RFC 5545 §3.8.6.3).
  return value.replace(/^TRIGGER:-?PT\r\n/gm, 'TRIGGER:PT0M\r\n');
}
