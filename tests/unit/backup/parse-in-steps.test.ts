// A large backup is checked a slice at a time, pausing between slices so the page stays
// responsive; the answer is the same as checking it straight through.
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, parseBackupInSteps, type BackupData } from '@/lib/backup';
import { DEFAULT_SETTINGS, type CheckIn } from '@/lib/model';

const T0 = Date.UTC(2026, 2, 1, 7, 30);
const checkIn = (i: number): CheckIn => ({ id: `k${i}`, at: T0 + i, day: '2026-03-01', tightness: i % 11, context: 'other' });
const data = (n: number): BackupData => ({
  plan: [{ id: 'p1', routineId: 'core', weekdays: [1], time: '07:30', reminder: false, remindMinutesBefore: 0, createdAt: T0 }],
  sessions: [], checkIns: Array.from({ length: n }, (_, i) => checkIn(i)), walks: [], dayMarks: [], doses: [], screenings: [], walkTests: [], settings: DEFAULT_SETTINGS,
});

async function inSteps(text: string) {
  let pauses = 0;
  const heard: number[] = [];
  const result = await parseBackupInSteps(text, async () => void pauses++, (p) => heard.push(p.checked));
  return { result, pauses, heard };
}

describe('parseBackupInSteps', () => {
  it('a small file is checked without a pause', async () => {
    const text = JSON.stringify(buildBackup(data(10), T0));
    expect((await inSteps(text)).pauses).toBe(0);
  });

  it('pauses once the file is read and after each thousand records, and reads the same backup as parseBackup', async () => {
    const text = JSON.stringify(buildBackup(data(2_500), T0));
    const { result, pauses, heard } = await inSteps(text);
    expect(heard).toEqual([0, 1_000, 2_000]);
    expect(pauses).toBe(3);
    expect(result).toEqual(parseBackup(text));
    expect(result.ok && result.backup.data.checkIns).toHaveLength(2_500);
  });

  type Json = { data: { plan: Record<string, unknown>[]; checkIns: Record<string, unknown>[] } };
  it.each<[string, (j: Json) => void]>([
    ['a bad field late in a long table', (j) => (j.data.checkIns[2_400]!.tightness = 12)],
    ['a key used twice across slices', (j) => (j.data.checkIns[2_400]!.id = 'k3')],
    ['problems in several tables, listed in the file’s order', (j) => {
      j.data.checkIns[1_500]!.day = '2026-02-30';
      j.data.plan.push({ ...j.data.plan[0], id: 'p2' });
      j.data.plan[0]!.time = '7:30';
    }],
  ])('%s: refused with the same messages', async (_what, edit) => {
    const json = JSON.parse(JSON.stringify(buildBackup(data(2_500), T0))) as Json;
    edit(json);
    const text = JSON.stringify(json);
    const { result } = await inSteps(text);
    expect(result.ok).toBe(false);
    expect(result).toEqual(parseBackup(text));
  });

  it('lists problems in the file’s order: the plan before the check-ins', () => {
    const json = JSON.parse(JSON.stringify(buildBackup(data(3), T0)));
    json.data.checkIns[1].tightness = 12;
    json.data.plan[0].time = '7:30';
    json.exportedAt = 'yesterday';
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok ? [] : result.errors.map((e) => e.split(':')[0])).toEqual(['exportedAt', 'plan[0].time', 'checkIns[1].tightness']);
  });
});
