// Deciding what an import writes. Replace: the backup becomes the data. Merge: what is on the
// device stays exactly as it is, and only records it does not have yet are added — an import
// never overwrites or loses anything in merge mode.
import type { DataWrite, RecordSets } from '@/lib/model';
import { RECORD_TABLES, recordKey, type BackupData, type RecordTable } from './format';

export type ImportMode = 'replace' | 'merge';

export type TableCounts = { readonly [T in RecordTable]: number };

export interface MergeCounts {
  /** Records from the backup that will be written. */
  readonly added: TableCounts;
  /** Records from the backup left out because the device already has one with that key. */
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

/** Incoming records whose key is not taken yet, in order; later duplicates lose too. */
function newOnes<T extends RecordTable>(table: T, existing: BackupData[T], incoming: BackupData[T]): BackupData[T] {
  const taken = new Set<string>();
  for (const record of existing) taken.add(recordKey(table, record));
  const fresh: BackupData[T][number][] = [];
  for (const record of incoming) {
    const key = recordKey(table, record);
    if (taken.has(key)) continue;
    taken.add(key);
    fresh.push(record);
  }
  return fresh as BackupData[T];
}

export function mergeBackup(existing: BackupData, incoming: BackupData, mode: ImportMode): MergeResult {
  if (mode === 'replace') {
    return {
      data: incoming,
      newRecords: pickRecords(incoming),
      counts: {
        added: countEach((table) => incoming[table].length),
        skipped: countEach(() => 0),
        removed: countEach((table) => existing[table].length),
      },
    };
  }

  const newRecords: RecordSets = {
    plan: newOnes('plan', existing.plan, incoming.plan),
    sessions: newOnes('sessions', existing.sessions, incoming.sessions),
    checkIns: newOnes('checkIns', existing.checkIns, incoming.checkIns),
    walks: newOnes('walks', existing.walks, incoming.walks),
    dayMarks: newOnes('dayMarks', existing.dayMarks, incoming.dayMarks),
    doses: newOnes('doses', existing.doses, incoming.doses),
    screenings: newOnes('screenings', existing.screenings, incoming.screenings),
  };
  return {
    data: {
      plan: [...existing.plan, ...newRecords.plan],
      sessions: [...existing.sessions, ...newRecords.sessions],
      checkIns: [...existing.checkIns, ...newRecords.checkIns],
      walks: [...existing.walks, ...newRecords.walks],
      dayMarks: [...existing.dayMarks, ...newRecords.dayMarks],
      doses: [...existing.doses, ...newRecords.doses],
      screenings: [...existing.screenings, ...newRecords.screenings],
      settings: existing.settings,
      // The welcome answers already here win, like every other record.
      ...((existing.onboarding ?? incoming.onboarding) ? { onboarding: existing.onboarding ?? incoming.onboarding } : {}),
    },
    newRecords,
    counts: {
      added: countEach((table) => newRecords[table].length),
      skipped: countEach((table) => incoming[table].length - newRecords[table].length),
      removed: countEach(() => 0),
    },
  };
}

function pickRecords(data: BackupData): RecordSets {
  const { plan, sessions, checkIns, walks, dayMarks, doses, screenings } = data;
  return { plan, sessions, checkIns, walks, dayMarks, doses, screenings };
}

/**
 * An import as one write for lib/db's writeAllData: decided inside its transaction from what
 * the device holds then, so a write from another tab cannot slip in between.
 */
export function importWrite(incoming: BackupData, mode: ImportMode): (current: BackupData) => DataWrite<MergeCounts> {
  return (current) => {
    const { newRecords, counts, data } = mergeBackup(current, incoming, mode);
    return {
      clear: mode === 'replace',
      records: newRecords,
      ...(mode === 'replace' ? { settings: incoming.settings } : {}),
      ...(data.onboarding ? { onboarding: data.onboarding } : {}),
      result: counts,
    };
  };
}
