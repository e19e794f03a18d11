// Guided walking tests: the one under way (a versioned kv record, so a reload, a locked phone
// or a second tab sees the same test) and the finished ones. Saving a result and clearing the
// running test happen in one transaction, so a test is never both saved and still running.
import { db } from './db';
import { ACTIVE_WALK_TEST_RECORD, type ActiveWalkTest, type WalkTest } from '@/lib/model';
import { deleteKv, readKv, writeKv } from './kv';

const KEY = 'active-walk-test';

export async function loadActiveWalkTest(): Promise<ActiveWalkTest | undefined> {
  const read = await readKv(KEY, ACTIVE_WALK_TEST_RECORD);
  return read.state === 'ok' ? read.value : undefined;
}

/** Starts `test`, unless one is already under way (a double tap, another tab): that one is kept. */
export async function beginWalkTest(test: ActiveWalkTest): Promise<ActiveWalkTest> {
  return db.transaction('rw', db.kv, async () => {
    const current = await loadActiveWalkTest();
    if (current) return current;
    await writeKv(KEY, ACTIVE_WALK_TEST_RECORD, test);
    return test;
  });
}

/** Replaces the running test with `test` (a tap, a prompt given); ignored when it is no longer the one running. */
export async function updateActiveWalkTest(test: ActiveWalkTest): Promise<void> {
  await db.transaction('rw', db.kv, async () => {
    const current = await loadActiveWalkTest();
    if (current?.id !== test.id) return;
    await writeKv(KEY, ACTIVE_WALK_TEST_RECORD, test);
  });
}

/** Saves the result and ends the running test together. False when that test is no longer running. */
export async function finishWalkTest(result: WalkTest): Promise<boolean> {
  return db.transaction('rw', db.walkTests, db.kv, async () => {
    const current = await loadActiveWalkTest();
    if (current?.id !== result.id) return false;
    await db.walkTests.put(result);
    await db.kv.delete(KEY);
    return true;
  });
}

/** Ends the running test without saving it (too short, or the person discards it). */
export async function discardWalkTest(): Promise<void> {
  await deleteKv(KEY, ACTIVE_WALK_TEST_RECORD);
}

/** Every walking test, oldest first. */
export function listWalkTests(): Promise<WalkTest[]> {
  return db.walkTests.orderBy('startedAt').toArray();
}
