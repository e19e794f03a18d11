// Schema tests: every table keeps its key and indexes, and a database written by schema version 1, 2 or 3
// opens under the current version with its data intact. Add a fixture for every shipped version.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import v1 from '../../fixtures/db-v1.json';
import v2 from '../../fixtures/db-v2.json';
import v3 from '../../fixtures/db-v3.json';
import { withStartDays } from '../../fixtures/start-days';
import type { PlanEntry } from '@/lib/model';
// eslint-disable-next-line no-restricted-imports -- the test opens the real schema
import { BackstrideDB } from '@/lib/db/db';

type Fixture = typeof v1;
const TABLES = Object.keys(v1.stores) as (keyof Fixture['stores'])[];
let counter = 0;
const freshName = () => `backstride-schema-test-${++counter}`;

type AnyFixture = { stores: Record<string, { keyPath: string; indexes: readonly string[] }>; records: Record<string, readonly unknown[]> };

/** Writes a fixture with the raw IndexedDB API, as an old version of the app would have. */
function writeRaw(name: string, version: number, fixture: AnyFixture, TABLES = Object.keys(fixture.stores)): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      for (const table of TABLES) {
        const { keyPath, indexes } = fixture.stores[table] ?? { keyPath: '', indexes: [] };
        const store = request.result.createObjectStore(table, { keyPath });
        for (const index of indexes) store.createIndex(index, index);
      }
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const tx = idb.transaction(TABLES, 'readwrite');
      for (const table of TABLES) for (const record of fixture.records[table] ?? []) tx.objectStore(table).put(record);
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const opened: BackstrideDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('database schema', () => {
  it('opens a version 1 database with every record intact', async () => {
    const name = freshName();
    // Dexie stores its version n as IndexedDB version n × 10.
    await writeRaw(name, 10, v1);
    const db = new BackstrideDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    for (const table of TABLES) {
      const rows = await db.table(table).toArray();
      // The upgrade to version 2 adds each plan entry's first day (with the stored rollover hour, 4).
      const want = table === 'plan' ? withStartDays({ plan: v1.records.plan as PlanEntry[] }, 4).plan : v1.records[table];
      expect(rows, table).toEqual(expect.arrayContaining(want as unknown[]));
      expect(rows).toHaveLength(v1.records[table].length);
    }
    // Indexes the screens query still work.
    expect(await db.sessions.where('day').equals('2025-11-25').count()).toBe(1);
    expect(await db.screenings.orderBy('at').count()).toBe(1);
  });

  it('opens a version 2 database under version 3, with every record intact and no walking tests', async () => {
    const name = freshName();
    await writeRaw(name, 20, v2 as AnyFixture);
    const db = new BackstrideDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.walkTests.count()).toBe(0);
    // The new table is usable at once, through its indexes.
    await db.walkTests.put(v3.records.walkTests[0] as never);
    expect(await db.walkTests.where('day').equals('2025-11-25').count()).toBe(1);
  });

  it('opens a version 3 database with its walking tests and the test under way intact', async () => {
    const name = freshName();
    await writeRaw(name, 30, v3 as AnyFixture);
    const db = new BackstrideDB(name);
    opened.push(db);
    await db.open();
    for (const table of Object.keys(v3.stores)) {
      const rows = await db.table(table).toArray();
      expect(rows, table).toEqual(expect.arrayContaining((v3.records as Record<string, unknown[]>)[table] ?? []));
      expect(rows).toHaveLength(((v3.records as Record<string, unknown[]>)[table] ?? []).length);
    }
    expect(await db.walkTests.orderBy('startedAt').primaryKeys()).toEqual(['t1', 't2']);
    expect(await db.kv.get('active-walk-test')).toMatchObject({ value: { id: 't3', promptedMinute: 5 } });
  });

  it('opens a version 2 database with every record intact, its plan entries keeping their first day', async () => {
    const name = freshName();
    await writeRaw(name, 20, v2 as AnyFixture);
    const db = new BackstrideDB(name);
    opened.push(db);
    await db.open();
    for (const table of TABLES) {
      const rows = await db.table(table).toArray();
      expect(rows, table).toEqual(expect.arrayContaining(v2.records[table] as unknown[]));
      expect(rows).toHaveLength(v2.records[table].length);
    }
  });

  // Records are found the way lib/db finds them: by the key version 1 stored them under, and
  // through every index it declared. A changed key path or a dropped index fails here.
  it.each(TABLES)('%s keeps the key and the indexes version 1 shipped', async (table) => {
    const db = new BackstrideDB(freshName());
    opened.push(db);
    const { keyPath, indexes } = v1.stores[table];
    const { schema } = db.table(table);
    expect(schema.primKey.keyPath, `${table} key`).toBe(keyPath);
    expect(schema.indexes.map((i) => i.name), `${table} indexes`).toEqual(expect.arrayContaining(indexes));

    const records = v1.records[table] as Record<string, unknown>[];
    await db.table(table).bulkPut(records);
    for (const record of records) {
      expect(await db.table(table).get(record[keyPath] as string), `${table} by ${keyPath}`).toEqual(record);
      for (const index of indexes) {
        const found = await db.table(table).where(index).equals(record[index] as string | number).primaryKeys();
        expect(found, `${table} by ${index}`).toContain(record[keyPath]);
      }
    }
  });

  it('declares exactly the tables the fixture knows', () => {
    const db = new BackstrideDB(freshName());
    opened.push(db);
    // The latest fixture knows every table.
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(v3.stores).sort());
  });
});
