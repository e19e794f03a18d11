// The welcome answers gained optional fields (does walking tightness ease when leaning forward,
// the part of the day, the exact time): answers stored and backed up before them read exactly
// as they did, the new ones travel through storage and backups, and a bad one is never kept.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBackup, importWrite, parseBackup, type BackupData } from '@/lib/backup';
import { deleteAllData, readAllData, writeAllData } from '@/lib/db/backup-store';
// eslint-disable-next-line no-restricted-imports -- the test writes rows as other versions of the app did
import { db } from '@/lib/db/db';
import { readOnboarding, saveOnboarding } from '@/lib/db/safety';
import { DEFAULT_SETTINGS, parseOnboarding, type Onboarding } from '@/lib/model';

const T0 = 1_764_000_000_000;
const empty: BackupData = { plan: [], sessions: [], checkIns: [], walks: [], dayMarks: [], doses: [], screenings: [], walkTests: [], settings: DEFAULT_SETTINGS };
const fixtureText = (version: number) => readFileSync(join(__dirname, `../../fixtures/backup-v${version}.json`), 'utf8');

const NEW_ANSWERS: Onboarding = {
  finishedAt: T0,
  skipped: false,
  concern: 'after-minutes',
  easesLeaning: 'yes',
  baselineMinutes: 8,
  starter: 'daily-only',
  timeOfDay: 'morning',
  time: '07:45',
  reminders: true,
};

beforeEach(() => deleteAllData());

describe('answers stored before the new questions', () => {
  it.each<[string, Onboarding]>([
    ['the first version (baseline only)', { finishedAt: T0, skipped: false, baselineMinutes: 10 }],
    ['every old field', { finishedAt: T0, skipped: false, concern: 'both', baselineMinutes: 12, starter: 'balanced', reminders: true }],
    ['a skip', { finishedAt: T0, skipped: true }],
  ])('read unchanged from the device: %s', async (_name, stored) => {
    await db.kv.put({ key: 'onboarding', value: stored });
    expect(await readOnboarding()).toEqual(stored);
    expect(parseOnboarding(stored)).toEqual(stored);
  });

  it.each([1, 2])('in a version %i backup read unchanged, with none of the new fields', async (version) => {
    const file = JSON.parse(fixtureText(version)) as { data: { onboarding: Onboarding } };
    const parsed = parseBackup(fixtureText(version));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.backup.data.onboarding).toEqual(file.data.onboarding);
    expect(Object.keys(parsed.backup.data.onboarding ?? {})).not.toEqual(expect.arrayContaining(['easesLeaning']));
    await writeAllData(importWrite(parsed.backup.data, 'replace'));
    expect(await readOnboarding()).toEqual(file.data.onboarding);
  });
});

describe('the new answers', () => {
  it('are kept on the device and come back from a backup', async () => {
    await saveOnboarding(NEW_ANSWERS);
    expect(await readOnboarding()).toEqual(NEW_ANSWERS);
    const text = JSON.stringify(buildBackup(await readAllData(), 0));
    await deleteAllData();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.backup.data.onboarding).toEqual(NEW_ANSWERS);
    await writeAllData(importWrite(parsed.backup.data, 'replace'));
    expect(await readOnboarding()).toEqual(NEW_ANSWERS);
  });

  it.each([
    ['an unknown part of the day', { timeOfDay: 'night' }, 'timeOfDay'],
    ['a time that is not a time of day', { time: '25:00' }, 'time'],
    ['a time in another shape', { time: '7.30' }, 'time'],
    ['an unknown leaning answer', { easesLeaning: 'sometimes' }, 'easesLeaning'],
    ['an unknown concern', { concern: 'knees' }, 'concern'],
  ])('with %s: read from the device without it, the rest kept', async (_name, bad, field) => {
    const stored = { ...NEW_ANSWERS, ...bad };
    await db.kv.put({ key: 'onboarding', value: stored });
    const rest = Object.fromEntries(Object.entries(NEW_ANSWERS).filter(([key]) => key !== field));
    expect(await readOnboarding()).toEqual(rest);
  });

  it.each([
    ['an unknown part of the day', { timeOfDay: 'night' }, 'onboarding.timeOfDay'],
    ['a time that is not a time of day', { time: '25:00' }, 'onboarding.time: expected a time of day like 07:30, got "25:00"'],
    ['an unknown leaning answer', { easesLeaning: 'sometimes' }, 'onboarding.easesLeaning'],
  ])('with %s: a backup is refused, naming the field', (_name, bad, message) => {
    const file = buildBackup({ ...empty, onboarding: { ...NEW_ANSWERS, ...bad } as Onboarding }, 0);
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.join('\n')).toContain(message);
  });

  it('desk stiffness is a concern a backup may hold', () => {
    const parsed = parseBackup(JSON.stringify(buildBackup({ ...empty, onboarding: { ...NEW_ANSWERS, concern: 'desk' } }, 0)));
    expect(parsed.ok && parsed.backup.data.onboarding?.concern).toBe('desk');
  });
});
