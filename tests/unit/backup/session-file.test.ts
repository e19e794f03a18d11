// The file offered when a finished session could not be saved is a backup the app's own
// import reads: Merge brings back exactly that session and leaves everything else alone.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, backupText, importWrite, parseBackup, sessionBackupFileName, sessionBackupText } from '@/lib/backup';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
// eslint-disable-next-line no-restricted-imports -- the test resets the database
import { db } from '@/lib/db/db';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { buildAllData, buildCheckIn, buildPlanEntry, buildSession, buildWalk, T0 } from '../../fixtures/records';

const lost = buildSession({ id: 'lost', routineId: 'core', startedAt: T0, endedAt: T0 + 300_000, day: '2026-03-01', effort: 'right', tightness: 3, note: 'kept' });

const onDevice = buildAllData({
  plan: [buildPlanEntry({ id: 'p1' })],
  sessions: [buildSession({ id: 'older', day: '2026-02-28' })],
  checkIns: [buildCheckIn({ id: 'k1' })],
  walks: [buildWalk({ id: 'w1' })],
  settings: { ...DEFAULT_SETTINGS, rolloverHour: 5, sound: false },
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the session record file', () => {
  it('is a backup of the current version holding that one session and nothing else', () => {
    const json = JSON.parse(sessionBackupText(lost, T0 + 400_000));
    expect(json).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0 + 400_000 });
    expect(json.data).toEqual({ plan: [], sessions: [lost], checkIns: [], walks: [], dayMarks: [], doses: [], screenings: [], walkTests: [] });
    expect(sessionBackupFileName(lost)).toBe('backstride-session-2026-03-01.json');
  });

  it('uses the same envelope as a full backup', () => {
    const envelope = (text: string) => ({ ...JSON.parse(text), data: undefined });
    expect(envelope(sessionBackupText(lost, T0))).toEqual(envelope(backupText(buildAllData(), T0)));
  });

  it('parses with the import and merges into a device holding other records, adding exactly that session', async () => {
    await writeAllData(importWrite(onDevice, 'replace'));
    const before = await readAllData();

    const parsed = parseBackup(sessionBackupText(lost, T0 + 400_000));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const counts = await writeAllData(importWrite(parsed.backup.data, 'merge'));
    expect(counts.added).toEqual({ plan: 0, sessions: 1, checkIns: 0, walks: 0, dayMarks: 0, doses: 0, screenings: 0, walkTests: 0 });

    const after = await readAllData();
    expect(after.sessions).toHaveLength(2);
    expect(after.sessions.find((s) => s.id === 'lost')).toEqual(lost);
    expect({ ...after, sessions: after.sessions.filter((s) => s.id !== 'lost') }).toEqual(before);
  });

  it('merged twice, still one session', async () => {
    const parsed = parseBackup(sessionBackupText(lost, T0));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    await writeAllData(importWrite(parsed.backup.data, 'merge'));
    await writeAllData(importWrite(parsed.backup.data, 'merge'));
    expect((await readAllData()).sessions).toEqual([lost]);
  });
});
