// The walk log: how long each walk went before tightness started. Records arrive validated
// (the walk log's form through lib/walks walkFromTimes, a mid-walk reset's summary through
// lib/walks midWalkEntry); this module only stores and lists them.
import { db } from './db';
import type { WalkLog } from '@/lib/model';

/** Every walk, oldest first. */
export function listWalks(): Promise<WalkLog[]> {
  return db.walks.orderBy('startedAt').toArray();
}

/** Adds a walk, or replaces the one with the same id (an edit from the session summary). */
export async function saveWalk(walk: WalkLog): Promise<void> {
  await db.walks.put(walk);
}

