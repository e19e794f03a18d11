'use client';
// Today's data needs IndexedDB (Dexie); loading it after the page keeps first load small.
import dynamic from 'next/dynamic';

export const TodayLoader = dynamic(() => import('./TodayView').then((m) => m.TodayView), {
  ssr: false,
  loading: () => <p role="status">Loading today…</p>,
});
