import 'fake-indexeddb/auto';
import { withStartDays } from '../../fixtures/start-days';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupData } from '@/lib/backup';
import { loadActiveSession, saveActiveSession } from '@/lib/db/active-session';
import { deleteAllData, readAllData, writeAllData } from '@/lib/db/backup-store';
import { importWrite } from '@/lib/backup/merge';
// eslint-disable-next-line no-restricted-imports -- the test resets the database and injects write failures
import { db } from '@/lib/db/db';
import { saveScreening } from '@/lib/db/safety';
import { saveSession } from '@/lib/db/sessions';
import { readSettings, updateSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS, type SessionRecord } from '@/lib/model';
import type { ScreeningRecord } from '@/lib/safety/screening';
import { createSession, planSession, sessionReducer } from '@/lib/timer';
import { buildAllData, buildScreening, buildSession } from '../../fixtures/records';

const T0 = Date.UTC(2026, 2, 1, 7, 30);

const session = (id: string, over: Partial<SessionRecord> = {}): SessionRecord =>
  buildSession({ id, routineId: 'core', startedAt: T0, endedAt: T0 + 60_000, day: '2026-03-01', ...over });

const screening = (id: string, over: Partial<ScreeningRecord> = {}): ScreeningRecord =>
  buildScreening({ id, at: T0, day: '2026-03-01', answers: { 'bladder-bowel': false, 'leg-neuro': true }, outcome: 'see-clinician', ...over });

const empty: BackupData = buildAllData();

const onDevice: BackupData = {
  plan: [{ id: 'p1', routineId: 'core', weekdays: [1, 3], time: '07:30', reminder: false, remindMinutesBefore: 0, createdAt: T0 }],
  sessions: [session('a', { note: 'mine' }), session('b')],
  checkIns: [{ id: 'k1', at: T0, day: '2026-03-01', tightness: 4, context: 'before-walk' }],
  walks: [{ id: 'w1', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01', minutesWalked: 10, tightnessAtMinute: null }],
  dayMarks: [{ day: '2026-03-02', kind: 'skip', at: T0 }],
  doses: [{ exerciseId: 'plank', amount: 40, pinned: true, updatedAt: T0 }],
  screenings: [screening('q1', { outcome: 'emergency', answers: { 'bladder-bowel': true }, acknowledgedAt: T0 + 5 })],
  walkTests: [],
  settings: { ...DEFAULT_SETTINGS, reducedMotion: 'reduce' },
};

const fromBackup: BackupData = {
  ...empty,
  plan: [{ id: 'p2', routineId: 'hip-flexors', weekdays: [6], time: '18:00', reminder: true, remindMinutesBefore: 15, createdAt: T0 }],
  sessions: [session('a', { note: 'from the backup' }), session('c')],
  dayMarks: [{ day: '2026-03-04', kind: 'flare', at: T0 }],
  screenings: [screening('q1', { outcome: 'clear', answers: {} }), screening('q2')],
  walkTests: [],
  settings: { ...DEFAULT_SETTINGS, sound: false, rolloverHour: 5 },
};

const byKey = <T,>(rows: readonly T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
function sorted(data: BackupData): BackupData {
  return {
    plan: byKey(data.plan, (r) => r.id),
    sessions: byKey(data.sessions, (r) => r.id),
    checkIns: byKey(data.checkIns, (r) => r.id),
    walks: byKey(data.walks, (r) => r.id),
    dayMarks: byKey(data.dayMarks, (r) => r.day),
    doses: byKey(data.doses, (r) => r.exerciseId),
    screenings: byKey(data.screenings, (r) => r.id),
    walkTests: byKey(data.walkTests, (r) => r.id),
    settings: data.settings,
  };
}

const activeSession = () => ({
  id: 'run-1',
  routineId: 'core',
  state: sessionReducer(createSession(planSession({ prepareSeconds: 5, switchSeconds: 5 }, [{ id: 'plank', dose: { kind: 'hold', holdSeconds: 30, sets: 1, sides: 'none', restSeconds: 0 } }])), { type: 'START', now: T0 }),
  savedAt: T0,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readAllData', () => {
  it('reads an empty device as no records and the default settings', async () => {
    expect(await readAllData()).toEqual(empty);
  });
});

describe('writeAllData, replace', () => {
  it('replaces every record and the settings with the backup', async () => {
    await writeAllData(importWrite(onDevice, 'replace'));
    expect(sorted(await readAllData())).toEqual(sorted(withStartDays(onDevice)));

    const counts = await writeAllData(importWrite(fromBackup, 'replace'));
    expect(sorted(await readAllData())).toEqual(sorted(withStartDays(fromBackup)));
    expect(await readSettings()).toEqual(fromBackup.settings);
    expect(counts.removed.sessions).toBe(2);
    expect(counts.added.sessions).toBe(2);
    expect(counts.removed.screenings).toBe(1);
    expect(counts.added.screenings).toBe(2);
  });

  it('reads back screenings saved the ordinary way', async () => {
    await saveScreening(screening('q9', { acknowledgedAt: T0 + 1 }));
    expect((await readAllData()).screenings).toEqual([screening('q9', { acknowledgedAt: T0 + 1 })]);
  });

  it('keeps a session that is running', async () => {
    const active = activeSession();
    await saveActiveSession(active);
    await writeAllData(importWrite(fromBackup, 'replace'));
    expect(await loadActiveSession()).toEqual(active);
  });
});

describe('writeAllData, merge', () => {
  beforeEach(async () => {
    await writeAllData(importWrite(onDevice, 'replace'));
  });

  it('keeps what is on the device and adds only what is new', async () => {
    const counts = await writeAllData(importWrite(fromBackup, 'merge'));
    const after = await readAllData();
    expect(byKey(after.sessions, (s) => s.id)).toEqual([session('a', { note: 'mine' }), session('b'), session('c')]);
    expect(byKey(after.dayMarks, (m) => m.day)).toEqual([...onDevice.dayMarks, ...fromBackup.dayMarks]);
    expect(byKey(after.plan, (p) => p.id)).toEqual(withStartDays({ plan: [...onDevice.plan, ...fromBackup.plan], settings: onDevice.settings }).plan);
    expect(after.walks).toEqual(onDevice.walks);
    expect(after.settings).toEqual(onDevice.settings);
    // The acknowledged emergency on this device stays; the backup's new screening is added.
    expect(byKey(after.screenings, (q) => q.id)).toEqual([...onDevice.screenings, screening('q2')]);
    expect(counts.added).toEqual({ plan: 1, sessions: 1, checkIns: 0, walks: 0, dayMarks: 1, doses: 0, screenings: 1, walkTests: 0 });
    expect(counts.skipped.sessions).toBe(1);
    expect(counts.skipped.screenings).toBe(1);
  });

  it('sees a record saved just before, and does not overwrite it', async () => {
    await saveSession(session('c', { note: 'saved a moment ago' }));
    const counts = await writeAllData(importWrite(fromBackup, 'merge'));
    expect((await readAllData()).sessions).toContainEqual(session('c', { note: 'saved a moment ago' }));
    expect(counts.skipped.sessions).toBe(2);
  });
});

describe('writeAllData is all or nothing', () => {
  beforeEach(async () => {
    await writeAllData(importWrite(onDevice, 'replace'));
  });

  it.each(['replace', 'merge'] as const)('%s: a failure on the second table leaves everything as it was', async (mode) => {
    const before = await readAllData();
    const spy = vi.spyOn(db.sessions, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(writeAllData(importWrite(fromBackup, mode))).rejects.toThrow('QuotaExceededError');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(sorted(await readAllData())).toEqual(sorted(before));
  });

  it('a record IndexedDB refuses (no key) after others were written leaves everything as it was', async () => {
    const before = await readAllData();
    const broken = { ...fromBackup, doses: [{ amount: 1, pinned: false, updatedAt: T0 }] } as unknown as BackupData;
    await expect(writeAllData(importWrite(broken, 'replace'))).rejects.toThrow();
    expect(sorted(await readAllData())).toEqual(sorted(before));
    expect(await readSettings()).toEqual(onDevice.settings);
  });

  it('a failure writing the screenings, the last table, rolls back the rest', async () => {
    const before = await readAllData();
    vi.spyOn(db.screenings, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(writeAllData(importWrite(fromBackup, 'merge'))).rejects.toThrow('QuotaExceededError');
    expect(sorted(await readAllData())).toEqual(sorted(before));
  });

  it('a failure writing the settings rolls back the records too', async () => {
    const before = await readAllData();
    vi.spyOn(db.kv, 'put').mockRejectedValueOnce(new Error('settings write failed'));
    await expect(writeAllData(importWrite(fromBackup, 'replace'))).rejects.toThrow('settings write failed');
    expect(sorted(await readAllData())).toEqual(sorted(before));
  });
});

describe('deleteAllData', () => {
  it('empties every table, settings and the running session included', async () => {
    await writeAllData(importWrite(onDevice, 'replace'));
    await updateSettings({ voice: true });
    await saveActiveSession(activeSession());
    await deleteAllData();
    expect(await readAllData()).toEqual(empty);
    expect(await loadActiveSession()).toBeUndefined();
    expect(await db.kv.count()).toBe(0);
    expect(await db.screenings.count()).toBe(0);
  });
});
