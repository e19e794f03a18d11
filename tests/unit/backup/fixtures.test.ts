// Every backup version ever shipped imports into the current one with nothing lost: one
// fixture file per version (tests/fixtures/backup-v<n>.json), never edited once shipped.
import 'fake-indexeddb/auto';
import { withStartDays } from '../../fixtures/start-days';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_MIGRATIONS, BACKUP_VERSION, NEWER_APP, backupText, importWrite, parseBackup } from '@/lib/backup';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
// eslint-disable-next-line no-restricted-imports -- the test resets the database
import { db } from '@/lib/db/db';
import { DEFAULT_SETTINGS } from '@/lib/model';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are arbitrary JSON
const VERSIONS = Array.from({ length: BACKUP_VERSION }, (_, i) => i + 1);
const fixtureText = (version: number) => readFileSync(join(__dirname, `../../fixtures/backup-v${version}.json`), 'utf8');
const fixture = (version: number) => JSON.parse(fixtureText(version)) as Json;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('backup migrations', () => {
  it('step by one from version 1 to the current version', () => {
    expect(BACKUP_MIGRATIONS.map((m) => m.from)).toEqual(VERSIONS.slice(0, -1));
  });

  it.each(VERSIONS)('there is a fixture for version %i, and it says so', (version) => {
    expect(fixture(version).version).toBe(version);
  });
});

describe.each(VERSIONS)('a version %i backup', (version) => {
  it('imports with every record and field it holds', () => {
    const file = fixture(version);
    const result = parseBackup(fixtureText(version));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const { data } = result.backup;
    for (const table of ['plan', 'sessions', 'checkIns', 'walks', 'dayMarks', 'doses', 'screenings'] as const) {
      expect(data[table], table).toEqual(file.data[table]);
    }
    // Walking tests arrived in version 3: older files import with none.
    expect(data.walkTests).toEqual(version < 3 ? [] : file.data.walkTests);
    // The old `theme` setting (never used by the app) is read and dropped; every other is kept.
    const kept = Object.fromEntries(Object.entries(file.data.settings).filter(([key]) => key !== 'theme'));
    expect(data.settings).toEqual({ ...DEFAULT_SETTINGS, ...kept });
    expect(data.onboarding).toEqual(file.data.onboarding);
    expect(result.backup.version).toBe(BACKUP_VERSION);
    expect(result.backup.exportedAt).toBe(file.exportedAt);
  });

  it('written to the device and exported again, gives the same data', async () => {
    const result = parseBackup(fixtureText(version));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    await writeAllData(importWrite(result.backup.data, 'replace'));
    const again = parseBackup(backupText(await readAllData(), 0));
    if (!again.ok) throw new Error(again.errors.join('\n'));
    const sorted = (d: Json) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : v]));
    // The one addition: each plan entry's first day, stamped on import.
    expect(sorted(again.backup.data)).toEqual(sorted(withStartDays(result.backup.data)));
  });
});

describe('unknown fields', () => {
  it.each([
    ['the envelope', (j: Json) => (j.signature = 'x'), 'a field this version does not know ("signature")'],
    ['a session', (j: Json) => (j.data.sessions[0].mood = 'good'), 'sessions[0]: a field this version does not know ("mood")'],
    ['an exercise result', (j: Json) => (j.data.sessions[0].results[0].heartRate = 80), 'sessions[0].results[0]: a field this version does not know ("heartRate")'],
    ['the settings', (j: Json) => (j.data.settings.fontSize = 'large'), 'settings: a field this version does not know ("fontSize")'],
    ['the data', (j: Json) => (j.data.medications = []), 'a field this version does not know ("medications")'],
  ])('in %s of a current-version file are refused, never dropped', (_name, bend, start) => {
    const file = fixture(BACKUP_VERSION);
    bend(file);
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(start.replace(/^a field/, 'a field'));
    expect(result.errors[0]).toContain(NEWER_APP);
  });

  it('in a version 1 file are stripped, as version 1 did, and the rest imports', () => {
    const file = fixture(1);
    file.data.sessions[0].mood = 'good';
    file.data.settings.fontSize = 'large';
    file.signature = 'x';
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.data.sessions[0]).not.toHaveProperty('mood');
    expect(result.backup.data.sessions[0]).toEqual(fixture(1).data.sessions[0]);
  });

  it('a question id no version asks about is refused even in a version 1 file', () => {
    const file = fixture(1);
    file.data.screenings[0].answers['new-question'] = true;
    expect(parseBackup(JSON.stringify(file))).toEqual({ ok: false, errors: ['screenings[0].answers.new-question: not one of the questions Backstride asks'] });
  });

  it('a version 1 file without a screenings table imports with none', () => {
    const file = fixture(1);
    delete file.data.screenings;
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok && result.backup.data.screenings).toEqual([]);
  });
});

describe('a backup from a newer version', () => {
  it.each([BACKUP_VERSION + 1, BACKUP_VERSION + 20])('(format %i) is refused with the update message, and nothing changes', async (version) => {
    const current = parseBackup(fixtureText(BACKUP_VERSION));
    if (!current.ok) throw new Error(current.errors.join('\n'));
    await writeAllData(importWrite(current.backup.data, 'replace'));
    const before = JSON.stringify(await readAllData());
    const result = parseBackup(JSON.stringify({ ...fixture(BACKUP_VERSION), version, data: { everything: 'different' } }));
    expect(result).toEqual({
      ok: false,
      errors: [`This backup was made by a newer version of Backstride — update the app first, then import it again (backup format ${version}; this app reads up to ${BACKUP_VERSION}).`],
    });
    expect(JSON.stringify(await readAllData())).toBe(before);
  });
});
