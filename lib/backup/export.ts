// The text of a backup file, offered only once it has been read back with the import schema:
// a file the app would refuse (a number past its limit stored by an older version, say) is
// never handed to the person as their backup.
import type { AllData, SessionRecord } from '@/lib/model';
import { buildBackup, buildSessionBackup, type Backup, type SessionBackup } from './format';
import { parseBackup } from './parse';

/** Throws, naming the first problems, when the data would not import again. */
export function backupText(data: AllData, now: number): string {
  return checkedText(buildBackup(data, now));
}

/** The one-session backup file (see buildSessionBackup), checked the same way. */
export function sessionBackupText(session: SessionRecord, now: number): string {
  return checkedText(buildSessionBackup(session, now));
}

function checkedText(file: Backup | SessionBackup): string {
  const text = JSON.stringify(file, null, 2);
  const check = parseBackup(text);
  if (!check.ok) {
    const error = new Error(`Backstride could not make a backup this app can read back: ${check.errors.slice(0, 3).join('; ')}`);
    error.name = 'BackupCheckError';
    throw error;
  }
  return text;
}
