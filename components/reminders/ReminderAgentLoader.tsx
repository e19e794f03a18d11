'use client';
// The reminder loop needs IndexedDB and the schedule logic; it loads after the page, never
// as part of any route's first load.
import dynamic from 'next/dynamic';

export const ReminderAgentLoader = dynamic(() => import('./ReminderAgent').then((m) => m.ReminderAgent), { ssr: false });
