'use client';
// Runs the reminder loop while the app is open: shows a notification when a planned routine
// is due (never for one already done, skipped or on a flare day), keeps the app badge at the
// number still due today, and registers periodic background sync where the browser offers it.
import { useEffect } from 'react';
import { claimReminder, readNotified, readReminderSnapshot, takeDueSnoozes } from '@/lib/db/reminder-state';
import { createBrowserPlatform, type ReminderNotice, type ReminderPlatform } from '@/lib/reminders/notify';
import { createReminderLoop, releaseSnoozes, REMINDER_SYNC_TAG } from '@/lib/reminders/scheduler';

const SNOOZE_CHECK_MS = 30_000;

export function ReminderAgent() {
  useEffect(() => {
    let stopped = false;
    let loop: ReturnType<typeof createReminderLoop> | null = null;
    const browser = createBrowserPlatform();
    // Each reminder is claimed in storage before it is shown: another tab, a reload or the
    // service worker may be checking too. Claimed elsewhere counts as shown here.
    const platform: ReminderPlatform = {
      ...browser,
      show: async (notice) => (browser.permission() === 'granted' && (await claimReminder(notice.key)) ? browser.show(notice) : browser.permission() === 'granted'),
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
      releaseSnoozes(takeDueSnoozes<ReminderNotice>, readReminderSnapshot, platform.show, Date.now()).catch(() => {});
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
