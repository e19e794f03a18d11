// Finished session records: saved the moment a session ends, then editable (effort,
// tightness, note) and deletable with undo.
import { db } from './db';
import type { DayKey, SessionRecord } from './types';

export type SessionPatch = Partial<Pick<SessionRecord, 'effort' | 'tightness' | 'note'>>;

export async function saveSession(record: SessionRecord): Promise<void> {
  await db.sessions.put(record);
}

export async function updateSession(id: string, patch: SessionPatch): Promise<void> {
  await db.sessions.update(id, patch);
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

export function sessionsOnDay(day: DayKey): Promise<SessionRecord[]> {
  return db.sessions.where('day').equals(day).sortBy('startedAt');
}

export function sessionsBetween(from: DayKey, to: DayKey): Promise<SessionRecord[]> {
  return db.sessions.where('day').between(from, to, true, true).sortBy('startedAt');
}

export async function recentSessions(limit: number): Promise<SessionRecord[]> {
  return db.sessions.orderBy('startedAt').reverse().limit(limit).toArray();
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
