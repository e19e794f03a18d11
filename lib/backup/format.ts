// What a Backstride backup file is: its envelope (format name, version, export time) around
// every record the app keeps. Building one is pure; reading one back is parse.ts.
import { format as formatDate } from 'date-fns';
import { DEFAULT_SETTINGS, type AllData, type SessionRecord } from '@/lib/model';

export const BACKUP_FORMAT = 'backstride-backup';
/**
 * Bump when the file layout changes, adding a migration in migrations.ts and a fixture
 * tests/fixtures/backup-v<n>.json; older versions must keep importing.
 * 1: the first version. 2: records may carry `updatedAt`; unknown fields are refused.
 * 3: guided walking tests (`walkTests`).
 */
export const BACKUP_VERSION = 3;
/** Larger files are refused before parsing: a real backup is a few hundred kilobytes. */
export const MAX_BACKUP_CHARS = 20 * 1024 * 1024;

/** Everything a backup carries. The running session and other device state are left out. */
export type BackupData = AllData;

export type RecordTable = Exclude<keyof BackupData, 'settings' | 'onboarding'>;

/** The record tables, in the order they are written and reported. */
export const RECORD_TABLES = ['plan', 'sessions', 'checkIns', 'walks', 'dayMarks', 'doses', 'screenings', 'walkTests'] as const satisfies readonly RecordTable[];

/** The field that identifies a record in each table (its primary key in IndexedDB). */
export const RECORD_KEYS = {
  plan: 'id',
  sessions: 'id',
  checkIns: 'id',
  walks: 'id',
  dayMarks: 'day',
  doses: 'exerciseId',
  screenings: 'id',
  walkTests: 'id',
} as const satisfies { readonly [T in RecordTable]: keyof BackupData[T][number] };

/** A record's key; RECORD_KEYS guarantees the field exists and is a string. */
export function recordKey<T extends RecordTable>(table: T, record: BackupData[T][number]): string {
  return (record as unknown as Readonly<Record<string, string>>)[RECORD_KEYS[table]] ?? '';
}

/** The time a record stands for when it carries no `updatedAt` (never edited, or an older file). */
const CREATED_AT = {
  plan: 'createdAt',
  sessions: 'endedAt',
  checkIns: 'at',
  walks: 'endedAt',
  dayMarks: 'at',
  doses: 'updatedAt',
  screenings: 'at',
  walkTests: 'endedAt',
} as const satisfies { readonly [T in RecordTable]: keyof BackupData[T][number] };

/** When a record was last changed: its `updatedAt`, else when it was made. */
export function editedAt<T extends RecordTable>(table: T, record: BackupData[T][number]): number {
  const fields = record as unknown as Readonly<Record<string, unknown>>;
  const updated = fields.updatedAt;
  const created = fields[CREATED_AT[table]];
  return typeof updated === 'number' ? updated : typeof created === 'number' ? created : 0;
}

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  /** Epoch milliseconds. */
  readonly exportedAt: number;
  readonly app: { readonly name: string };
  readonly data: BackupData;
}

export function buildBackup(data: BackupData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    app: { name: 'Backstride' },
    data: {
      plan: data.plan,
      sessions: data.sessions,
      checkIns: data.checkIns,
      walks: data.walks,
      dayMarks: data.dayMarks,
      doses: data.doses,
      screenings: data.screenings,
      walkTests: data.walkTests,
      settings: data.settings,
      ...(data.onboarding ? { onboarding: data.onboarding } : {}),
    },
  };
}

/** A backup file whose data is one session and nothing else: no settings, so a Merge of it
 *  adds the session and leaves everything else on the device as it is. */
export interface SessionBackup extends Omit<Backup, 'data'> {
  readonly data: Omit<BackupData, 'settings'>;
}

/**
 * The file offered when a finished session could not be saved (storage full or refused):
 * the same envelope as a full backup, built by buildBackup, so the app's own import reads it.
 */
export function buildSessionBackup(session: SessionRecord, now: number): SessionBackup {
  const empty: BackupData = { plan: [], sessions: [session], checkIns: [], walks: [], dayMarks: [], doses: [], screenings: [], walkTests: [], settings: DEFAULT_SETTINGS };
  const { data, ...envelope } = buildBackup(empty, now);
  // Settings stay out: a Replace with this file must not reset the person's choices to defaults.
  const { settings, ...records } = data;
  void settings;
  return { ...envelope, data: records };
}

/** `backstride-session-2026-03-01.json`, named by the session's own day. */
export function sessionBackupFileName(session: SessionRecord): string {
  return `backstride-session-${session.day}.json`;
}

/** `backstride-backup-2026-03-01.json`, dated by the local calendar day of `now`. */
export function backupFileName(now: number): string {
  return `backstride-backup-${formatDate(now, 'yyyy-MM-dd')}.json`;
}
