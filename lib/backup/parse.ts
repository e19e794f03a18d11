// Reading a backup file back: size, JSON, format and version first (each with its own plain
// explanation), then the file's migrations up to the current version, then every record
// against the schema. Errors name the place in the file,
// e.g. `sessions[3].day: not a valid date (2026-02-30)`, so a person can find and fix it.
import type * as z from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_CHARS, type Backup } from './format';
import { migrateBackup } from './migrations';
import { backupSchema, show } from './schema';

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

export function parseBackup(text: string): ParseResult {
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

  const result = backupSchema.safeParse(migrateBackup(json, version), { error: errorMap });
  if (result.success) return { ok: true, backup: result.data };

  const errors = result.error.issues.map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    return fail(...errors.slice(0, MAX_ERRORS), `…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`);
  }
  return fail(...errors);
}
