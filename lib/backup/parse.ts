// Reading a backup file back: size, JSON, format and version first (each with its own plain
// explanation), then the file's migrations up to the current version, then every record
// against the schema. Errors name the place in the file,
// e.g. `sessions[3].day: not a valid date (2026-02-30)`, so a person can find and fix it.
// Records are checked one by one, in slices: parseBackupInSteps pauses between slices, so a
// file of 60,000 check-ins keeps the page responsive; parseBackup runs the same steps at once.
import type * as z from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_CHARS, RECORD_TABLES, type Backup, type BackupData } from './format';
import { migrateBackup } from './migrations';
import { backupShellSchema, RECORD_SCHEMAS, show, wholeDataIssues } from './schema';

export type ParseResult = { readonly ok: true; readonly backup: Backup } | { readonly ok: false; readonly errors: string[] };

/** More than this many problems means the wrong file, not a typo; listing them all helps nobody. */
const MAX_ERRORS = 20;

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

// Messages for zod's own checks (wrong type, missing field, value not in a list). The
// schema's refinements carry their own messages, which take precedence over this map.
/** The words for a file this app is too old to read. */
export const NEWER_APP = 'this file was made by a newer version of Backstride — update the app first.';

const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'missing';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${show(issue.input)}`;
    case 'invalid_value': {
      if (issue.input === undefined) return 'missing';
      const options = issue.values.map(show);
      const expected = options.length === 1 ? options[0] : `one of ${options.join(', ')}`;
      return `expected ${expected}, got ${show(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'a field' : 'fields'} this version does not know (${issue.keys.map((key) => show(key)).join(', ')}): ${NEWER_APP}`;
    default:
      return undefined;
  }
};

function formatPath(path: readonly PropertyKey[]): string {
  // Records live under `data`; people think of them as "sessions[3]", not "data.sessions[3]".
  const segments = path.length > 1 && path[0] === 'data' ? path.slice(1) : path;
  return segments
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

function fail(...errors: string[]): ParseResult {
  return { ok: false, errors };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a file over MAX_BACKUP_CHARS is refused; screens check a file's size with it before reading it. */
export function tooLargeMessage(size: number): string {
  const mb = (size / (1024 * 1024)).toFixed(1);
  return `This file is too large (${mb} MB). A Backstride backup is at most ${MAX_BACKUP_CHARS / (1024 * 1024)} MB.`;
}

/** How far a check has got: records checked of those in the file. */
export interface CheckProgress {
  readonly checked: number;
  readonly total: number;
}

/** Records checked between two pauses: a slice takes a few tens of milliseconds. */
const SLICE = 1_000;

/** Where an issue stands in the file, for listing problems in the file's own order. */
const ORDER = ['format', 'version', 'exportedAt', 'app', 'data', ...RECORD_TABLES, 'settings', 'onboarding'];
function rank(path: readonly PropertyKey[]): number {
  const top = ORDER.indexOf(String(path[0]));
  if (path[0] !== 'data') return top;
  // `data` itself (an unknown field in it) after everything in it.
  return path.length === 1 ? ORDER.length : ORDER.indexOf(String(path[1]));
}

/**
 * The whole check as steps: it yields after each slice of records, so a caller can pause
 * between them (parseBackupInSteps) or run straight through (parseBackup). One path for both.
 */
function* checkSteps(text: string): Generator<CheckProgress, ParseResult, void> {
  if (text.length > MAX_BACKUP_CHARS) return fail(tooLargeMessage(text.length));

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fail(`This file is not a Backstride backup: it is not valid JSON${detail}.`);
  }

  if (!isObject(json) || json.format !== BACKUP_FORMAT) {
    return fail(`This file is not a Backstride backup: it does not say "format": "${BACKUP_FORMAT}".`);
  }

  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`version: expected a whole number of 1 or more, got ${show(version)}`);
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer version of Backstride — update the app first, then import it again (backup format ${version}; this app reads up to ${BACKUP_VERSION}).`,
    );
  }

  // The envelope and settings first, then each table's records a slice at a time.
  const migrated = migrateBackup(json, version);
  const shell = backupShellSchema.safeParse(migrated, { error: errorMap });
  const issues: { path: readonly PropertyKey[]; message: string }[] = shell.success ? [] : [...shell.error.issues];
  const tables = isObject(migrated) && isObject(migrated.data) ? migrated.data : {};
  const lists = RECORD_TABLES.map((table) => [table, Array.isArray(tables[table]) ? (tables[table] as unknown[]) : []] as const);
  const total = lists.reduce((sum, [, list]) => sum + list.length, 0);
  const records: Record<string, unknown[]> = {};
  let checked = 0;
  // Reading the JSON of a large file is a task of its own; the records come after a pause.
  if (total > SLICE) yield { checked, total };
  for (const [table, list] of lists) {
    const schema = RECORD_SCHEMAS[table];
    const out: unknown[] = (records[table] = []);
    for (let i = 0; i < list.length; i++) {
      const record = schema.safeParse(list[i], { error: errorMap });
      if (record.success) out.push(record.data);
      else for (const issue of record.error.issues) issues.push({ path: ['data', table, i, ...issue.path], message: issue.message });
      if (++checked % SLICE === 0) yield { checked, total };
    }
  }

  if (issues.length === 0 && shell.success) {
    const data = { ...shell.data.data, ...records } as BackupData;
    for (const issue of wholeDataIssues(data)) issues.push({ path: ['data', ...issue.path], message: issue.message });
    if (issues.length === 0) return { ok: true, backup: { ...shell.data, data } as Backup };
  }

  const errors = issues
    .map((issue, i) => ({ issue, i, rank: rank(issue.path) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ issue }) => {
      const where = formatPath(issue.path);
      return where ? `${where}: ${issue.message}` : issue.message;
    });
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    return fail(...errors.slice(0, MAX_ERRORS), `…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`);
  }
  return fail(...errors);
}

export function parseBackup(text: string): ParseResult {
  const steps = checkSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * parseBackup for a large file on the main thread: the same check, with `pause` awaited after
 * each slice of records (a screen passes one that yields to the browser), and `onProgress`
 * told how far it got.
 */
export async function parseBackupInSteps(text: string, pause: () => Promise<void>, onProgress?: (progress: CheckProgress) => void): Promise<ParseResult> {
  const steps = checkSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await pause();
  }
}
