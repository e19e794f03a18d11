'use client';
// Progress reads IndexedDB (Dexie); loading it after the page keeps first load small.
// Until it is here, the static page draws what the screen will (ProgressPlaceholder).
import { lazyClient } from '@/components/ui/lazy-client';
import { ProgressPlaceholder } from './ProgressEmpty';

export const ProgressLoader = lazyClient(() => import('./ProgressScreen').then((m) => m.ProgressScreen), <ProgressPlaceholder />);
