// Plan entries that clash (lib/schedule's rule: one routine, one time, a shared weekday) are
// refused at import, in the file itself and in what a merge would leave on the device, with a
// message naming the entry and its field; the device's data stays exactly as it was.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBackup, ImportRefusedError, importWrite, parseBackup, type BackupData } from '@/lib/backup';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
import { DEFAULT_SETTINGS, type PlanEntry, type Weekday } from '@/lib/model';

const T0 = Date.UTC(2026, 2, 1, 7, 30);
const entry = (id: string, routineId: string, time: string, weekdays: Weekday[], createdAt = T0): PlanEntry => ({
  id, routineId, time, weekdays, reminder: false, remindMinutesBefore: 0, createdAt, startDay: '2026-03-01',
});
const data = (plan: PlanEntry[]): BackupData => ({ plan, sessions: [], checkIns: [], walks: [], dayMarks: [], doses: [], screenings: [], walkTests: [], settings: DEFAULT_SETTINGS });
const parse = (plan: PlanEntry[]) => parseBackup(JSON.stringify(buildBackup(data(plan), T0)));

describe('in the file', () => {
  it.each<[string, PlanEntry[], string[]]>([
    [
      'the same routine at the same time on a shared day',
      [entry('p1', 'walk-ready', '08:00', [1, 3]), entry('p2', 'core', '08:00', [1]), entry('p3', 'walk-ready', '08:00', [1])],
      ['plan[2].time: plan entry (Walk-ready, Monday 08:00) clashes with plan[0] (Walk-ready, Monday, Wednesday 08:00): the same routine at the same time on Monday. Remove one, or move it to another time or other days.'],
    ],
    [
      'every clashing entry, each once',
      [entry('a', 'core', '07:30', [1]), entry('b', 'core', '07:30', [1]), entry('c', 'core', '07:30', [0, 1])],
      [
        'plan[1].time: plan entry (Core: plank, Monday 07:30) clashes with plan[0] (Core: plank, Monday 07:30): the same routine at the same time on Monday. Remove one, or move it to another time or other days.',
        'plan[2].time: plan entry (Core: plank, Monday, Sunday 07:30) clashes with plan[0] (Core: plank, Monday 07:30): the same routine at the same time on Monday. Remove one, or move it to another time or other days.',
      ],
    ],
  ])('%s is refused, naming the entry and the field', (_what, plan, errors) => {
    const result = parse(plan);
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });

  it.each<[string, PlanEntry[]]>([
    ['the same routine and time on other days', [entry('a', 'core', '07:30', [1]), entry('b', 'core', '07:30', [2])]],
    ['the same routine at other times', [entry('a', 'core', '07:30', [1]), entry('b', 'core', '07:31', [1])]],
    ['other routines at the same time', [entry('a', 'core', '07:30', [1]), entry('b', 'walk-ready', '07:30', [1])]],
  ])('%s is kept', (_what, plan) => {
    expect(parse(plan).ok).toBe(true);
  });
});

describe('merged with the device', () => {
  const device = data([entry('d1', 'walk-ready', '08:00', [1, 3, 5]), entry('d2', 'core', '18:00', [2])]);
  let before: string;
  beforeEach(async () => {
    await writeAllData(importWrite(device, 'replace'));
    before = JSON.stringify(await readAllData());
  });

  const merge = async (plan: PlanEntry[]) => {
    const parsed = parse(plan);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return writeAllData(importWrite({ ...parsed.backup.data, checkIns: [{ id: 'k1', at: T0, day: '2026-03-01', tightness: 3, context: 'other' }] }, 'merge'));
  };

  it('an entry that clashes with one already here (another id) is refused, and nothing changes', async () => {
    const attempt = merge([entry('f1', 'core', '07:00', [1]), entry('f2', 'walk-ready', '08:00', [5, 6])]);
    await expect(attempt).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(attempt).rejects.toThrow(
      'This backup cannot be merged with the data on this device, so nothing was changed. plan[1].time: plan entry (Walk-ready, Friday, Saturday 08:00) clashes with a plan entry already on this device (Walk-ready, Monday, Wednesday, Friday 08:00): the same routine at the same time on Friday. Remove one, or move it to another time or other days.',
    );
    expect(JSON.stringify(await readAllData())).toBe(before);
  });

  it('the same entry (its id) edited elsewhere is no clash: the newer copy replaces it', async () => {
    await merge([{ ...entry('d1', 'walk-ready', '08:00', [1, 3]), updatedAt: T0 + 1 }]);
    const after = await readAllData();
    expect(after.plan.find((p) => p.id === 'd1')?.weekdays).toEqual([1, 3]);
    expect(after.checkIns).toHaveLength(1);
  });

  it('an entry is checked against the copy the device keeps, not the older copy beside it in the file', async () => {
    // In the file f1 (Tuesday) meets only the file's older d2 (Monday); the device keeps its own d2 (Tuesday).
    const attempt = merge([{ ...entry('d2', 'core', '18:00', [1]), createdAt: T0 - 1 }, entry('f1', 'core', '18:00', [2])]);
    await expect(attempt).rejects.toThrow(/plan\[1\]\.time: plan entry \(Core: plank, Tuesday 18:00\) clashes with a plan entry already on this device \(Core: plank, Tuesday 18:00\)/);
    expect(JSON.stringify(await readAllData())).toBe(before);
  });

  it('an entry that clashes only on another day than the device’s is merged', async () => {
    await merge([entry('f1', 'walk-ready', '08:00', [0, 2])]);
    expect((await readAllData()).plan.map((p) => p.id).sort()).toEqual(['d1', 'd2', 'f1']);
  });
});
