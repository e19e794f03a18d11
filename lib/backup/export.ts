// The text of a backup file, offered only once it has been read back with the import schema:
// a file the app would refuse (a number past its limit stored by an older version, say) is
// never handed to the person as their backup.
import type { AllData } from '@/lib/model';
import { buildBackup } from './format';
import { parseBackup } from './parse';

/** Throws, naming the first problems, when the data would not import again. */
export function backupText(data: AllData, now: number): string {
  const text = JSON.stringify(buildBackup(data, now), null, 2);
  const check = parseBackup(text);
  if (!check.ok) {
    const error = new Error(`Backstride could not make a backup this app can read back: ${check.errors.slice(0, 3).join('; ')}`);
    error.name = 'BackupCheckError';
    throw error;
  }
  return text;
}
