import { format } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  atDayTime,
  atLocalTime,
  dayKey,
  daysBetween,
  eachDay,
  isDayKey,
  parseDay,
  parseTime,
  startOfWeekDay,
  weekdayOf,
} from '@/lib/days';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

// Node re-reads process.env.TZ when it is assigned, so one worker can test several zones.
// setZone proves it took effect by comparing the Date's local clock with Intl's reading of
// the same instant in that zone, so a silently ignored TZ fails loudly instead of passing.

restoreZoneAfterAll();

const utc = (iso: string): number => Date.parse(iso);
const local = (at: number): string => format(at, 'yyyy-MM-dd HH:mm xxx');

describe('time zone switching in tests', () => {
  it('takes effect for later Date calls', () => {
    const summer = utc('2026-07-01T12:00:00Z');
    setZone('Europe/Berlin');
    expect(new Date(summer).getTimezoneOffset()).toBe(-120);
    setZone('America/New_York');
    expect(new Date(summer).getTimezoneOffset()).toBe(240);
    setZone('Australia/Lord_Howe');
    expect(new Date(utc('2026-01-01T00:00:00Z')).getTimezoneOffset()).toBe(-660);
    expect(new Date(summer).getTimezoneOffset()).toBe(-630);
    setZone('Pacific/Apia');
    expect(new Date(summer).getTimezoneOffset()).toBe(-780);
  });
});

describe('dayKey', () => {
  const cases: { zone: string; at: string; rollover: number; day: string; why: string }[] = [
    // Berlin, spring forward 2026-03-29 02:00 CET → 03:00 CEST
    { zone: 'Europe/Berlin', at: '2026-03-28T23:40:00Z', rollover: 3, day: '2026-03-28', why: '00:40 belongs to the day before' },
    { zone: 'Europe/Berlin', at: '2026-03-28T23:40:00Z', rollover: 0, day: '2026-03-29', why: 'rollover 0 is midnight' },
    { zone: 'Europe/Berlin', at: '2026-03-29T00:59:00Z', rollover: 3, day: '2026-03-28', why: '01:59 CET, just before the jump' },
    { zone: 'Europe/Berlin', at: '2026-03-29T01:00:00Z', rollover: 3, day: '2026-03-29', why: '03:00 CEST, right after the jump' },
    { zone: 'Europe/Berlin', at: '2026-03-29T01:30:00Z', rollover: 3, day: '2026-03-29', why: '03:30 CEST; "minus 3 h" would say the 28th' },
    // Berlin, fall back 2026-10-25 03:00 CEST → 02:00 CET: 02:30 happens twice
    { zone: 'Europe/Berlin', at: '2026-10-25T00:30:00Z', rollover: 3, day: '2026-10-24', why: 'first 02:30 (CEST)' },
    { zone: 'Europe/Berlin', at: '2026-10-25T01:30:00Z', rollover: 3, day: '2026-10-24', why: 'second 02:30 (CET)' },
    { zone: 'Europe/Berlin', at: '2026-10-25T02:00:00Z', rollover: 3, day: '2026-10-25', why: '03:00 CET' },
    // New York, spring forward 2026-03-08, fall back 2026-11-01
    { zone: 'America/New_York', at: '2026-03-08T06:59:00Z', rollover: 3, day: '2026-03-07', why: '01:59 EST' },
    { zone: 'America/New_York', at: '2026-03-08T07:30:00Z', rollover: 3, day: '2026-03-08', why: '03:30 EDT' },
    { zone: 'America/New_York', at: '2026-03-08T07:30:00Z', rollover: 2, day: '2026-03-08', why: 'rollover hour skipped by the jump' },
    { zone: 'America/New_York', at: '2026-11-01T06:30:00Z', rollover: 3, day: '2026-10-31', why: 'second 01:30 (EST)' },
    { zone: 'America/New_York', at: '2026-11-01T06:30:00Z', rollover: 0, day: '2026-11-01', why: 'same instant, midnight rollover' },
    { zone: 'America/New_York', at: '2026-11-01T08:00:00Z', rollover: 3, day: '2026-11-01', why: '03:00 EST' },
    // Lord Howe: half-hour DST. Ends 2026-04-05 02:00 → 01:30, starts 2026-10-04 02:00 → 02:30
    { zone: 'Australia/Lord_Howe', at: '2026-04-04T14:45:00Z', rollover: 2, day: '2026-04-04', why: 'first 01:45 (+11)' },
    { zone: 'Australia/Lord_Howe', at: '2026-04-04T15:15:00Z', rollover: 2, day: '2026-04-04', why: 'second 01:45 (+10:30)' },
    { zone: 'Australia/Lord_Howe', at: '2026-04-04T15:30:00Z', rollover: 2, day: '2026-04-05', why: '02:00 (+10:30)' },
    { zone: 'Australia/Lord_Howe', at: '2026-10-03T15:29:00Z', rollover: 2, day: '2026-10-03', why: '01:59, before the half-hour jump' },
    { zone: 'Australia/Lord_Howe', at: '2026-10-03T15:30:00Z', rollover: 2, day: '2026-10-04', why: '02:30, after the jump' },
    // Apia: UTC+13, the local date is ahead of UTC most of the day
    { zone: 'Pacific/Apia', at: '2026-03-28T11:40:00Z', rollover: 3, day: '2026-03-28', why: '00:40 on the 29th local' },
    { zone: 'Pacific/Apia', at: '2026-03-28T11:40:00Z', rollover: 0, day: '2026-03-29', why: 'local date, not the UTC date' },
    { zone: 'Pacific/Apia', at: '2026-03-28T14:00:00Z', rollover: 3, day: '2026-03-29', why: '03:00 local' },
    // Santiago: clocks fall back at midnight, 2026-04-05 00:00 → 2026-04-04 23:00
    { zone: 'America/Santiago', at: '2026-04-05T03:30:00Z', rollover: 0, day: '2026-04-04', why: '23:30 again after falling back' },
    { zone: 'America/Santiago', at: '2026-04-05T04:00:00Z', rollover: 0, day: '2026-04-05', why: 'midnight, the second time' },
  ];

  it.each(cases)('$zone $at rollover $rollover → $day ($why)', ({ zone, at, rollover, day }) => {
    setZone(zone);
    expect(dayKey(utc(at), rollover)).toBe(day);
  });

  it('depends on the zone the device is in when it is computed (travel)', () => {
    const at = utc('2026-06-01T22:30:00Z');
    const byZone = ['Europe/Berlin', 'America/New_York', 'Pacific/Apia'].map((zone) => {
      setZone(zone);
      return dayKey(at, 0);
    });
    expect(byZone).toEqual(['2026-06-02', '2026-06-01', '2026-06-02']);
    setZone('Pacific/Apia');
    expect(dayKey(at, 3)).toBe('2026-06-02'); // 11:30 local
  });

  it('rejects a rollover hour outside 0–23', () => {
    expect(() => dayKey(0, 24)).toThrow(RangeError);
    expect(() => dayKey(0, -1)).toThrow(RangeError);
    expect(() => dayKey(0, 2.5)).toThrow(RangeError);
  });
});

describe('atLocalTime', () => {
  const cases: { zone: string; day: string; time: string; at: string; why: string }[] = [
    { zone: 'Europe/Berlin', day: '2026-03-29', time: '01:59', at: '2026-03-29T00:59:00Z', why: 'before the gap' },
    { zone: 'Europe/Berlin', day: '2026-03-29', time: '02:00', at: '2026-03-29T01:00:00Z', why: 'gap start → the jump' },
    { zone: 'Europe/Berlin', day: '2026-03-29', time: '02:30', at: '2026-03-29T01:00:00Z', why: 'inside the gap → the jump' },
    { zone: 'Europe/Berlin', day: '2026-03-29', time: '03:00', at: '2026-03-29T01:00:00Z', why: 'the first valid time' },
    { zone: 'Europe/Berlin', day: '2026-03-29', time: '07:30', at: '2026-03-29T05:30:00Z', why: 'summer time' },
    { zone: 'Europe/Berlin', day: '2026-10-25', time: '02:30', at: '2026-10-25T00:30:00Z', why: 'overlap → first occurrence' },
    { zone: 'Europe/Berlin', day: '2026-10-25', time: '07:30', at: '2026-10-25T06:30:00Z', why: 'winter time' },
    { zone: 'America/New_York', day: '2026-03-08', time: '02:30', at: '2026-03-08T07:00:00Z', why: 'inside the gap → the jump' },
    { zone: 'America/New_York', day: '2026-11-01', time: '01:30', at: '2026-11-01T05:30:00Z', why: 'overlap → first (EDT)' },
    { zone: 'Australia/Lord_Howe', day: '2026-10-04', time: '02:15', at: '2026-10-03T15:30:00Z', why: 'half-hour gap → the jump' },
    { zone: 'Australia/Lord_Howe', day: '2026-04-05', time: '01:45', at: '2026-04-04T14:45:00Z', why: 'half-hour overlap → first' },
    { zone: 'Pacific/Apia', day: '2026-06-01', time: '07:30', at: '2026-05-31T18:30:00Z', why: 'local date ahead of UTC' },
    { zone: 'Pacific/Apia', day: '2011-12-30', time: '12:00', at: '2011-12-30T10:00:00Z', why: 'the day Samoa skipped → next midnight' },
    { zone: 'America/Santiago', day: '2026-09-06', time: '00:00', at: '2026-09-06T04:00:00Z', why: 'midnight in the gap → 01:00' },
  ];

  it.each(cases)('$zone $day $time → $at ($why)', ({ zone, day, time, at }) => {
    setZone(zone);
    expect(new Date(atLocalTime(day, time)).toISOString()).toBe(new Date(utc(at)).toISOString());
  });

  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia'])(
    'round-trips every day of 2026 in %s',
    (zone) => {
      setZone(zone);
      for (const day of eachDay('2026-01-01', '2026-12-31')) {
        for (const time of ['00:00', '07:30', '12:00', '23:59']) {
          const at = atLocalTime(day, time);
          expect(format(at, 'yyyy-MM-dd HH:mm')).toBe(`${day} ${time}`);
          expect(dayKey(at, 0)).toBe(day);
        }
        expect(dayKey(atLocalTime(day, '12:00'), 3)).toBe(day);
      }
    },
  );

  it('rejects malformed times and days', () => {
    expect(() => atLocalTime('2026-03-29', '7:30')).toThrow(RangeError);
    expect(() => atLocalTime('2026-03-29', '24:00')).toThrow(RangeError);
    expect(() => atLocalTime('2026-02-29', '07:30')).toThrow(RangeError);
    expect(parseTime('07:05')).toEqual({ hours: 7, minutes: 5 });
  });
});

describe('atDayTime', () => {
  beforeAll(() => setZone('Europe/Berlin'));

  it('puts times before the rollover on the next calendar date, inside the same day', () => {
    const at = atDayTime('2026-03-30', '01:00', 3);
    expect(local(at)).toBe('2026-03-31 01:00 +02:00');
    expect(dayKey(at, 3)).toBe('2026-03-30');
    expect(local(atDayTime('2026-03-30', '03:00', 3))).toBe('2026-03-30 03:00 +02:00');
  });

  it('lands on the jump for a plan time inside the spring-forward gap', () => {
    // Saturday's 02:30 entry with rollover 3 falls on Sunday's missing hour.
    expect(local(atDayTime('2026-03-28', '02:30', 3))).toBe('2026-03-29 03:00 +02:00');
  });
});

describe('calendar arithmetic on keys', () => {
  // Run under a DST zone to show the arithmetic does not care.
  beforeAll(() => setZone('America/New_York'));

  it.each([
    { day: '2026-03-07', n: 1, expected: '2026-03-08' },
    { day: '2026-03-08', n: 1, expected: '2026-03-09' },
    { day: '2026-11-01', n: -1, expected: '2026-10-31' },
    { day: '2026-02-28', n: 1, expected: '2026-03-01' },
    { day: '2028-02-28', n: 1, expected: '2028-02-29' },
    { day: '2028-03-01', n: -1, expected: '2028-02-29' },
    { day: '2026-12-31', n: 1, expected: '2027-01-01' },
    { day: '2026-01-01', n: 365, expected: '2027-01-01' },
    { day: '2028-01-01', n: 366, expected: '2029-01-01' },
  ])('addDays($day, $n) = $expected', ({ day, n, expected }) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it('knows weekdays, including a leap day and DST Sundays', () => {
    expect(weekdayOf('2026-03-08')).toBe(0);
    expect(weekdayOf('2026-03-29')).toBe(0);
    expect(weekdayOf('2026-03-30')).toBe(1);
    expect(weekdayOf('2028-02-29')).toBe(2);
  });

  it('finds the start of the week for either week start', () => {
    expect(startOfWeekDay('2026-03-29', 1)).toBe('2026-03-23');
    expect(startOfWeekDay('2026-03-29', 0)).toBe('2026-03-29');
    expect(startOfWeekDay('2026-03-30', 1)).toBe('2026-03-30');
    expect(startOfWeekDay('2026-03-28', 0)).toBe('2026-03-22');
    expect(startOfWeekDay('2026-01-01', 1)).toBe('2025-12-29');
  });

  it('lists days inclusively, across a DST change and a leap day', () => {
    expect(eachDay('2026-03-07', '2026-03-09')).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    expect(eachDay('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(eachDay('2026-03-09', '2026-03-09')).toEqual(['2026-03-09']);
    expect(eachDay('2026-03-09', '2026-03-08')).toEqual([]);
    expect(eachDay('2026-01-01', '2026-12-31')).toHaveLength(365);
  });

  it('parses a day to its local midnight for display', () => {
    expect(local(parseDay('2026-03-08').getTime())).toBe('2026-03-08 00:00 -05:00');
    expect(local(parseDay('2026-11-01').getTime())).toBe('2026-11-01 00:00 -04:00');
  });

  it('validates keys', () => {
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-02-29')).toBe(false);
    expect(isDayKey('2026-3-1')).toBe(false);
    expect(isDayKey(20260301)).toBe(false);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
    expect(() => addDays('2026-03-01', 0.5)).toThrow(RangeError);
  });
});

describe('recordDay: the one rule for which day a record belongs to', () => {
  it('dates by the start, so a session across the rollover hour stays on the day it began', async () => {
    const { recordDay } = await import('@/lib/days');
    const start = new Date(2026, 10, 26, 2, 50).getTime();
    expect(recordDay(start, 3)).toBe('2026-11-25');
    expect(recordDay(new Date(2026, 10, 26, 3, 0).getTime(), 3)).toBe('2026-11-26');
  });
});
