// Versioned key-value records: every kind is parsed on read (never cast), rows the first
// version wrote (no version) read as version 1 with nothing lost, and a row from a newer
// version of the app is neither half-read nor overwritten.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import v1 from '../../fixtures/db-v1.json';
import { loadActiveSession, saveActiveSession, clearActiveSession, type ActiveSession } from '@/lib/db/active-session';
import { loadActiveWalk, startWalk, clearActiveWalk } from '@/lib/db/active-walk';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
// eslint-disable-next-line no-restricted-imports -- the test writes rows as other versions of the app did
import { db } from '@/lib/db/db';
import { claimReminder, readNotified } from '@/lib/db/reminder-state';
import { readOnboarding, saveOnboarding } from '@/lib/db/safety';
import { readSettings, updateSettings } from '@/lib/db/settings';
import {
  ACTIVE_SESSION_RECORD,
  DEFAULT_SETTINGS,
  NewerRecordError,
  SETTINGS_RECORD,
  defineVersioned,
  readVersioned,
  type DataWrite,
  type Migration,
} from '@/lib/model';
import { createSession, planSession, sessionReducer } from '@/lib/timer';

const T0 = Date.UTC(2026, 2, 1, 7, 30);
const NEWER = { version: 99, value: { from: 'the future', sound: false } };

function running(): ActiveSession {
  const phases = planSession({ prepareSeconds: 5, switchSeconds: 5 }, [
    { id: 'plank', dose: { kind: 'hold', holdSeconds: 30, sets: 2, sides: 'none', restSeconds: 10 } },
  ]);
  const state = sessionReducer(createSession(phases), { type: 'START', now: T0 });
  return { id: 'run-1', routineId: 'core', state, savedAt: T0 };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const step = (from: number): Migration => ({ from, name: `step ${from}`, up: (v) => v });

describe('defineVersioned checks that migrations step by one from version 1', () => {
  it.each([
    ['version 1, no migrations', 1, [], null],
    ['version 3, steps 1 and 2', 3, [step(1), step(2)], null],
    ['version 0', 0, [], /whole number of 1 or more/],
    ['a missing step', 3, [step(1)], /needs 2 migrations, has 1/],
    ['a gap', 3, [step(1), step(3)], /goes from 3, expected 2/],
    ['out of order', 3, [step(2), step(1)], /goes from 2, expected 1/],
    ['one too many', 2, [step(1), step(2)], /needs 1 migrations, has 2/],
  ] as const)('%s', (_name, version, migrations, error) => {
    const define = () => defineVersioned({ label: 'test', version, migrations, parse: (v) => v });
    if (error) expect(define).toThrow(error);
    else expect(define).not.toThrow();
  });
});

describe('readVersioned', () => {
  const kind = defineVersioned<{ n: number; doubled?: boolean }>({
    label: 'test',
    version: 2,
    migrations: [{ from: 1, name: 'double n', up: (v) => ({ n: (v as { n: number }).n * 2, doubled: true }) }],
    parse: (v) => (typeof v === 'object' && v !== null && typeof (v as { n?: unknown }).n === 'number' ? (v as { n: number; doubled?: boolean }) : undefined),
  });
  it.each([
    ['nothing stored', undefined, { state: 'missing' }],
    ['a row without a version is version 1 and is migrated', { value: { n: 2 } }, { state: 'ok', value: { n: 4, doubled: true } }],
    ['version 1 is migrated', { version: 1, value: { n: 3 } }, { state: 'ok', value: { n: 6, doubled: true } }],
    ['the current version is read as is', { version: 2, value: { n: 3 } }, { state: 'ok', value: { n: 3 } }],
    ['a newer version is not read', { version: 3, value: { n: 3 } }, { state: 'newer', version: 3 }],
    ['version 0', { version: 0, value: { n: 3 } }, { state: 'invalid' }],
    ['version 1.5', { version: 1.5, value: { n: 3 } }, { state: 'invalid' }],
    ['version "2"', { version: '2', value: { n: 3 } }, { state: 'invalid' }],
    ['a value the parser refuses', { version: 2, value: { n: 'three' } }, { state: 'invalid' }],
    ['a migration that throws', { version: 1, value: null }, { state: 'invalid' }],
  ] as const)('%s', (_name, stored, expected) => {
    expect(readVersioned(kind, stored)).toEqual(expected);
  });
});

describe('every kv record the first version wrote reads with nothing lost', () => {
  it('settings and welcome answers from the version 1 fixture', async () => {
    await db.kv.bulkPut(v1.records.kv);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, sound: false, rolloverHour: 4 });
    expect(await readOnboarding()).toEqual(v1.records.kv.find((r) => r.key === 'onboarding')?.value);
  });

  it('a running session saved without a version resumes exactly', async () => {
    const active = running();
    await db.kv.put({ key: 'active-session', value: active });
    expect(await loadActiveSession()).toEqual(active);
  });

  it('writes carry the current version', async () => {
    await updateSettings({ sound: false });
    expect(await db.kv.get('settings')).toEqual({ key: 'settings', version: SETTINGS_RECORD.version, value: { sound: false } });
    await saveActiveSession(running());
    expect((await db.kv.get('active-session'))?.version).toBe(ACTIVE_SESSION_RECORD.version);
  });
});

describe('values are parsed on read, not cast', () => {
  it.each([
    ['an hour outside 0–23', { rolloverHour: 99 }, {}],
    ['a string for a switch', { sound: 'no', voice: true }, { voice: true }],
    ['an unknown theme', { theme: 'neon' }, {}],
    ['a week starting on Wednesday', { weekStartsOn: 3 }, {}],
    ['an emergency number with letters', { emergencyNumber: '11a' }, {}],
    ['a list instead of settings', [1, 2], {}],
  ])('settings: %s falls back to the default for that setting only', async (_name, stored, kept) => {
    await db.kv.put({ key: 'settings', value: stored });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, ...kept });
  });

  it.each([
    ['no state', (a: ActiveSession) => ({ ...a, state: undefined })],
    ['a phase list that is not a list', (a: ActiveSession) => ({ ...a, state: { ...a.state, phases: 'many' } })],
    ['an unknown status', (a: ActiveSession) => ({ ...a, state: { ...a.state, status: 'flying' } })],
    ['a phase end of Infinity (stored as null is fine, a string is not)', (a: ActiveSession) => ({ ...a, state: { ...a.state, phaseEndsAt: 'soon' } })],
    ['a dose that is not a number', (a: ActiveSession) => ({ ...a, doses: { plank: '30' } })],
    ['no id', (a: ActiveSession) => ({ ...a, id: 7 })],
  ])('a running session with %s is not resumed', async (_name, bend) => {
    await db.kv.put({ key: 'active-session', value: bend(running()) });
    expect(await loadActiveSession()).toBeUndefined();
  });

  it.each([
    ['a baseline of 1e308 minutes', { finishedAt: T0, skipped: false, baselineMinutes: 1e308 }, { finishedAt: T0, skipped: false }],
    ['an unknown concern', { finishedAt: T0, skipped: false, concern: 'knees', starter: 'none' }, { finishedAt: T0, skipped: false, starter: 'none' }],
    ['no finishing time', { skipped: true }, undefined],
  ])('welcome answers with %s', async (_name, stored, expected) => {
    await db.kv.put({ key: 'onboarding', value: stored });
    expect(await readOnboarding()).toEqual(expected);
  });

  it('shown reminders that are not a list of keys read as none', async () => {
    await db.kv.put({ key: 'notified-reminders', value: ['a@2026-03-01', 7] });
    expect(await readNotified()).toEqual([]);
  });
});

describe('a record from a newer version of the app is neither half-read nor overwritten', () => {
  const unchanged = async (key: string) => expect(await db.kv.get(key)).toEqual({ key, ...NEWER });

  it('settings: the defaults are used, and a change is refused with a message', async () => {
    await db.kv.put({ key: 'settings', ...NEWER });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await expect(updateSettings({ voice: true })).rejects.toThrow(/saved by a newer version of Backstride .* update the app first/);
    await unchanged('settings');
  });

  it('the running session: nothing to resume; saving and clearing are refused', async () => {
    await db.kv.put({ key: 'active-session', ...NEWER });
    expect(await loadActiveSession()).toBeUndefined();
    await expect(saveActiveSession(running())).rejects.toBeInstanceOf(NewerRecordError);
    await expect(clearActiveSession()).rejects.toBeInstanceOf(NewerRecordError);
    await unchanged('active-session');
  });

  it('welcome answers count as given (no welcome loop) but none is used; saving is refused', async () => {
    await db.kv.put({ key: 'onboarding', ...NEWER });
    expect(await readOnboarding()).toEqual({ finishedAt: 0, skipped: true });
    await expect(saveOnboarding({ finishedAt: T0, skipped: false })).rejects.toBeInstanceOf(NewerRecordError);
    await unchanged('onboarding');
  });

  it('the walk in progress: none shown, and starting or clearing one is refused', async () => {
    await db.kv.put({ key: 'active-walk', ...NEWER });
    expect(await loadActiveWalk()).toBeUndefined();
    await expect(startWalk(T0)).rejects.toBeInstanceOf(NewerRecordError);
    await expect(clearActiveWalk()).rejects.toBeInstanceOf(NewerRecordError);
    await unchanged('active-walk');
  });

  it('shown reminders: none known, and a claim is refused rather than forgetting them', async () => {
    await db.kv.put({ key: 'notified-reminders', ...NEWER });
    expect(await readNotified()).toEqual([]);
    await expect(claimReminder('p1@2026-03-01')).rejects.toBeInstanceOf(NewerRecordError);
    await unchanged('notified-reminders');
  });

  it.each(['settings', 'onboarding'])('newer %s: a backup is refused (it would lose them), and an import changes nothing', async (key) => {
    await db.sessions.put({ id: 's1', routineId: 'core', startedAt: T0, endedAt: T0, day: '2026-03-01', completed: true, source: 'manual', results: [] });
    await db.kv.put({ key, ...NEWER });
    await expect(readAllData()).rejects.toThrow(/newer version of Backstride .* update the app first/);
    const write = (): DataWrite<null> => ({
      clear: true,
      records: { plan: [], sessions: [], checkIns: [], walks: [], dayMarks: [], doses: [], screenings: [], walkTests: [] },
      settings: DEFAULT_SETTINGS,
      result: null,
    });
    await expect(writeAllData(write)).rejects.toBeInstanceOf(NewerRecordError);
    expect(await db.sessions.count()).toBe(1);
    await unchanged(key);
  });
});
