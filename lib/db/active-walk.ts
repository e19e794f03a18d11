// The walk in progress: when it started and when tightness set in, kept in the kv table so a
// reload, a locked phone or a second tab sees the same walk. Ending it stores the WalkLog and
// clears this record in one transaction, so a walk is never both logged and still running.
import { db } from './db';
import { ACTIVE_WALK_RECORD, type ActiveWalk, type WalkLog } from '@/lib/model';
import { deleteKv, readKv, writeKv } from './kv';
import { saveWalk } from './walks';

export type { ActiveWalk } from '@/lib/model';

const KEY = 'active-walk';

export async function loadActiveWalk(): Promise<ActiveWalk | undefined> {
  const read = await readKv(KEY, ACTIVE_WALK_RECORD);
  return read.state === 'ok' ? read.value : undefined;
}

/** Starts a walk at `at`, unless one is already running (a double tap, another tab): that one is kept. */
export async function startWalk(at: number): Promise<ActiveWalk> {
  return db.transaction('rw', db.kv, async () => {
    const current = await loadActiveWalk();
    if (current) return current;
    const walk: ActiveWalk = { startedAt: at, tightnessAt: null };
    await writeKv(KEY, ACTIVE_WALK_RECORD, walk);
    return walk;
  });
}

/**
 * Notes when tightness started, once: a second tap keeps the first instant. `null` undoes it.
 * Does nothing when no walk is running.
 */
export async function markWalkTightness(at: number | null): Promise<void> {
  await db.transaction('rw', db.kv, async () => {
    const current = await loadActiveWalk();
    if (!current) return;
    if (at !== null && current.tightnessAt !== null) return;
    await writeKv(KEY, ACTIVE_WALK_RECORD, { ...current, tightnessAt: at });
  });
}

/**
 * Logs the finished walk and ends the running one together. Resolves false (and logs nothing)
 * when that walk is no longer running: a double tap or another tab already ended it.
 */
export async function finishActiveWalk(walk: WalkLog): Promise<boolean> {
  return db.transaction('rw', db.walks, db.kv, async () => {
    const current = await loadActiveWalk();
    if (!current || current.startedAt !== walk.startedAt) return false;
    await saveWalk(walk);
    await db.kv.delete(KEY);
    return true;
  });
}

/** Ends the running walk without logging it. */
export async function clearActiveWalk(): Promise<void> {
  await deleteKv(KEY, ACTIVE_WALK_RECORD);
}
