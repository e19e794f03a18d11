// What the "Your data" part of Settings does. lib/backup (with zod) and lib/db/backup-store are
// imported when the person acts, never on page load: most visits to Settings never need them.
import type { Backup, CsvStyle, ImportMode, MergeCounts, TableCounts } from '@/lib/backup';
import { saveFile } from '@/components/ui/save-file';
import { rememberStillPictures } from '@/lib/prefs/motion';
import { NewerRecordError } from '@/lib/model';

const loadBackup = () => import('@/lib/backup');
const loadStore = () => import('@/lib/db/backup-store');

/** Downloads a JSON backup of everything; returns the file name. */
export async function exportBackup(now: number): Promise<string> {
  const [{ backupText, backupFileName }, { readAllData }] = await Promise.all([loadBackup(), loadStore()]);
  const name = backupFileName(now);
  // Checked with the import schema first: never offer a file this app would refuse.
  saveFile(backupText(await readAllData(), now), name, 'application/json');
  return name;
}

/**
 * The CSV style that matches a locale's numbers: a locale that writes 2,5 also splits a CSV's
 * columns at semicolons in its spreadsheets. `locale` undefined means the device's. Here, not in
 * lib/backup, so Settings can choose its default without loading the backup code.
 */
export function csvStyleFor(locale: string | undefined): CsvStyle {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? 'semicolon' : 'comma';
}

/** Downloads every session as a CSV in `style`; returns the file name and how many sessions it holds. */
export async function exportSessionsCsv(now: number, style: CsvStyle): Promise<{ name: string; count: number }> {
  const [{ sessionsCsv, sessionsCsvFileName }, { readAllData }, { getRoutine }] = await Promise.all([loadBackup(), loadStore(), import('@/lib/content')]);
  const { sessions } = await readAllData();
  const name = sessionsCsvFileName(now);
  // No byte-order mark: LibreOffice and Python would read it as part of the first column's name.
  saveFile(sessionsCsv(sessions, (id) => getRoutine(id)?.name ?? id, style), name, 'text/csv;charset=utf-8');
  return { name, count: sessions.length };
}

/** Downloads every guided walking test as a CSV in `style`; returns the file name and how many it holds. */
export async function exportWalkTestsCsv(now: number, style: CsvStyle): Promise<{ name: string; count: number }> {
  const [{ walkTestsCsv, walkTestsCsvFileName }, { readAllData }] = await Promise.all([loadBackup(), loadStore()]);
  const { walkTests } = await readAllData();
  const name = walkTestsCsvFileName(now);
  saveFile(walkTestsCsv(walkTests, style), name, 'text/csv;charset=utf-8');
  return { name, count: walkTests.length };
}

export type ReadResult =
  | { readonly ok: true; readonly backup: Backup; readonly counts: TableCounts; readonly summary: string }
  | { readonly ok: false; readonly errors: readonly string[] };

/** How far a long step has got, for a progress bar. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/**
 * Lets the browser paint and handle input between slices of a long check (the next task,
 * not a microtask). `scheduler.yield` keeps this page's place in the queue where there is one.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Checks a chosen file without writing anything: size first, then the whole backup. */
export async function readBackupFile(file: File, onProgress?: (progress: Progress) => void): Promise<ReadResult> {
  const { MAX_BACKUP_CHARS, countRecords, describeCounts, parseBackupInSteps, tooLargeMessage } = await loadBackup();
  // A UTF-8 file has at least as many bytes as characters, so this never refuses a file
  // parseBackup would take, and a huge file is never read into memory.
  if (file.size > MAX_BACKUP_CHARS) return { ok: false, errors: [tooLargeMessage(file.size)] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, errors: ['This file could not be read. Choose it again, or copy it to this device first.'] };
  }
  const result = await parseBackupInSteps(text, nextTask, onProgress && (({ checked, total }) => onProgress({ done: checked, total })));
  if (!result.ok) return result;
  const counts = countRecords(result.backup.data);
  return { ok: true, backup: result.backup, counts, summary: describeCounts(counts, 'no records') };
}

/** What a replace would remove from this device, in words ("3 sessions and 1 walk"). */
export async function describeReplaceLoss(backup: Backup): Promise<string> {
  const [{ describeCounts, mergeBackup }, { readAllData }] = await Promise.all([loadBackup(), loadStore()]);
  return describeCounts(mergeBackup(await readAllData(), backup.data, 'replace').counts.removed, 'no records');
}

/** Writes the backup (all or nothing) and says what happened, for the status line. */
export async function importBackup(backup: Backup, mode: ImportMode, onProgress?: (progress: Progress) => void): Promise<string> {
  const [{ describeCounts, importWrite, totalRecords }, { writeAllData }] = await Promise.all([loadBackup(), loadStore()]);
  const counts: MergeCounts = await writeAllData(importWrite(backup.data, mode), onProgress && (({ written, total }) => onProgress({ done: written, total })));
  // The settings' mirror for static pages follows the imported settings.
  if (mode === 'replace') rememberStillPictures(backup.data.settings.reducedMotion === 'reduce');
  if (mode === 'replace') {
    return `Your data was replaced by the backup: ${describeCounts(counts.added, 'no records')}, and its settings.`;
  }
  const added = totalRecords(counts.added) > 0 ? `Added ${describeCounts(counts.added)}.` : totalRecords(counts.updated) > 0 ? 'Nothing new to add.' : 'Nothing new to add: this device already had everything in the backup.';
  const updated = totalRecords(counts.updated) > 0 ? ` Updated ${describeCounts(counts.updated)} with newer edits from the backup.` : '';
  const skipped = totalRecords(counts.skipped) > 0 ? ` Skipped ${describeCounts(counts.skipped)} already on this device.` : '';
  return `Backup merged. ${added}${updated}${skipped}`;
}

export async function deleteEverything(): Promise<void> {
  const { deleteAllData } = await loadStore();
  await deleteAllData();
  rememberStillPictures(false);
}

/** The app's own explanation of a refusal (a newer app's records, a backup that would not read back), if it is one. */
export function explained(error: unknown): string | null {
  return error instanceof NewerRecordError || (error instanceof Error && error.name === 'BackupCheckError') ? error.message : null;
}
