// Reminder handling inside the service worker (bundled to out/sw-reminders.js and imported
// by the generated sw.js): tapping a notification opens the routine, "Snooze 15 min" brings it
// back later, and periodic background sync checks for due reminders while the app is closed.
import { addSnooze, readNotified, readReminderSnapshot, takeDueSnoozes } from '@/lib/db/reminder-state';
import { claimThenShow, storedClaims } from './claim-then-show';
import { REMINDER_ACTIONS, type ReminderNotice, type ReminderNotificationData, type ReminderPlatform } from './notify';
import { createReminderLoop, releaseSnoozes, REMINDER_SYNC_TAG } from './scheduler';

const SNOOZE_MS = 15 * 60_000;

interface WindowClientLike {
  readonly url: string;
  focus(): Promise<unknown>;
  navigate(url: string): Promise<unknown>;
}
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface NotificationEventLike extends ExtendableEventLike {
  readonly action: string;
  readonly notification: Notification & { data: ReminderNotificationData | undefined };
}
interface SyncEventLike extends ExtendableEventLike {
  readonly tag: string;
}
interface WorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowClientLike[]>;
    openWindow(url: string): Promise<unknown>;
  };
  readonly navigator: Navigator;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEventLike) => void): void;
  addEventListener(type: 'periodicsync', listener: (event: SyncEventLike) => void): void;
}

const scope = self as unknown as WorkerScope;

async function showNotification(notice: ReminderNotice): Promise<boolean> {
  const data: ReminderNotificationData = { url: notice.url, key: notice.key };
  await scope.registration.showNotification(notice.title, {
    body: notice.body,
    tag: notice.key,
    data,
    icon: '/icons/icon-192.png',
    actions: REMINDER_ACTIONS,
  } as NotificationOptions);
  return true;
}

const show = claimThenShow({ claims: storedClaims, canShow: () => Notification.permission === 'granted', show: showNotification });

const workerPlatform: ReminderPlatform = {
  supports: () => ({ notifications: true, actions: true, periodicSync: true, badge: 'setAppBadge' in scope.navigator, installed: true, ios: false }),
  permission: () => Notification.permission,
  requestPermission: async () => Notification.permission,
  show,
  async setBadge(count) {
    const nav = scope.navigator;
    if (typeof nav.setAppBadge !== 'function') return;
    await (count > 0 ? nav.setAppBadge(count) : nav.setAppBadge(0)).catch(() => {});
  },
  registerPeriodicSync: async () => false,
};

async function openRoutine(url: string) {
  const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const existing = windows[0];
  if (existing) {
    await existing.navigate(url).catch(() => {});
    await existing.focus();
  } else {
    await scope.clients.openWindow(url);
  }
}

scope.addEventListener('notificationclick', (event) => {
  const data = event.notification.data;
  event.notification.close();
  if (!data) return;
  if (event.action === 'snooze') {
    const until = Date.now() + SNOOZE_MS;
    const notice: ReminderNotice = { key: `${data.key}~${until}`, title: event.notification.title, body: event.notification.body, url: data.url };
    event.waitUntil(addSnooze(notice, until));
    return;
  }
  event.waitUntil(openRoutine(data.url));
});

scope.addEventListener('periodicsync', (event) => {
  if (event.tag !== REMINDER_SYNC_TAG) return;
  event.waitUntil(
    (async () => {
      const now = Date.now();
      await releaseSnoozes(takeDueSnoozes<ReminderNotice>, readReminderSnapshot, show, now, (notice) => addSnooze(notice, now));
      const loop = createReminderLoop({
        platform: workerPlatform,
        read: () => readReminderSnapshot(),
        now: () => Date.now(),
        notified: new Set(await readNotified()),
        setTimer: () => () => {},
      });
      await loop.check();
    })(),
  );
});
