// Reading and writing everything at once, for backups, imports and "delete everything".
// Each is one IndexedDB transaction over every table, so an import that fails halfway leaves
// the data exactly as it was, and another tab never sees half of one.
// Imports lib/backup's merge and format directly, not its index, so this module never pulls
// in zod: screens load it only when the person acts, and validation stays with parseBackup.
import type { BackupData } from '@/lib/backup/format';
import { mergeBackup, type ImportMode, type MergeCounts } from '@/lib/backup/merge';
import { rememberStillPictures } from '@/lib/prefs/motion';
import { db } from './db';
import { readOnboarding, saveOnboarding } from './safety';
import { readSettings, updateSettings } from './settings';

function recordTables() {
  return [db.plan, db.sessions, db.checkIns, db.walks, db.dayMarks, db.doses, db.screenings];
}

function allTables() {
  return [...recordTables(), db.kv];
}

/** A consistent snapshot of every record and the settings (not the running session). */
export async function readAllData(): Promise<BackupData> {
  return db.transaction('r', allTables(), async () => {
    const [plan, sessions, checkIns, walks, dayMarks, doses, screenings, settings, onboarding] = await Promise.all([
      db.plan.toArray(),
      db.sessions.toArray(),
      db.checkIns.toArray(),
      db.walks.toArray(),
      db.dayMarks.toArray(),
      db.doses.toArray(),
      db.screenings.toArray(),
      readSettings(),
      readOnboarding(),
    ]);
    return { plan, sessions, checkIns, walks, dayMarks, doses, screenings, settings, ...(onboarding ? { onboarding } : {}) };
  });
}

/**
 * Import validated backup data. `replace` swaps every record and the settings for the
 * backup's; `merge` keeps everything on the device and adds only records it lacks (settings
 * untouched). The running session and other device state survive both. All or nothing.
 */
export async function writeAllData(data: BackupData, mode: ImportMode): Promise<MergeCounts> {
  return db.transaction('rw', allTables(), async () => {
    // Read inside the transaction so a write from another tab cannot slip in between.
    const { newRecords, counts, data: after } = mergeBackup(await readAllData(), data, mode);
    if (mode === 'replace') {
      for (const table of recordTables()) await table.clear();
    }
    await db.plan.bulkPut(newRecords.plan);
    await db.sessions.bulkPut(newRecords.sessions);
    await db.checkIns.bulkPut(newRecords.checkIns);
    await db.walks.bulkPut(newRecords.walks);
    await db.dayMarks.bulkPut(newRecords.dayMarks);
    await db.doses.bulkPut(newRecords.doses);
    await db.screenings.bulkPut(newRecords.screenings);
    if (mode === 'replace') await updateSettings(data.settings);
    if (after.onboarding) await saveOnboarding(after.onboarding);
    return counts;
  });
}

/** Every table emptied: records, screenings, settings, onboarding and the running session. */
export async function deleteAllData(): Promise<void> {
  await db.transaction('rw', allTables(), async () => {
    await Promise.all(allTables().map((table) => table.clear()));
  });
  // The settings' mirror for static pages goes with them.
  if (typeof window !== 'undefined') rememberStillPictures(false);
}
