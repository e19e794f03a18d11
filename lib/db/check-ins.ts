// Tightness check-ins: a 0–10 rating at a moment (before or after a session or a walk, or
// any time), kept for the tightness trend and the red-flag "jump" rule.
import { isTightness } from '@/lib/model';
import { db } from './db';
import type { CheckIn } from '@/lib/model';

/** Every check-in, oldest first. */
export function listCheckIns(): Promise<CheckIn[]> {
  return db.checkIns.orderBy('at').toArray();
}

/** Stores a new check-in; a rating outside 0–10 or not whole is refused, not clamped. */
export async function addCheckIn(checkIn: CheckIn): Promise<void> {
  if (!isTightness(checkIn.tightness)) {
    throw new RangeError(`Tightness must be a whole number from 0 to 10, got ${checkIn.tightness}`);
  }
  // put: the form makes the id when it opens, so a second press writes the same check-in again.
  await db.checkIns.put(checkIn);
}
