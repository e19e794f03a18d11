// Reading and writing everything at once, for backups, imports and "delete everything".
// Each is one IndexedDB transaction over every table, so an import that fails halfway leaves
// the data exactly as it was, and another tab never sees half of one.
// What to write is decided by the caller (lib/backup's importWrite), from the data read inside
// the transaction: this module only reads and writes.
// Settings or welcome answers saved by a newer version of the app make both refuse (with
// NewerRecordError): a backup would silently lose them, an import could overwrite them.
import { DEFAULT_SETTINGS, NewerRecordError, ONBOARDING_RECORD, SETTINGS_RECORD, type AllData, type DataWrite, type Onboarding, type Settings } from '@/lib/model';
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

/**
 * One all-or-nothing write of everything: `decide` sees the data as it is inside the
 * transaction and says what to clear and put (see lib/backup's importWrite). The running
 * session and other device state survive.
 */
export async function writeAllData<R>(decide: (current: AllData) => DataWrite<R>): Promise<R> {
  return db.transaction('rw', allTables(), async () => {
    const write = decide(await readAllData());
    if (write.clear) {
      for (const table of recordTables()) await table.clear();
    }
    const { records } = write;
    // Settings first: entries from a backup made before the first day was stored get it from
    // their creation instant with the rollover hour they will be judged with.
    if (write.settings) await updateSettings(write.settings);
    await db.plan.bulkPut(await withStartDays(records.plan));
    await db.sessions.bulkPut([...records.sessions]);
    await db.checkIns.bulkPut([...records.checkIns]);
    await db.walks.bulkPut([...records.walks]);
    await db.dayMarks.bulkPut([...records.dayMarks]);
    await db.doses.bulkPut([...records.doses]);
    await db.screenings.bulkPut([...records.screenings]);
    await db.walkTests.bulkPut([...records.walkTests]);
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
