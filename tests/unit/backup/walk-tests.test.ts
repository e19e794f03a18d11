// Walking tests in backups and in their CSV: a good record goes through whole, a bad one is
// refused with a message at its field, and the spreadsheet says it in plain words.
import { describe, expect, it } from 'vitest';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';
import { buildAllData } from '../../fixtures/records';
import { WALK_TESTS_CSV_HEADER, buildBackup, parseBackup, walkTestsCsv, walkTestsCsvFileName } from '@/lib/backup';
import type { WalkTest } from '@/lib/model';

restoreZoneAfterAll();
setZone('Europe/Berlin');

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 2, 8, 0); // 09:00 in Berlin
const test1: WalkTest = { id: 't1', startedAt: T0, endedAt: T0 + 750_000, day: '2026-03-02', totalMs: 750_000, symptomAtMs: 8 * MIN, endReason: 'back', eased: 'leaning', tightness: 6 };
const test2: WalkTest = { id: 't2', startedAt: T0 + 86_400_000, endedAt: T0 + 86_400_000 + 30 * MIN, day: '2026-03-03', totalMs: 30 * MIN, symptomAtMs: null, endReason: 'time-up' };

const fileWith = (walkTests: readonly unknown[]) => JSON.stringify(buildBackup(buildAllData({ walkTests: walkTests as WalkTest[] }), T0));

describe('walking tests in a backup', () => {
  it('round-trip unchanged', () => {
    const result = parseBackup(fileWith([test1, test2]));
    expect(result.ok && result.backup.data.walkTests).toEqual([test1, test2]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['tightness after the end', { symptomAtMs: 13 * MIN }, 'walkTests[0].symptomAtMs: tightness at 780000 ms is not within the 750000 ms walked'],
    ['longer than 30 minutes', { totalMs: 40 * MIN, endedAt: T0 + 40 * MIN }, 'walkTests[0].totalMs: expected a walking time from 10 seconds to 30 minutes that matches its start and end, got 2400000'],
    ['an unknown reason', { endReason: 'bored' }, 'walkTests[0].endReason: expected one of "back", "legs", "tired", "time-up", "other", got "bored"'],
    ['tightness 12', { tightness: 12 }, 'walkTests[0].tightness: expected a whole number from 0 to 10, got 12'],
    ['an unknown field', { heartRate: 90 }, 'walkTests[0]: a field this version does not know ("heartRate")'],
    ['ending before it starts', { endedAt: T0 - 1 }, 'walkTests[0].endedAt: ends before it starts'],
  ])('refuse %s', (_name, patch, message) => {
    const result = parseBackup(fileWith([{ ...test1, ...patch }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(message);
  });

  it('a duplicate id is refused', () => {
    const result = parseBackup(fileWith([test1, { ...test2, id: 't1' }]));
    expect(!result.ok && result.errors).toEqual(['walkTests[1].id: "t1" is used twice (also at walkTests[0])']);
  });
});

describe('walkTestsCsv', () => {
  it('one row per test, oldest first, in plain words', () => {
    expect(walkTestsCsv([test2, test1]).split('\r\n')).toEqual([
      WALK_TESTS_CSV_HEADER.join(','),
      '2026-03-02,2026-03-02T09:00:00+01:00,12.5,8,back tightness,leaning forward,6',
      '2026-03-03,2026-03-03T09:00:00+01:00,30,,time up,,',
      '',
    ]);
  });

  it('the semicolon style writes decimal commas', () => {
    expect(walkTestsCsv([test1], 'semicolon').split('\r\n')[1]).toBe('2026-03-02;2026-03-02T09:00:00+01:00;12,5;8;back tightness;leaning forward;6');
  });

  it('is named by the day', () => {
    expect(walkTestsCsvFileName(T0)).toBe('backstride-walking-tests-2026-03-02.csv');
  });
});
