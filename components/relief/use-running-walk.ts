'use client';
// The walk the walk log is timing, live from IndexedDB: undefined while loading, null when no
// walk runs (or storage cannot be read: then nothing claims a walk is running).
import { useLiveQuery } from 'dexie-react-hooks';
import { loadActiveWalk, type ActiveWalk } from '@/lib/db/active-walk';

export function useRunningWalk(enabled = true): ActiveWalk | null | undefined {
  return useLiveQuery(async () => (enabled ? ((await loadActiveWalk().catch(() => undefined)) ?? null) : null), [enabled]);
}
