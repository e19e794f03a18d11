// The person's settings: one record, merged over the defaults so new settings get
// sensible values without a schema change.
import { db } from './db';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/model';

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const row = await db.kv.get(KEY);
  return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = await db.transaction('rw', db.kv, async () => {
    const merged = { ...(await readSettings()), ...patch };
    await db.kv.put({ key: KEY, value: merged });
    return merged;
  });
  return next;
}
