// The person's settings: one record, merged over the defaults so new settings get
// sensible values without a schema change.
import { db } from './db';
import { DEFAULT_SETTINGS, type Settings } from './types';

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const row = await db.kv.get(KEY);
  return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.kv, async () => {
    const next = { ...(await readSettings()), ...patch };
    await db.kv.put({ key: KEY, value: next });
    return next;
  });
}
