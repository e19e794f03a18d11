'use client';
// The reminder loop needs IndexedDB and the schedule logic; it loads after the page, never
// as part of any route's first load.
import dynamic from 'next/dynamic';

// If its code cannot load (a flaky first visit), the app carries on without in-app reminders.
export const ReminderAgentLoader = dynamic(
  () =>
    import('./ReminderAgent').then(
      (m) => m.ReminderAgent,
      () => () => null,
    ),
  { ssr: false },
);
