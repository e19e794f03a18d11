'use client';
// Keeps the timers, the engine, Dexie and date-fns out of the Relief page's first load: the
// page's text and the reset button work at once, the interactive cards arrive a moment later.
import dynamic from 'next/dynamic';

export const TimersLoader = dynamic(() => import('./TemperatureTimers').then((m) => m.TemperatureTimers), {
  ssr: false,
  loading: () => <p role="status">Loading the timers…</p>,
});

export const WalkLogLoader = dynamic(() => import('./WalkLogCard').then((m) => m.WalkLogCard), {
  ssr: false,
  loading: () => <p role="status">Loading your walk log…</p>,
});
