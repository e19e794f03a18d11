'use client';
// Keeps the timers, the engine, Dexie and date-fns out of the Relief page's first load: the
// page's text and the reset button work at once, the interactive cards arrive a moment later.
import { lazyClient } from '@/components/ui/lazy-client';
import { WalkLogSkeleton } from './WalkLogSkeleton';

export const TimersLoader = lazyClient(() => import('./TemperatureTimers').then((m) => m.TemperatureTimers), <p role="status">Loading the timers…</p>);

export const WalkLogLoader = lazyClient(() => import('./WalkLogCard').then((m) => m.WalkLogCard), <WalkLogSkeleton />);

