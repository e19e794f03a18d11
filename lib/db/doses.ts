// Per-exercise dose state: the amount the latest session used (progression starts from it)
// or an amount the person pinned.
import { db } from './db';
import type { DoseState } from '@/lib/model';

export function listDoses(): Promise<DoseState[]> {
  return db.doses.toArray();
}

/** After a session: remember what it used, leaving pinned doses alone. */
export async function recordDosesUsed(amounts: Readonly<Record<string, number>>, at: number): Promise<void> {
  await db.transaction('rw', db.doses, async () => {
    for (const [exerciseId, amount] of Object.entries(amounts)) {
      const existing = await db.doses.get(exerciseId);
      if (existing?.pinned) continue;
      await db.doses.put({ exerciseId, amount, pinned: false, updatedAt: at });
    }
  });
}

export async function pinDose(exerciseId: string, amount: number, at: number): Promise<void> {
  await db.doses.put({ exerciseId, amount, pinned: true, updatedAt: at });
}

export async function unpinDose(exerciseId: string): Promise<void> {
  await db.doses.delete(exerciseId);
}
