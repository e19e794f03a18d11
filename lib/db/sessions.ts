// Finished session records: saved the moment a session ends, then editable (effort,
// tightness, note) and deletable with undo.
import { db } from './db';
import { recordDosesUsed } from './doses';
import type { DayKey, SessionRecord } from '@/lib/model';

export type SessionPatch = Partial<Pick<SessionRecord, 'effort' | 'tightness' | 'tooHard' | 'exerciseEffort' | 'legSymptoms' | 'note'>>;

export async function saveSession(record: SessionRecord): Promise<void> {
  await db.sessions.put(record);
}

/** Edits a saved session; `at` dates the edit, so a merged backup keeps the newer one. */
export async function updateSession(id: string, patch: SessionPatch, at: number): Promise<void> {
  await db.sessions.update(id, { ...patch, updatedAt: at });
}

export async function deleteSession(id: string): Promise<SessionRecord | undefined> {
  return db.transaction('rw', db.sessions, async () => {
    const record = await db.sessions.get(id);
    await db.sessions.delete(id);
    return record;
  });
}

export function getSession(id: string): Promise<SessionRecord | undefined> {
  return db.sessions.get(id);
}

export function listSessions(): Promise<SessionRecord[]> {
  return db.sessions.orderBy('startedAt').toArray();
}

/** Ticks a routine off as done elsewhere, without the player. */
export async function recordManualSession(input: { id: string; routineId: string; at: number; day: DayKey }): Promise<void> {
  await db.sessions.put({
    id: input.id,
    routineId: input.routineId,
    startedAt: input.at,
    endedAt: input.at,
    day: input.day,
    completed: true,
    source: 'manual',
    results: [],
  });
}

/**
 * A guided session ends: its record, the doses it used and the end of the running session are
 * written together. Resolves true when this is the person's first completed session. The
 * running-session record is cleared only while it still holds this session: another tab may
 * have started a different one since.
 */
export async function finishSession(record: SessionRecord, doses: Readonly<Record<string, number>>, at: number): Promise<boolean> {
  return db.transaction('rw', [db.sessions, db.kv, db.doses], async () => {
    await db.sessions.put(record);
    const active = (await db.kv.get('active-session'))?.value as { id?: unknown } | undefined;
    if (active?.id === record.id) await db.kv.delete('active-session');
    if (record.completed) await recordDosesUsed(doses, at);
    return record.completed && (await db.sessions.filter((s) => s.completed && s.source === 'player').count()) === 1;
  });
}
