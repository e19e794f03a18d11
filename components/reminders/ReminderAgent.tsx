'use client';
// Runs the reminder loop while the app is open: shows a notification when a planned routine
// is due (never for one already done, skipped or on a flare day), keeps the app badge at the
// number still due today, and registers periodic background sync where the browser offers it.
import { useEffect } from 'react';
import { addSnooze, readNotified, readReminderSnapshot, takeDueSnoozes } from '@/lib/db/reminder-state';
import { claimThenShow, storedClaims } from '@/lib/reminders/claim-then-show';
import { createBrowserPlatform, type ReminderNotice, type ReminderPlatform } from '@/lib/reminders/notify';
import { createReminderLoop, releaseSnoozes, REMINDER_SYNC_TAG } from '@/lib/reminders/scheduler';

const SNOOZE_CHECK_MS = 30_000;

export function ReminderAgent() {
  useEffect(() => {
    let stopped = false;
    let loop: ReturnType<typeof createReminderLoop> | null = null;
    const browser = createBrowserPlatform();
    // Another tab, a reload or the service worker may be checking too: each reminder is
    // claimed in storage before it is shown, and given back if it could not be shown.
    const platform: ReminderPlatform = {
      ...browser,
      show: claimThenShow({ claims: storedClaims, canShow: () => browser.permission() === 'granted', show: browser.show }),
    };
    const recheck = () => {
      if (document.visibilityState === 'visible') void loop?.check();
    };

    (async () => {
      const notified = new Set(await readNotified().catch(() => []));
      if (stopped) return;
      loop = createReminderLoop({
        platform,
        read: () => readReminderSnapshot(),
        now: () => Date.now(),
        notified,
        setTimer: (fn, ms) => {
          const id = window.setTimeout(fn, ms);
          return () => window.clearTimeout(id);
        },
      });
      loop.start();
      if (platform.permission() === 'granted') void platform.registerPeriodicSync(REMINDER_SYNC_TAG, 60 * 60_000);
    })();

    // Snoozed reminders ("Snooze 15 min" on a notification) come back while the app is open.
    const snoozes = window.setInterval(() => {
      const now = Date.now();
      releaseSnoozes(takeDueSnoozes<ReminderNotice>, readReminderSnapshot, platform.show, now, (notice) => addSnooze(notice, now)).catch(() => {});
    }, SNOOZE_CHECK_MS);

    document.addEventListener('visibilitychange', recheck);
    return () => {
      window.clearInterval(snoozes);
      stopped = true;
      loop?.stop();
      document.removeEventListener('visibilitychange', recheck);
    };
  }, []);
  return null;
}
