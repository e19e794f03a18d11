// Backup files, version 1 → current: an ordered list of migrations, each turning a file of
// version n into one of n + 1, checked to step by one when this module loads (tldraw's store
// migrations). parse.ts runs them before the schema, which only knows the current version.
// A migration is frozen once shipped: it describes the file as it was then, not as it is now.
import { checkMigrations, isPlainObject, type Migration } from '@/lib/model';
import { BACKUP_VERSION } from './format';

type Json = Readonly<Record<string, unknown>>;

/** The fields version 1 wrote, per place in the file. Frozen: version 1 will never change. */
const V1_FIELDS = {
  envelope: ['format', 'version', 'exportedAt', 'app', 'data'],
  app: ['name'],
  data: ['plan', 'sessions', 'checkIns', 'walks', 'dayMarks', 'doses', 'screenings', 'settings', 'onboarding'],
  plan: ['id', 'routineId', 'weekdays', 'time', 'reminder', 'remindMinutesBefore', 'createdAt'],
  sessions: ['id', 'routineId', 'startedAt', 'endedAt', 'day', 'completed', 'source', 'results', 'effort', 'tightness', 'tooHard', 'note', 'legSymptoms'],
  results: ['exerciseId', 'side', 'unit', 'planned', 'done', 'skipped'],
  checkIns: ['id', 'at', 'day', 'tightness', 'context', 'note', 'legSymptoms'],
  walks: ['id', 'startedAt', 'endedAt', 'day', 'minutesWalked', 'tightnessAtMinute', 'tightnessBefore', 'tightnessAfter', 'legSymptoms'],
  dayMarks: ['day', 'kind', 'reason', 'at'],
  doses: ['exerciseId', 'amount', 'pinned', 'updatedAt'],
  // Answers are not stripped: an unknown question id is refused by the schema (safety).
  screenings: ['id', 'at', 'day', 'answers', 'outcome', 'acknowledgedAt', 'seenDoctorAt', 'care', 'continuedAt', 'followUp'],
  care: ['step', 'at'],
  followUp: ['answer', 'at'],
  settings: ['sound', 'voice', 'vibration', 'keepAwake', 'theme', 'reducedMotion', 'weekStartsOn', 'rolloverHour', 'minimumPerDay', 'emergencyRegion', 'emergencyNumber'],
  onboarding: ['finishedAt', 'skipped', 'concern', 'baselineMinutes', 'starter', 'reminders'],
} as const;

/** Keeps only `fields` of an object; anything else (not an object) is left for the schema to report. */
function only(value: unknown, fields: readonly string[], inner: Readonly<Record<string, (v: unknown) => unknown>> = {}): unknown {
  if (!isPlainObject(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const field of fields) {
    if (Object.hasOwn(value, field)) kept[field] = inner[field] ? inner[field](value[field]) : value[field];
  }
  return kept;
}

const each = (fields: readonly string[], inner?: Readonly<Record<string, (v: unknown) => unknown>>) => (list: unknown) =>
  Array.isArray(list) ? list.map((record) => only(record, fields, inner)) : list;

/**
 * Version 1 → 2. Records gain an optional `updatedAt` (the newer edit wins a merge), and
 * unknown fields are refused from version 2 on. Version 1 imports stripped unknown fields,
 * so its files keep importing as they did: unknown fields are dropped here, once. The
 * screenings table, missing from files made before it was backed up, becomes empty.
 */
const v1ToV2: Migration = {
  from: 1,
  name: 'records may carry updatedAt; unknown fields stripped; screenings always present',
  up: (file) => {
    const envelope = only(file, V1_FIELDS.envelope, {
      app: (app) => only(app, V1_FIELDS.app),
      data: (data) =>
        only(data, V1_FIELDS.data, {
          plan: each(V1_FIELDS.plan),
          sessions: each(V1_FIELDS.sessions, { results: each(V1_FIELDS.results) }),
          checkIns: each(V1_FIELDS.checkIns),
          walks: each(V1_FIELDS.walks),
          dayMarks: each(V1_FIELDS.dayMarks),
          doses: each(V1_FIELDS.doses),
          screenings: each(V1_FIELDS.screenings, { care: (v) => only(v, V1_FIELDS.care), followUp: (v) => only(v, V1_FIELDS.followUp) }),
          settings: (v) => only(v, V1_FIELDS.settings),
          onboarding: (v) => only(v, V1_FIELDS.onboarding),
        }),
    });
    if (!isPlainObject(envelope)) return envelope;
    const data = isPlainObject(envelope.data) ? { ...envelope.data, screenings: envelope.data.screenings ?? [] } : envelope.data;
    return { ...envelope, version: 2, data };
  },
};

/**
 * Version 2 → 3. Guided walking tests are backed up in a table of their own; files made
 * before they existed get an empty one. Nothing else changes.
 */
const v2ToV3: Migration = {
  from: 2,
  name: 'walking tests table, empty in older files',
  up: (file) => {
    if (!isPlainObject(file)) return file;
    const data = isPlainObject(file.data) ? { ...file.data, walkTests: file.data.walkTests ?? [] } : file.data;
    return { ...file, version: 3, data };
  },
};

/** Every migration, in order: BACKUP_MIGRATIONS[i] goes from version i + 1 to i + 2. */
export const BACKUP_MIGRATIONS: readonly Migration[] = checkMigrations('backup file', BACKUP_VERSION, [v1ToV2, v2ToV3]);

/** A parsed file of `version` (1 ≤ version ≤ BACKUP_VERSION) brought up to the current version. */
export function migrateBackup(file: Json, version: number): unknown {
  let value: unknown = file;
  for (const migration of BACKUP_MIGRATIONS.slice(version - 1)) value = migration.up(value);
  return value;
}
