// The person's settings: one versioned record, parsed over the defaults so new settings get
// sensible values without a schema change. Settings a newer version of the app saved are not
// read (the defaults are used, which is safe) and never overwritten: a change is refused.
import { db } from './db';
import { DEFAULT_SETTINGS, SETTINGS_RECORD, parseSettings, type Settings } from '@/lib/model';
import { assertWritable, readKv } from './kv';

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const read = await readKv(KEY, SETTINGS_RECORD);
  return read.state === 'ok' ? read.value : DEFAULT_SETTINGS;
}

/** Throws NewerRecordError when a newer version of the app saved the settings. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = await db.transaction('rw', db.kv, async () => {
    await assertWritable(KEY, SETTINGS_RECORD);
    const merged = parseSettings({ ...(await readSettings()), ...patch });
    await db.kv.put({ key: KEY, version: SETTINGS_RECORD.version, value: merged });
    return merged;
  });
  return next;
}
