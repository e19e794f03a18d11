'use client';
// The report reads IndexedDB (Dexie) and draws charts; loading it after the page keeps first load small.
import { lazyClient } from '@/components/ui/lazy-client';

export const ReportLoader = lazyClient(() => import('./ReportScreen').then((m) => m.ReportScreen), <p role="status">Loading your report…</p>);
