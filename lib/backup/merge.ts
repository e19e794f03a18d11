// Deciding what an import writes. Replace: the backup becomes the data. Merge: records the
// device does not have are added, and of a record both have, the newer edit is kept (its
// `updatedAt`, else when it was made; a tie keeps the device's). Nothing is ever deleted in
// merge mode, and an older copy never replaces a newer one.
import type { DataWrite, PlanEntry, RecordSets } from '@/lib/model';
import { RECORD_TABLES, editedAt, recordKey, type BackupData, type RecordTable } from './format';
import { mergeClashes } from './plan-clashes';

/** An import refused by what it would make of the data here; its message names the records. */
export class ImportRefusedError extends Error {
  constructor(readonly problems: readonly string[]) {
    const more = problems.length > 3 ? ` …and ${problems.length - 3} more.` : '';
    super(`This backup cannot be merged with the data on this device, so nothing was changed. ${problems.slice(0, 3).join(' ')}${more}`);
    this.name = 'ImportRefusedError';
  }
}

export type ImportMode = 'replace' | 'merge';

export type TableCounts = { readonly [T in RecordTable]: number };

export interface MergeCounts {
  /** Records from the backup that will be written as new ones. */
  readonly added: TableCounts;
  /** Records from the backup that replace the device's older copy (merge only). */
  readonly updated: TableCounts;
  /** Records from the backup left out because the device's copy is as new or newer. */
  readonly skipped: TableCounts;
  /** Records on the device that will be gone afterwards (replace only). */
  readonly removed: TableCounts;
}

export type { RecordSets } from '@/lib/model';

export interface MergeResult {
  /** Everything the database holds afterwards. */
  readonly data: BackupData;
  /** Only the records to write on top of what remains (all of them after a replace clears). */
  readonly newRecords: RecordSets;
  readonly counts: MergeCounts;
}

function countEach(count: (table: RecordTable) => number): TableCounts {
  return Object.fromEntries(RECORD_TABLES.map((table) => [table, count(table)])) as unknown as TableCounts;
}

interface TableMerge<R> {
  /** Everything the table holds afterwards, device order first. */
  readonly all: R[];
  /** What to put: new records and newer edits. */
  readonly writes: R[];
  readonly added: number;
  readonly updated: number;
}

/**
 * One table merged: new keys are added, a newer edit of a key the device has replaces its
 * copy. A key repeated inside the backup itself: the first one counts, later ones are skipped.
 */
function mergeTable<T extends RecordTable>(table: T, existing: BackupData[T], incoming: BackupData[T]): TableMerge<BackupData[T][number]> {
  type R = BackupData[T][number];
  const byKey = new Map<string, R>();
  for (const record of existing) byKey.set(recordKey(table, record), record);
  const writes = new Map<string, R>();
  let added = 0;
  let updated = 0;
  for (const record of incoming) {
    const key = recordKey(table, record);
    if (writes.has(key)) continue;
    const current = byKey.get(key);
    if (current === undefined) added += 1;
    else if (editedAt(table, record) > editedAt(table, current)) updated += 1;
    else continue;
    byKey.set(key, record);
    writes.set(key, record);
  }
  return { all: [...byKey.values()], writes: [...writes.values()], added, updated };
}

export function mergeBackup(existing: BackupData, incoming: BackupData, mode: ImportMode): MergeResult {
  if (mode === 'replace') {
    return {
      data: incoming,
      newRecords: pickRecords(incoming),
      counts: {
        added: countEach((table) => incoming[table].length),
        updated: countEach(() => 0),
        skipped: countEach(() => 0),
        removed: countEach((table) => existing[table].length),
      },
    };
  }

  const merged = {
    plan: mergeTable('plan', existing.plan, incoming.plan),
    sessions: mergeTable('sessions', existing.sessions, incoming.sessions),
    checkIns: mergeTable('checkIns', existing.checkIns, incoming.checkIns),
    walks: mergeTable('walks', existing.walks, incoming.walks),
    dayMarks: mergeTable('dayMarks', existing.dayMarks, incoming.dayMarks),
    doses: mergeTable('doses', existing.doses, incoming.doses),
    screenings: mergeTable('screenings', existing.screenings, incoming.screenings),
    walkTests: mergeTable('walkTests', existing.walkTests, incoming.walkTests),
  } satisfies { readonly [T in RecordTable]: TableMerge<BackupData[T][number]> };
  const newRecords: RecordSets = {
    plan: merged.plan.writes,
    sessions: merged.sessions.writes,
    checkIns: merged.checkIns.writes,
    walks: merged.walks.writes,
    dayMarks: merged.dayMarks.writes,
    doses: merged.doses.writes,
    screenings: merged.screenings.writes,
    walkTests: merged.walkTests.writes,
  };
  return {
    data: {
      plan: merged.plan.all,
      sessions: merged.sessions.all,
      checkIns: merged.checkIns.all,
      walks: merged.walks.all,
      dayMarks: merged.dayMarks.all,
      doses: merged.doses.all,
      screenings: merged.screenings.all,
      walkTests: merged.walkTests.all,
      settings: existing.settings,
      // The welcome answers already here win: they carry no edit time to compare.
      ...((existing.onboarding ?? incoming.onboarding) ? { onboarding: existing.onboarding ?? incoming.onboarding } : {}),
    },
    newRecords,
    counts: {
      added: countEach((table) => merged[table].added),
      updated: countEach((table) => merged[table].updated),
      skipped: countEach((table) => incoming[table].length - merged[table].added - merged[table].updated),
      removed: countEach(() => 0),
    },
  };
}

function pickRecords(data: BackupData): RecordSets {
  const { plan, sessions, checkIns, walks, dayMarks, doses, screenings, walkTests } = data;
  return { plan, sessions, checkIns, walks, dayMarks, doses, screenings, walkTests };
}

/**
 * An import as one write for lib/db's writeAllData: decided inside its transaction from what
 * the device holds then, so a write from another tab cannot slip in between.
 */
export function importWrite(incoming: BackupData, mode: ImportMode): (current: BackupData) => DataWrite<MergeCounts> {
  return (current) => {
    const { newRecords, counts, data } = mergeBackup(current, incoming, mode);
    // The plan it would leave is checked as a whole: throwing here ends the transaction
    // before anything is written.
    const clashes = mergeClashes(data.plan, newRecords.plan, (entry) => incoming.plan.indexOf(entry as PlanEntry));
    if (clashes.length > 0) throw new ImportRefusedError(clashes);
    return {
      clear: mode === 'replace',
      records: newRecords,
      ...(mode === 'replace' ? { settings: incoming.settings } : {}),
      ...(data.onboarding ? { onboarding: data.onboarding } : {}),
      result: counts,
    };
  };
}
