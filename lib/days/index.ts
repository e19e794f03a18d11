// Local calendar days (`YYYY-MM-DD` keys) and the instants that belong to them. Owns the
// rollover rule, wall-clock → instant conversion across DST, and calendar arithmetic on keys.
// Everything here reads the device time zone at call time and never reads the clock.
import { getHours, getMinutes } from 'date-fns';
import { clockTimeParts, dayKeyParts, isDayKey, isRolloverHour, localDayKey, type DayKey, type Weekday } from '@/lib/model';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Calendar arithmetic on keys goes through a UTC day number on purpose: a DayKey names a
// calendar date, not an instant, so "the day after" must not depend on where the device is
// or on a DST change in between (local-midnight arithmetic gets both wrong at the edges).
function toYmd(day: DayKey): Ymd {
  const ymd = dayKeyParts(day);
  if (!ymd) throw new RangeError(`Not a day key (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return ymd;
}

function toDayNumber(day: DayKey): number {
  const { year, month, day: d } = toYmd(day);
  return Date.UTC(year, month - 1, d) / MS_PER_DAY;
}

function fromDayNumber(n: number): DayKey {
  const d = new Date(n * MS_PER_DAY);
  const pad = (v: number, width = 2) => String(v).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function checkRollover(rolloverHour: number): void {
  if (!isRolloverHour(rolloverHour)) {
    throw new RangeError(`rolloverHour must be an integer 0–23, got ${rolloverHour}`);
  }
}

/** The day-key check lives with the other limits in lib/model; re-exported for callers of days. */
export { isDayKey };

/**
 * The day an instant belongs to, in the device's time zone as it is now. Before
 * `rolloverHour` (local wall-clock hour) an instant still belongs to the previous day, so a
 * session at 00:40 with rollover 3 counts for yesterday. The wall-clock hour is used rather
 * than "subtract N hours", which would misplace instants on DST nights.
 */
export function dayKey(at: number, rolloverHour: number): DayKey {
  checkRollover(rolloverHour);
  return localDayKey(at, rolloverHour);
}

/**
 * The day a record belongs to, for every kind (sessions, walks): the day its *start* falls on.
 * A session begun at 02:50 with rollover 3 and ended at 03:10 is yesterday's, like a walk, so
 * one activity never lands on a different day from another that started beside it.
 */
export function recordDay(startedAt: number, rolloverHour: number): DayKey {
  return dayKey(startedAt, rolloverHour);
}

/** Local midnight of the calendar day (or its first valid instant), for display with date-fns. */
export function parseDay(day: DayKey): Date {
  return new Date(atLocalTime(day, '00:00'));
}

export function addDays(day: DayKey, n: number): DayKey {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number of days, got ${n}`);
  return fromDayNumber(toDayNumber(day) + n);
}

export function weekdayOf(day: DayKey): Weekday {
  return new Date(toDayNumber(day) * MS_PER_DAY).getUTCDay() as Weekday;
}

/** Whole calendar days from `a` to `b`: positive when `b` is later, 0 for the same day. */
export function daysBetween(a: DayKey, b: DayKey): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** The first day of the week that contains `day`, weeks starting on `weekStartsOn`. */
export function startOfWeekDay(day: DayKey, weekStartsOn: Weekday): DayKey {
  const back = (weekdayOf(day) - weekStartsOn + 7) % 7;
  return addDays(day, -back);
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: DayKey, to: DayKey): DayKey[] {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const days: DayKey[] = [];
  for (let n = start; n <= end; n++) days.push(fromDayNumber(n));
  return days;
}

/** Parses `HH:mm` (24-hour) into hours and minutes. */
export function parseTime(time: string): { readonly hours: number; readonly minutes: number } {
  const parts = clockTimeParts(time);
  if (!parts) throw new RangeError(`Not a time (HH:mm): ${JSON.stringify(time)}`);
  return parts;
}

// The wall clock an instant shows, written as if it were UTC, so wall clocks can be compared
// with plain arithmetic.
const wallClockOf = (at: number): number => at - new Date(at).getTimezoneOffset() * MS_PER_MINUTE;

/**
 * The instant the device's clock shows `time` on calendar day `day` (no rollover applied).
 * - In a spring-forward gap (02:30 on a night the clock jumps 02:00 → 03:00) that wall time
 *   never happens; we return the next valid instant, the moment of the jump (03:00), so a
 *   reminder fires as soon as it can rather than an hour late.
 * - In a fall-back overlap (02:30 happening twice) we return the first occurrence.
 */
export function atLocalTime(day: DayKey, time: string): number {
  const { year, month, day: d } = toYmd(day);
  const { hours, minutes } = parseTime(time);
  const wanted = Date.UTC(year, month - 1, d, hours, minutes);
  const candidate = new Date(year, month - 1, d, hours, minutes);
  const at = candidate.getTime();
  const shown = Date.UTC(candidate.getFullYear(), candidate.getMonth(), candidate.getDate(), getHours(candidate), getMinutes(candidate));
  if (shown === wanted) return at;

  // A gap: engines resolve it with the offset from before the jump, which lands past it.
  // Search back for the first instant whose wall clock reaches the wanted time. The window
  // covers the widest real gap (Samoa skipped a whole day in 2011).
  let lo = at - 26 * 60 * MS_PER_MINUTE; // wall clock here is before `wanted`
  let hi = at; // wall clock here is at or after `wanted`
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallClockOf(mid) >= wanted) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The instant of a plan time on a day that rolls over at `rolloverHour`: times before the
 * rollover hour fall on the next calendar date (01:00 on Monday's day, rollover 3, is Tuesday
 * 01:00 on the wall clock), so an entry always lands inside the day it belongs to.
 */
export function atDayTime(day: DayKey, time: string, rolloverHour: number): number {
  checkRollover(rolloverHour);
  const { hours } = parseTime(time);
  return atLocalTime(hours < rolloverHour ? addDays(day, 1) : day, time);
}
