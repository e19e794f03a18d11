'use client';
// Progress reads IndexedDB (Dexie); loading it after the page keeps first load small.
import dynamic from 'next/dynamic';

export const ProgressLoader = dynamic(() => import('./ProgressScreen').then((m) => m.ProgressScreen), {
  ssr: false,
  loading: () => <p role="status">Loading your progress…</p>,
});
