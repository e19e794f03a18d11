'use client';
// The reminder loop needs IndexedDB and the schedule logic; it loads after the page, never
// as part of any route's first load. If its code cannot load, the app carries on without it.
import { lazyClient } from '@/components/ui/lazy-client';

export const ReminderAgentLoader = lazyClient(() => import('./ReminderAgent').then((m) => m.ReminderAgent));
