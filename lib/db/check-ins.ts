// Tightness check-ins: a 0–10 rating at a moment (before or after a session or a walk, or
// any time), kept for the tightness trend and the red-flag "jump" rule. Editable and
// deletable with undo, like sessions.
import { isNoteLength, isTightness } from '@/lib/model';
import { db } from './db';
import type { CheckIn } from '@/lib/model';

export type CheckInPatch = Partial<Pick<CheckIn, 'tightness' | 'context' | 'legSymptoms' | 'note'>>;

/** Every check-in, oldest first. */
export function listCheckIns(): Promise<CheckIn[]> {
  return db.checkIns.orderBy('at').toArray();
}

function refuseBadTightness(tightness: number): void {
  if (!isTightness(tightness)) throw new RangeError(`Tightness must be a whole number from 0 to 10, got ${tightness}`);
}

/** Stores a new check-in; a rating outside 0–10 or not whole is refused, not clamped. */
export async function addCheckIn(checkIn: CheckIn): Promise<void> {
  refuseBadTightness(checkIn.tightness);
  // put: the form makes the id when it opens, so a second press writes the same check-in again.
  await db.checkIns.put(checkIn);
}

/** Edits a check-in; `at` dates the edit, so a merged backup keeps the newer one. */
export async function updateCheckIn(id: string, patch: CheckInPatch, at: number): Promise<void> {
  if (patch.tightness !== undefined) refuseBadTightness(patch.tightness);
  if (patch.note !== undefined && !isNoteLength(patch.note)) throw new RangeError('A note is at most 500 characters');
  await db.checkIns.update(id, { ...patch, updatedAt: at });
}

/** Deletes a check-in and hands back what was stored, so undo puts the very same record back. */
export async function deleteCheckIn(id: string): Promise<CheckIn | undefined> {
  return db.transaction('rw', db.checkIns, async () => {
    const record = await db.checkIns.get(id);
    await db.checkIns.delete(id);
    return record;
  });
}

/** Puts a deleted check-in back as it was (undo). */
export async function restoreCheckIn(checkIn: CheckIn): Promise<void> {
  await db.checkIns.put(checkIn);
}
