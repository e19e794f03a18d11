// Every limit on what a person records, and its one check: the zod backup schema, the forms
// and lib all use these. Also the one parser for a number a person typed, which refuses what
// Number() would wave through ("1e1", "0x5", "+5", "-0", "  ").
import type { DayKey } from './records';

/** A range of whole numbers; `multipleOf` (e.g. 2) keeps the value on a grid from 0. */
export interface WholeRange {
  readonly min: number;
  readonly max: number;
  readonly multipleOf?: number;
}

/** A range of decimals; a typed value is rounded to the nearest `roundTo` (0.1: tenths). */
export interface DecimalRange {
  readonly min: number;
  readonly max: number;
  readonly roundTo: number;
}

/** Tightness is a whole number from 0 (none) to 10 (worst imaginable). */
export const TIGHTNESS = { min: 0, max: 10 } as const satisfies WholeRange;
export const TIGHTNESS_MIN = TIGHTNESS.min;
export const TIGHTNESS_MAX = TIGHTNESS.max;

/**
 * Minutes of a walk (walked, or into the walk when tightness started; also the onboarding
 * baseline), kept to tenths. Ten hours: backups have always been allowed to hold up to 600
 * (the import schema, the mid-walk entry and onboarding took 600), so a lower limit would
 * refuse people's own old files; it still catches a stray extra digit or a forgotten stop.
 */
export const WALK_MINUTES = { min: 0, max: 600, roundTo: 0.1 } as const satisfies DecimalRange;

/** A "times a week" goal: at most once a day, so 1 to 7. */
export const TIMES_PER_WEEK = { min: 1, max: 7 } as const satisfies WholeRange;

/** Minutes a reminder goes off before its plan entry: up to a day ahead. */
export const REMIND_MINUTES = { min: 0, max: 24 * 60 } as const satisfies WholeRange;

/**
 * A pinned dose, hold seconds or reps, whatever the exercise. Each exercise narrows this
 * (lib/schedule doseFloor / doseCeiling); this is the outer bound a stored pin must meet.
 */
export const DOSE_AMOUNT = { min: 1, max: 600 } as const satisfies WholeRange;

/** What a session result records as planned or done (seconds or reps, in tenths): up to a day. */
export const RESULT_AMOUNT = { min: 0, max: 24 * 60 * 60 } as const;

/**
 * Text a person writes: a session's note (the history editor stops at this), and the notes of
 * check-ins and reasons of marked days, which backups carry too. Counted as the text field
 * counts (UTF-16 code units).
 */
export const NOTE_LENGTH = { max: 500 } as const;

/** The hour (local wall clock) a new day starts. */
export const ROLLOVER_HOUR = { min: 0, max: 23 } as const satisfies WholeRange;

export function isWholeIn(n: unknown, range: WholeRange): n is number {
  return (
    typeof n === 'number' &&
    Number.isInteger(n) &&
    n >= range.min &&
    n <= range.max &&
    (range.multipleOf === undefined || n % range.multipleOf === 0)
  );
}

/** Finite and within the range (stored values are not held to `roundTo`: older ones may not be). */
export function isNumberIn(n: unknown, range: { readonly min: number; readonly max: number }): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= range.min && n <= range.max;
}

export const isTightness = (n: unknown): n is number => isWholeIn(n, TIGHTNESS);
export const isWalkMinutes = (n: unknown): n is number => isNumberIn(n, WALK_MINUTES);
export const isTimesPerWeek = (n: unknown): n is number => isWholeIn(n, TIMES_PER_WEEK);
export const isRemindMinutes = (n: unknown): n is number => isWholeIn(n, REMIND_MINUTES);
export const isDoseAmount = (n: unknown): n is number => isWholeIn(n, DOSE_AMOUNT);
export const isResultAmount = (n: unknown): n is number => isNumberIn(n, RESULT_AMOUNT);
export const isNoteLength = (text: unknown): text is string => typeof text === 'string' && text.length <= NOTE_LENGTH.max;
export const isRolloverHour = (n: unknown): n is number => isWholeIn(n, ROLLOVER_HOUR);

// ---- Time of day, `HH:mm` (24-hour) ----

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Hours and minutes of a `HH:mm` time (00:00–23:59), or null for anything else. */
export function clockTimeParts(value: unknown): { readonly hours: number; readonly minutes: number } | null {
  const m = typeof value === 'string' ? CLOCK_TIME.exec(value) : null;
  return m ? { hours: Number(m[1]), minutes: Number(m[2]) } : null;
}

export const isClockTime = (value: unknown): value is string => clockTimeParts(value) !== null;

// ---- Day keys, `YYYY-MM-DD` ----

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day of a real calendar date written `YYYY-MM-DD`, or null. */
export function dayKeyParts(value: unknown): { readonly year: number; readonly month: number; readonly day: number } | null {
  const m = typeof value === 'string' ? DAY_KEY.exec(value) : null;
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  // Date.UTC rolls 2026-02-29 over to March (and reads years 0–99 as 1900–1999): a date
  // that comes back changed is not one this app writes.
  const check = new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day));
  const real = check.getUTCFullYear() === ymd.year && check.getUTCMonth() === ymd.month - 1 && check.getUTCDate() === ymd.day;
  return real ? ymd : null;
}

/** True for a real calendar date written `YYYY-MM-DD` (so not 2026-02-29). */
export const isDayKey = (value: unknown): value is DayKey => dayKeyParts(value) !== null;

// ---- Numbers a person typed ----

/** Why typed text is not a number the field takes. */
export type TypedNumberProblem = 'empty' | 'blank' | 'not-a-number' | 'not-whole' | 'out-of-range' | 'not-a-multiple';

export type TypedNumber =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: TypedNumberProblem; readonly message: string };

export interface TypedOptions {
  /** Names the value in the message ("tightness before the walk"); without it, "a number". */
  readonly label?: string;
  /** Replaces the message built from the range, for a field that says more. */
  readonly message?: string;
}

// Digits only, with either decimal mark. No sign, exponent, hex prefix, digit separators or
// inner spaces: none of those is what a person means in a field like these.
const WHOLE_TEXT = /^\d+$/;
const DECIMAL_TEXT = /^\d+(?:[.,]\d+)?$/;

function rangeText(min: number, max: number): string {
  return `from ${min} to ${max}`;
}

/** The message parseWholeNumber gives for `range`: "Enter a whole number from 0 to 10." */
export function wholeNumberMessage(range: WholeRange, options: TypedOptions = {}): string {
  if (options.message !== undefined) return options.message;
  const kind = range.multipleOf === 2 ? 'an even number' : range.multipleOf ? `a multiple of ${range.multipleOf}` : 'a whole number';
  const subject = options.label ? `${options.label} as ${kind}` : kind;
  return `Enter ${subject} ${rangeText(range.min, range.max)}.`;
}

/** The message parseDecimal gives for `range`: "Enter minutes as a number from 0 to 600." */
export function decimalMessage(range: DecimalRange, options: TypedOptions = {}): string {
  if (options.message !== undefined) return options.message;
  return `Enter ${options.label ?? 'a number'}${options.label ? ' as a number' : ''} ${rangeText(range.min, range.max)}.`;
}

/** '' is "nothing typed" (an optional field may take it); spaces alone are something typed. */
function emptiness(text: string, trimmed: string): 'empty' | 'blank' | null {
  if (text === '') return 'empty';
  return trimmed === '' ? 'blank' : null;
}

/**
 * A whole number typed by a person, within `range`. Spaces around the digits are ignored;
 * anything but digits is refused, so "1e1", "0x5", "+5", "-0", "5.0" and "   " are not
 * numbers here. Empty text is its own problem, so an optional field can treat it as "not
 * answered"; spaces alone are refused, so they never clear a stored value unasked.
 */
export function parseWholeNumber(text: string, range: WholeRange, options: TypedOptions = {}): TypedNumber {
  const message = wholeNumberMessage(range, options);
  const trimmed = text.trim();
  const empty = emptiness(text, trimmed);
  if (empty) return { ok: false, problem: empty, message };
  if (!WHOLE_TEXT.test(trimmed)) {
    return { ok: false, problem: DECIMAL_TEXT.test(trimmed) ? 'not-whole' : 'not-a-number', message };
  }
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) return { ok: false, problem: 'out-of-range', message };
  if (range.multipleOf !== undefined && value % range.multipleOf !== 0) return { ok: false, problem: 'not-a-multiple', message };
  return { ok: true, value };
}

/**
 * A decimal typed by a person ("12", "12.5" or "12,5"), rounded to `range.roundTo` and then
 * checked against the range. Refuses what parseWholeNumber refuses, except a decimal part.
 */
export function parseDecimal(text: string, range: DecimalRange, options: TypedOptions = {}): TypedNumber {
  const message = decimalMessage(range, options);
  const trimmed = text.trim();
  const empty = emptiness(text, trimmed);
  if (empty) return { ok: false, problem: empty, message };
  if (!DECIMAL_TEXT.test(trimmed)) return { ok: false, problem: 'not-a-number', message };
  const value = roundTo(Number(trimmed.replace(',', '.')), range.roundTo);
  if (!Number.isFinite(value) || value < range.min || value > range.max) return { ok: false, problem: 'out-of-range', message };
  return { ok: true, value };
}

/** `n` rounded to the nearest multiple of `step`, without binary noise (12.3, not 12.299999). */
export function roundTo(n: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((Math.round(n / step) * step).toFixed(decimals));
}

/** For optional fields: empty text is "not answered" (undefined); anything else, spaces
 *  alone included, must parse. */
export function optionalNumber(result: TypedNumber): { readonly ok: true; readonly value: number | undefined } | Extract<TypedNumber, { ok: false }> {
  return !result.ok && result.problem === 'empty' ? { ok: true, value: undefined } : result;
}

// Ranges the backup schema and the stored records check numbers from outside against, so a
// value like 1e308 can never reach the timer or the export.

/** Epoch milliseconds a Date can hold (up to 8.64e15, the year 275760). */
export const INSTANT_MAX = 8.64e15;

/**
 * The years a record's dates fall in. Backstride did not exist before 2000, and a date past
 * 2100 is a typo or a broken clock, not a session: either would sit in every history and
 * streak for good (the year 275760 fits in a Date but in no calendar the app draws).
 */
export const RECORD_YEARS = { min: 2000, max: 2100 } as const;

/**
 * The instants whose day, on any wall clock (UTC−12 to UTC+14) with any rollover hour (0–23),
 * falls in RECORD_YEARS: from 35 hours into 2000 to 14 hours before 2101. So a day key made
 * from a valid instant (a plan entry's first day, a record's day) is always valid too.
 */
export const RECORD_INSTANTS = {
  min: Date.UTC(RECORD_YEARS.min, 0, 1, 35),
  max: Date.UTC(RECORD_YEARS.max + 1, 0, 1) - 14 * 3_600_000,
} as const;

/** A day key (see isDayKey) in RECORD_YEARS. */
export const isRecordDay = (value: unknown): value is DayKey => {
  const parts = dayKeyParts(value);
  return parts !== null && parts.year >= RECORD_YEARS.min && parts.year <= RECORD_YEARS.max;
};

/** Epoch milliseconds within RECORD_INSTANTS. */
export const isRecordInstant = (n: unknown): n is number => isNumberIn(n, RECORD_INSTANTS);
