'use client';
// Progress reads IndexedDB (Dexie); loading it after the page keeps first load small.
import { lazyClient } from '@/components/ui/lazy-client';

export const ProgressLoader = lazyClient(() => import('./ProgressScreen').then((m) => m.ProgressScreen), <p role="status">Loading your progress…</p>);
