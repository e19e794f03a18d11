// Reading and writing the key-value table's versioned records (lib/model/kv-records.ts): a
// row is { key, version, value }; rows the first version wrote have no version (read as 1).
// A read migrates and parses; a write refuses to replace a row a newer app version wrote.
import { NewerRecordError, readVersioned, storedVersion, type VersionedKind, type VersionedRead } from '@/lib/model';
import { db } from './db';

export async function readKv<T>(key: string, kind: VersionedKind<T>): Promise<VersionedRead<T>> {
  return readVersioned(kind, await db.kv.get(key));
}

/** Throws NewerRecordError when the stored row is from a newer version (call inside a transaction with the write). */
export async function assertWritable(key: string, kind: VersionedKind<unknown>): Promise<void> {
  const row = await db.kv.get(key);
  const version = row === undefined ? undefined : storedVersion(row.version);
  if (version !== undefined && version > kind.version) throw new NewerRecordError(kind.label, version, kind.version);
}

/** Writes `value` at the kind's current version, unless a newer app version's row is there. */
export async function writeKv<T>(key: string, kind: VersionedKind<T>, value: T): Promise<void> {
  await db.transaction('rw', db.kv, async () => {
    await assertWritable(key, kind);
    await db.kv.put({ key, version: kind.version, value });
  });
}

/** Deletes the row, unless a newer app version wrote it. */
export async function deleteKv(key: string, kind: VersionedKind<unknown>): Promise<void> {
  await db.transaction('rw', db.kv, async () => {
    await assertWritable(key, kind);
    await db.kv.delete(key);
  });
}
