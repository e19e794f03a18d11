// The guided session in progress, saved on every player event so a reload, a crash or a
// locked phone resumes at the right phase. One at a time, shared by every tab.
import type { ActiveSession } from '@/lib/model';
import { liveQuery } from 'dexie';
import { db } from './db';

export type { ActiveSession } from '@/lib/model';

const KEY = 'active-session';

export async function loadActiveSession(): Promise<ActiveSession | undefined> {
  const row = await db.kv.get(KEY);
  return row?.value as ActiveSession | undefined;
}

export async function saveActiveSession(active: ActiveSession): Promise<void> {
  await db.kv.put({ key: KEY, value: active });
}

export async function clearActiveSession(): Promise<void> {
  await db.kv.delete(KEY);
}

/** Calls back whenever the stored session changes, in this tab or another. */
export function watchActiveSession(callback: (active: ActiveSession | undefined) => void): () => void {
  const subscription = liveQuery(loadActiveSession).subscribe({ next: callback, error: () => {} });
  return () => subscription.unsubscribe();
}
