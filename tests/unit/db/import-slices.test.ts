// A large import is written in slices inside one transaction: progress is heard after each
// slice, and a slice that fails late leaves every table exactly as it was (nothing a person
// recorded is lost, nothing half-imported stays).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { importWrite, type BackupData } from '@/lib/backup';
import { readAllData, writeAllData, WRITE_SLICE, type WriteProgress } from '@/lib/db/backup-store';
import { DEFAULT_SETTINGS, type CheckIn } from '@/lib/model';

const T0 = Date.UTC(2026, 2, 1, 7, 30);
const checkIn = (i: number): CheckIn => ({ id: `k${i}`, at: T0 + i, day: '2026-03-01', tightness: i % 11, context: 'other' });
const data = (checkIns: CheckIn[]): BackupData => ({ plan: [], sessions: [], checkIns, walks: [], dayMarks: [], doses: [], screenings: [], walkTests: [], settings: DEFAULT_SETTINGS });

let before: string;
beforeEach(async () => {
  await writeAllData(importWrite({ ...data([checkIn(-1)]), plan: [{ id: 'p1', routineId: 'core', weekdays: [1], time: '07:30', reminder: false, remindMinutesBefore: 0, createdAt: T0, startDay: '2026-03-01' }] }, 'replace'));
  before = JSON.stringify(await readAllData());
});

describe('writeAllData in slices', () => {
  it('writes every record and reports progress after each slice', async () => {
    const count = WRITE_SLICE * 2 + 17;
    const heard: WriteProgress[] = [];
    await writeAllData(importWrite(data(Array.from({ length: count }, (_, i) => checkIn(i))), 'merge'), (p) => heard.push(p));
    expect(heard).toEqual([
      { written: WRITE_SLICE, total: count },
      { written: WRITE_SLICE * 2, total: count },
      { written: count, total: count },
    ]);
    expect((await readAllData()).checkIns).toHaveLength(count + 1);
  });

  it.each(['merge', 'replace'] as const)('a %s whose last slice fails changes nothing', async (mode) => {
    const records = Array.from({ length: WRITE_SLICE * 2 + 5 }, (_, i) => checkIn(i));
    // An id IndexedDB cannot store, in the last slice: that request fails after two have succeeded.
    records[records.length - 1] = { ...checkIn(0), id: { not: 'a key' } as unknown as string };
    const heard: number[] = [];
    await expect(writeAllData(importWrite(data(records), mode), (p) => heard.push(p.written))).rejects.toThrow();
    expect(heard).toEqual([WRITE_SLICE, WRITE_SLICE * 2]);
    expect(JSON.stringify(await readAllData())).toBe(before);
  });
});
