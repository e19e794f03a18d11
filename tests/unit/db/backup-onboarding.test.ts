// The welcome answers travel in backups, so a restored device does not greet its owner as new.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, type BackupData } from '@/lib/backup';
import { deleteAllData, readAllData, writeAllData } from '@/lib/db/backup-store';
import { importWrite } from '@/lib/backup/merge';
import { readOnboarding, saveOnboarding, type Onboarding } from '@/lib/db/safety';
import { DEFAULT_SETTINGS } from '@/lib/model';

const empty: BackupData = { plan: [], sessions: [], checkIns: [], walks: [], dayMarks: [], doses: [], screenings: [], walkTests: [], settings: DEFAULT_SETTINGS };
const answers: Onboarding = { finishedAt: 1_764_000_000_000, skipped: false, concern: 'both', baselineMinutes: 12, starter: 'daily-only', reminders: true };

beforeEach(() => deleteAllData());

describe('onboarding in backups', () => {
  it('exports, deletes and imports back the welcome answers', async () => {
    await saveOnboarding(answers);
    const text = JSON.stringify(buildBackup(await readAllData(), 0));
    await deleteAllData();
    expect(await readOnboarding()).toBeUndefined();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await writeAllData(importWrite(parsed.backup.data, 'merge'));
    expect(await readOnboarding()).toEqual(answers);
  });

  it('a merge keeps the answers already on the device', async () => {
    await saveOnboarding(answers);
    await writeAllData(importWrite({ ...empty, onboarding: { finishedAt: 5, skipped: true } }, 'merge'));
    expect(await readOnboarding()).toEqual(answers);
  });

  it('refuses a baseline outside 0–600 minutes, naming the field', () => {
    const file = JSON.parse(JSON.stringify(buildBackup({ ...empty, onboarding: { ...answers, baselineMinutes: 9999 } }, 0)));
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.join('\n')).toContain('onboarding.baselineMinutes');
  });
});
