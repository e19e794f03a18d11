// Each limit on what a person records, checked once, and the one parser for typed numbers.
import { describe, expect, it } from 'vitest';
import {
  clockTimeParts,
  dayKeyParts,
  DOSE_AMOUNT,
  isClockTime,
  isDayKey,
  isDoseAmount,
  isRemindMinutes,
  isResultAmount,
  isRolloverHour,
  isTightness,
  isWalkMinutes,
  optionalNumber,
  parseDecimal,
  parseWholeNumber,
  REMIND_MINUTES,
  roundTo,
  TIGHTNESS,
  WALK_MINUTES,
  type TypedNumberProblem,
} from '@/lib/model';

describe('the limits', () => {
  it('are the ones the app has always stored: tightness 0–10, walks up to 600 minutes', () => {
    expect(TIGHTNESS).toEqual({ min: 0, max: 10 });
    expect(WALK_MINUTES).toEqual({ min: 0, max: 600, roundTo: 0.1 });
    expect(REMIND_MINUTES).toEqual({ min: 0, max: 1440 });
    expect(DOSE_AMOUNT).toEqual({ min: 1, max: 600 });
  });

  const odd = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, '5', null, undefined, true, {}];

  it.each<[string, (n: unknown) => boolean, unknown[], unknown[]]>([
    ['tightness', isTightness, [0, 1, 9, 10], [-1, 11, 4.5, -0.5, ...odd]],
    ['walk minutes', isWalkMinutes, [0, 0.1, 12.5, 359.9, 360, 599.99, 600], [-0.1, 600.01, 601, ...odd]],
    ['remind minutes', isRemindMinutes, [0, 5, 60, 1440], [-5, 1441, 2.5, ...odd]],
    ['a pinned dose', isDoseAmount, [1, 30, 90, 600], [0, -1, 601, 12.5, ...odd]],
    ['a result amount', isResultAmount, [0, 0.5, 270, 86_400], [-1, 86_400.1, ...odd]],
    ['the rollover hour', isRolloverHour, [0, 3, 23], [-1, 24, 2.5, ...odd]],
  ])('%s', (_name, check, good, bad) => {
    for (const n of good) expect(check(n), `${String(n)} is allowed`).toBe(true);
    for (const n of bad) expect(check(n), `${String(n)} is refused`).toBe(false);
  });

  it.each<[unknown, { hours: number; minutes: number } | null]>([
    ['00:00', { hours: 0, minutes: 0 }],
    ['07:05', { hours: 7, minutes: 5 }],
    ['23:59', { hours: 23, minutes: 59 }],
    ['24:00', null],
    ['7:30', null],
    ['07:60', null],
    ['07:30:00', null],
    [' 07:30', null],
    ['0730', null],
    ['', null],
    [730, null],
  ])('the time of day %j', (value, parts) => {
    expect(clockTimeParts(value)).toEqual(parts);
    expect(isClockTime(value)).toBe(parts !== null);
  });

  it.each<[unknown, { year: number; month: number; day: number } | null]>([
    ['2026-03-01', { year: 2026, month: 3, day: 1 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2026-02-29', null],
    ['2026-04-31', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-3-1', null],
    ['2026-03-01T00:00', null],
    ['0026-01-01', null],
    [20260301, null],
  ])('the day key %j', (value, parts) => {
    expect(dayKeyParts(value)).toEqual(parts);
    expect(isDayKey(value)).toBe(parts !== null);
  });
});

// The inputs the issue found saved without a word, and more of their kind.
const REFUSED: [string, TypedNumberProblem][] = [
  ['', 'empty'],
  [' ', 'blank'],
  ['\t \n', 'blank'],
  ['1e1', 'not-a-number'],
  ['1E1', 'not-a-number'],
  ['0x5', 'not-a-number'],
  ['0X1A', 'not-a-number'],
  ['0b11', 'not-a-number'],
  ['0o7', 'not-a-number'],
  ['+5', 'not-a-number'],
  ['-0', 'not-a-number'],
  ['-1', 'not-a-number'],
  ['five', 'not-a-number'],
  ['5abc', 'not-a-number'],
  ['5 5', 'not-a-number'],
  ['1_000', 'not-a-number'],
  ['Infinity', 'not-a-number'],
  ['NaN', 'not-a-number'],
  ['٥', 'not-a-number'],
  ['５', 'not-a-number'],
  ['.', 'not-a-number'],
  ['.5', 'not-a-number'],
  ['5.', 'not-a-number'],
  ['1.2.3', 'not-a-number'],
];

describe('parseWholeNumber', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['7', 7],
    ['10', 10],
    [' 3 ', 3],
    ['03', 3],
  ])('takes %j as %d', (text, value) => {
    expect(parseWholeNumber(text, TIGHTNESS)).toEqual({ ok: true, value });
  });

  it.each<[string, TypedNumberProblem]>([
    ...REFUSED,
    ['11', 'out-of-range'],
    ['100', 'out-of-range'],
    ['99999999999999999999', 'out-of-range'],
    ['4.5', 'not-whole'],
    ['5.0', 'not-whole'],
    ['4,5', 'not-whole'],
  ])('refuses %j (%s), with a plain message', (text, problem) => {
    expect(parseWholeNumber(text, TIGHTNESS)).toEqual({ ok: false, problem, message: 'Enter a whole number from 0 to 10.' });
  });

  it('names the value in the message when told what it is, or uses the field’s own message', () => {
    expect(parseWholeNumber('x', TIGHTNESS, { label: 'tightness' })).toMatchObject({ message: 'Enter tightness as a whole number from 0 to 10.' });
    expect(parseWholeNumber('x', TIGHTNESS, { message: 'Say how tight, 0 to 10.' })).toMatchObject({ message: 'Say how tight, 0 to 10.' });
  });

  it('keeps to a grid when asked: even reps for alternating sides', () => {
    const even = { min: 4, max: 12, multipleOf: 2 };
    expect(parseWholeNumber('8', even)).toEqual({ ok: true, value: 8 });
    expect(parseWholeNumber('7', even)).toEqual({ ok: false, problem: 'not-a-multiple', message: 'Enter an even number from 4 to 12.' });
    expect(parseWholeNumber('14', even)).toMatchObject({ ok: false, problem: 'out-of-range' });
    expect(parseWholeNumber('2', even)).toMatchObject({ ok: false, problem: 'out-of-range' });
  });

  it('never accepts what the limit check would refuse', () => {
    for (let n = -5; n <= 15; n++) {
      expect(parseWholeNumber(String(n), TIGHTNESS).ok).toBe(isTightness(n) && n >= 0);
    }
  });
});

describe('parseDecimal', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['12.25', 12.3],
    ['7.46', 7.5],
    ['0.04', 0],
    [' 8 ', 8],
    ['600', 600],
    ['600.04', 600],
  ])('takes %j as %d minutes', (text, value) => {
    expect(parseDecimal(text, WALK_MINUTES)).toEqual({ ok: true, value });
  });

  it.each<[string, TypedNumberProblem]>([
    ...REFUSED,
    ['600.1', 'out-of-range'],
    ['601', 'out-of-range'],
    ['1e2', 'not-a-number'],
    ['12 min', 'not-a-number'],
    ['1,000.5', 'not-a-number'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseDecimal(text, WALK_MINUTES, { label: 'minutes' })).toEqual({
      ok: false,
      problem,
      message: 'Enter minutes as a number from 0 to 600.',
    });
  });
});

describe('optionalNumber', () => {
  it('reads empty text as not answered, and still refuses spaces alone and bad text', () => {
    expect(optionalNumber(parseWholeNumber('', TIGHTNESS))).toEqual({ ok: true, value: undefined });
    expect(optionalNumber(parseWholeNumber('4', TIGHTNESS))).toEqual({ ok: true, value: 4 });
    expect(optionalNumber(parseWholeNumber('  ', TIGHTNESS))).toMatchObject({ ok: false, problem: 'blank' });
    expect(optionalNumber(parseWholeNumber('abc', TIGHTNESS))).toMatchObject({ ok: false, problem: 'not-a-number' });
  });
});

describe('roundTo', () => {
  it.each<[number, number, number]>([
    [12.25, 0.1, 12.3],
    [0.1 + 0.2, 0.1, 0.3],
    [7.44, 0.1, 7.4],
    [7, 1, 7],
    [7.5, 1, 8],
  ])('%d to the nearest %d is %d', (n, step, expected) => {
    expect(roundTo(n, step)).toBe(expected);
  });
});
