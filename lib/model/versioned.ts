// Versioned records, in the shape of tldraw's store migrations: each kind of record names its
// current version and an ordered list of migrations (n → n + 1), checked to step by one when
// defined. Reading runs the migrations from the stored version up, then parses; a record from
// a newer version than this app is reported as such, never half-read. No zod: lib/db uses this
// on first-load paths.

/** One step up: turns a record of version `from` into one of `from + 1`. */
export interface Migration {
  readonly from: number;
  /** Short name of what changed, for errors and the migrations' own tests. */
  readonly name: string;
  readonly up: (value: unknown) => unknown;
}

export interface VersionedKind<T> {
  /** What the record is, in words ("settings", "the running session"). */
  readonly label: string;
  /** The version this app writes. Version 1 is the first shipped shape. */
  readonly version: number;
  readonly migrations: readonly Migration[];
  /** The current shape from untrusted input; undefined when it cannot be read. */
  readonly parse: (value: unknown) => T | undefined;
}

export type VersionedRead<T> =
  | { readonly state: 'missing' }
  | { readonly state: 'ok'; readonly value: T }
  /** Written by a newer version of the app: not read, and not to be overwritten. */
  | { readonly state: 'newer'; readonly version: number }
  /** Present but not readable at its (known) version. */
  | { readonly state: 'invalid' };

/** Thrown when a write would replace a record a newer version of the app wrote. */
export class NewerRecordError extends Error {
  constructor(label: string, version: number, known: number) {
    super(`Your ${label} were saved by a newer version of Backstride (version ${version}; this app knows up to ${known}) — update the app first.`);
    this.name = 'NewerRecordError';
  }
}

/**
 * Defines a kind of versioned record. Throws at once when the migrations do not step by one
 * from version 1 to `version`, so a gap or a duplicate is caught by any test that imports it.
 */
export function defineVersioned<T>(kind: VersionedKind<T>): VersionedKind<T> {
  checkMigrations(kind.label, kind.version, kind.migrations);
  return kind;
}

/** Throws unless `migrations` go 1 → 2 → … → `version`, one step each; hands them back. */
export function checkMigrations(label: string, version: number, migrations: readonly Migration[]): readonly Migration[] {
  if (!Number.isInteger(version) || version < 1) throw new Error(`${label}: version must be a whole number of 1 or more`);
  if (migrations.length !== version - 1) {
    throw new Error(`${label}: version ${version} needs ${version - 1} migrations, has ${migrations.length}`);
  }
  migrations.forEach((migration, i) => {
    if (migration.from !== i + 1) throw new Error(`${label}: migration ${i} (${migration.name}) goes from ${migration.from}, expected ${i + 1}`);
  });
  return migrations;
}

/** A stored version: whole numbers of 1 or more; a record without one is version 1 (the first app wrote none). */
export function storedVersion(version: unknown): number | undefined {
  if (version === undefined) return 1;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined;
}

/** Migrates a stored value from `version` to the current one and parses it. */
export function readVersioned<T>(kind: VersionedKind<T>, stored: { readonly value: unknown; readonly version?: unknown } | undefined): VersionedRead<T> {
  if (stored === undefined) return { state: 'missing' };
  const version = storedVersion(stored.version);
  if (version === undefined) return { state: 'invalid' };
  if (version > kind.version) return { state: 'newer', version };
  let value = stored.value;
  try {
    for (const migration of kind.migrations.slice(version - 1)) value = migration.up(value);
  } catch {
    return { state: 'invalid' };
  }
  const parsed = kind.parse(value);
  return parsed === undefined ? { state: 'invalid' } : { state: 'ok', value: parsed };
}

/** Plain-object check for parsers: not null, not a list. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
