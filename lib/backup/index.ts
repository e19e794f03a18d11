// Export / import / validation of backups, and the sessions and walking-tests CSVs. Pure: the database side is
// lib/db/backup-store.ts.
export { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_CHARS, RECORD_KEYS, RECORD_TABLES, backupFileName, buildBackup, buildSessionBackup, recordKey, sessionBackupFileName } from './format';
export type { Backup, BackupData, RecordTable, SessionBackup } from './format';
export { NEWER_APP, parseBackup, parseBackupInSteps, tooLargeMessage } from './parse';
export { BACKUP_MIGRATIONS, migrateBackup } from './migrations';
export { backupText, sessionBackupText } from './export';
export type { CheckProgress, ParseResult } from './parse';
export { ImportRefusedError, importWrite, mergeBackup } from './merge';
export type { ImportMode, MergeCounts, MergeResult, RecordSets, TableCounts } from './merge';
export { RECORD_NOUNS, countRecords, describeCounts, totalRecords } from './summary';
export { CSV_STYLES, SESSIONS_CSV_HEADER, WALK_TESTS_CSV_HEADER, csvCell, sessionsCsv, sessionsCsvFileName, walkTestsCsv, walkTestsCsvFileName } from './csv';
export type { CsvStyle } from './csv';
