// The walk log: how long each walk went before tightness started. Records arrive validated
// (lib/walks walkFromTimes); this module only stores, lists and removes them.
import { db } from './db';
import type { WalkLog } from './types';

/** Every walk, oldest first. */
export function listWalks(): Promise<WalkLog[]> {
  return db.walks.orderBy('startedAt').toArray();
}

/** Adds a walk, or replaces the one with the same id (an edit, or an undone delete). */
export async function saveWalk(walk: WalkLog): Promise<void> {
  await db.walks.put(walk);
}

/** Removes a walk and returns it, so the caller can offer an undo. */
export async function deleteWalk(id: string): Promise<WalkLog | undefined> {
  return db.transaction('rw', db.walks, async () => {
    const walk = await db.walks.get(id);
    await db.walks.delete(id);
    return walk;
  });
}
