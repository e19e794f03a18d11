// The guided session in progress, saved on every player event so a reload, a crash or a
// locked phone resumes at the right phase. One at a time, shared by every tab. A stored
// session this app cannot read (broken, or saved by a newer version) is not resumed; one from
// a newer version is not overwritten either: saving refuses (the player says it is not saving).
import { ACTIVE_SESSION_RECORD, type ActiveSession } from '@/lib/model';
import { liveQuery } from 'dexie';
import { db } from './db';
import { deleteKv, readKv, writeKv } from './kv';

export type { ActiveSession } from '@/lib/model';

const KEY = 'active-session';

export async function loadActiveSession(): Promise<ActiveSession | undefined> {
  const read = await readKv(KEY, ACTIVE_SESSION_RECORD);
  return read.state === 'ok' ? read.value : undefined;
}

export async function saveActiveSession(active: ActiveSession): Promise<void> {
  await writeKv(KEY, ACTIVE_SESSION_RECORD, active);
}

/**
 * The heartbeat: stamps the stored session as seen at `at`, only while it is still session
 * `id` driven by tab `writer` (a finished, ended or taken-over session is left alone). Read and
 * write are one transaction, so a save of a new state in between cannot be undone by it.
 */
export async function markActiveSessionSeen(id: string, writer: string, at: number): Promise<void> {
  await db.transaction('rw', db.kv, async () => {
    const read = await readKv(KEY, ACTIVE_SESSION_RECORD);
    if (read.state !== 'ok' || read.value.id !== id || read.value.writer !== writer) return;
    if (read.value.lastSeen !== undefined && read.value.lastSeen >= at) return;
    await writeKv(KEY, ACTIVE_SESSION_RECORD, { ...read.value, lastSeen: at });
  });
}

export async function clearActiveSession(): Promise<void> {
  await deleteKv(KEY, ACTIVE_SESSION_RECORD);
}

/** Calls back whenever the stored session changes, in this tab or another. */
export function watchActiveSession(callback: (active: ActiveSession | undefined) => void): () => void {
  const subscription = liveQuery(loadActiveSession).subscribe({ next: callback, error: () => {} });
  return () => subscription.unsubscribe();
}
