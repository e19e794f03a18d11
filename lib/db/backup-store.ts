// Reading and writing everything at once, for backups, imports and "delete everything".
// Each is one IndexedDB transaction over every table, so an import that fails halfway leaves
// the data exactly as it was, and another tab never sees half of one.
// What to write is decided by the caller (lib/backup's importWrite), from the data read inside
// the transaction: this module only reads and writes.
// Settings or welcome answers saved by a newer version of the app make both refuse (with
// NewerRecordError): a backup would silently lose them, an import could overwrite them.
import { DEFAULT_SETTINGS, NewerRecordError, ONBOARDING_RECORD, SETTINGS_RECORD, type AllData, type DataWrite, type Onboarding, type Settings } from '@/lib/model';
import type { Table } from 'dexie';
import { db } from './db';
import { withStartDays } from './plan';
import { readKv } from './kv';
import { saveOnboarding } from './safety';
import { updateSettings } from './settings';

function recordTables() {
  return [db.plan, db.sessions, db.checkIns, db.walks, db.dayMarks, db.doses, db.screenings, db.walkTests];
}

function allTables() {
  return [...recordTables(), db.kv];
}

async function strictSettings(): Promise<Settings> {
  const read = await readKv('settings', SETTINGS_RECORD);
  if (read.state === 'newer') throw new NewerRecordError(SETTINGS_RECORD.label, read.version, SETTINGS_RECORD.version);
  return read.state === 'ok' ? read.value : DEFAULT_SETTINGS;
}

async function strictOnboarding(): Promise<Onboarding | undefined> {
  const read = await readKv('onboarding', ONBOARDING_RECORD);
  if (read.state === 'newer') throw new NewerRecordError(ONBOARDING_RECORD.label, read.version, ONBOARDING_RECORD.version);
  return read.state === 'ok' ? read.value : undefined;
}

/** A consistent snapshot of every record and the settings (not the running session). */
export async function readAllData(): Promise<AllData> {
  return db.transaction('r', allTables(), async () => {
    const [plan, sessions, checkIns, walks, dayMarks, doses, screenings, walkTests, settings, onboarding] = await Promise.all([
      db.plan.toArray(),
      db.sessions.toArray(),
      db.checkIns.toArray(),
      db.walks.toArray(),
      db.dayMarks.toArray(),
      db.doses.toArray(),
      db.screenings.toArray(),
      db.walkTests.toArray(),
      strictSettings(),
      strictOnboarding(),
    ]);
    return { plan, sessions, checkIns, walks, dayMarks, doses, screenings, walkTests, settings, ...(onboarding ? { onboarding } : {}) };
  });
}

/** How far an import's write has got: records put of those it puts. */
export interface WriteProgress {
  readonly written: number;
  readonly total: number;
}

/**
 * Records put per request. One request of 60,000 held the main thread for over a second (each
 * record is cloned there); a slice of 1,000 takes tens of milliseconds (2,000 reached 400 ms
 * on a loaded 2-core machine, 500 doubled the whole import's time), and the browser paints and
 * handles input between slices. They are all in the one transaction, which only ever waits on
 * IndexedDB's own requests, so it stays open and still commits or fails whole.
 */
export const WRITE_SLICE = 1_000;

const RECORD_LISTS = ['sessions', 'checkIns', 'walks', 'dayMarks', 'doses', 'screenings', 'walkTests'] as const;

/**
 * One all-or-nothing write of everything: `decide` sees the data as it is inside the
 * transaction and says what to clear and put (see lib/backup's importWrite). The running
 * session and other device state survive. `onProgress` hears after each slice of records.
 */
export async function writeAllData<R>(decide: (current: AllData) => DataWrite<R>, onProgress?: (progress: WriteProgress) => void): Promise<R> {
  return db.transaction('rw', allTables(), async () => {
    const write = decide(await readAllData());
    if (write.clear) {
      for (const table of recordTables()) await table.clear();
    }
    const { records } = write;
    // Settings first: entries from a backup made before the first day was stored get it from
    // their creation instant with the rollover hour they will be judged with.
    if (write.settings) await updateSettings(write.settings);
    const plan = await withStartDays(records.plan);
    const total = plan.length + RECORD_LISTS.reduce((sum, table) => sum + records[table].length, 0);
    let written = 0;
    const putInSlices = async <T, K, I>(table: Table<T, K, I>, list: readonly I[]) => {
      for (let from = 0; from < list.length; from += WRITE_SLICE) {
        const slice = list.slice(from, from + WRITE_SLICE);
        await table.bulkPut(slice);
        written += slice.length;
        onProgress?.({ written, total });
      }
    };
    await putInSlices(db.plan, plan);
    await putInSlices(db.sessions, records.sessions);
    await putInSlices(db.checkIns, records.checkIns);
    await putInSlices(db.walks, records.walks);
    await putInSlices(db.dayMarks, records.dayMarks);
    await putInSlices(db.doses, records.doses);
    await putInSlices(db.screenings, records.screenings);
    await putInSlices(db.walkTests, records.walkTests);
    if (write.onboarding) await saveOnboarding(write.onboarding);
    return write.result;
  });
}

/** Every table emptied: records, screenings, settings, onboarding and the running session. */
export async function deleteAllData(): Promise<void> {
  await db.transaction('rw', allTables(), async () => {
    await Promise.all(allTables().map((table) => table.clear()));
  });
}
