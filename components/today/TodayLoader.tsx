'use client';
// Today's data needs IndexedDB (Dexie); loading it after the page keeps first load small.
import { lazyClient } from '@/components/ui/lazy-client';

export const TodayLoader = lazyClient(() => import('./TodayView').then((m) => m.TodayView), <p role="status">Loading today…</p>);
