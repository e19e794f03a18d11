// The service worker, in one file: precaching of the static export (so every route works offline
// after the first visit), the "Update available — Reload" handshake, and reminders — tapping a
// notification, "Snooze 15 min" and periodic background sync while the app is closed.
// scripts/build-sw.mjs bundles it to out/sw.js and injects the precache list at self.__WB_MANIFEST.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { addSnooze, readNotified, readReminderSnapshot, takeDueSnoozes } from '@/lib/db/reminder-state';
import { claimThenShow, storedClaims } from '@/lib/reminders/claim-then-show';
import { REMINDER_ACTIONS, type ReminderNotice, type ReminderNotificationData, type ReminderPlatform } from '@/lib/reminders/notify';
import { createReminderLoop, releaseSnoozes, REMINDER_SYNC_TAG } from '@/lib/reminders/scheduler';

// The project type-checks against the DOM library (one program for pages and worker), so the
// few worker-only types used here are spelled out rather than pulling in lib "webworker".
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface NotificationEvent extends ExtendableEvent {
  readonly action: string;
  readonly notification: Notification & { data: ReminderNotificationData | undefined };
}
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}
interface WindowClient {
  readonly url: string;
  focus(): Promise<unknown>;
  navigate(url: string): Promise<unknown>;
}
interface ServiceWorkerScope {
  /** Replaced at build time by the precache list (workbox-build injectManifest). */
  readonly __WB_MANIFEST: (PrecacheEntry | string)[];
  readonly registration: ServiceWorkerRegistration;
  readonly clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowClient[]>;
    openWindow(url: string): Promise<unknown>;
  };
  readonly navigator: Navigator;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEvent) => void): void;
  addEventListener(type: 'periodicsync', listener: (event: PeriodicSyncEvent) => void): void;
}

// `self.__WB_MANIFEST` must stay spelled so in the bundle for injectManifest to find it.
declare const self: ServiceWorkerScope;

// --- Updates and offline ---------------------------------------------------------------------

// A new version waits until the person accepts the update prompt (workbox-window's
// messageSkipWaiting), never mid-session; once active it takes over open pages.
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, {
  // A static export serves the same file whatever the query: Next's ?_rsc=<hash> on RSC
  // payloads, and the app's own parameters such as /session?routine=core.
  ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();

// /plan is answered from plan.html by the precache route (cleanURLs); any other navigation gets
// the 404 page. Next's own files and anything with an extension are left to the network.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/404.html'), { denylist: [/^\/_next\//, /\.[a-z0-9]+$/i] }));

// --- Reminders -------------------------------------------------------------------------------

const SNOOZE_MS = 15 * 60_000;

const canShow = () => Notification.permission === 'granted';

async function showNotification(notice: ReminderNotice): Promise<boolean> {
  const data: ReminderNotificationData = { url: notice.url, key: notice.key };
  await self.registration.showNotification(notice.title, {
    body: notice.body,
    tag: notice.key,
    data,
    icon: '/icons/icon-192.png',
    actions: REMINDER_ACTIONS,
  } as NotificationOptions);
  return true;
}

const show = claimThenShow({ claims: storedClaims, canShow, show: showNotification });

const workerPlatform: ReminderPlatform = {
  supports: () => ({ notifications: true, actions: true, periodicSync: true, badge: 'setAppBadge' in self.navigator, installed: true, ios: false }),
  permission: () => Notification.permission,
  requestPermission: async () => Notification.permission,
  show,
  async setBadge(count) {
    const nav = self.navigator;
    if (typeof nav.setAppBadge !== 'function') return;
    await nav.setAppBadge(Math.max(0, count)).catch(() => {});
  },
  registerPeriodicSync: async () => false,
};

async function openRoutine(url: string) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const existing = windows[0];
  if (existing) {
    await existing.navigate(url).catch(() => {});
    await existing.focus();
  } else {
    await self.clients.openWindow(url);
  }
}

self.addEventListener('notificationclick', (event) => {
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

async function checkReminders() {
  const now = Date.now();
  try {
    await releaseSnoozes(takeDueSnoozes<ReminderNotice>, readReminderSnapshot, show, now, (notice) => addSnooze(notice, now));
  } finally {
    // A snooze that failed does not stop today's reminders from being checked.
    await checkPlanReminders();
  }
}

async function checkPlanReminders() {
  const loop = createReminderLoop({
    platform: workerPlatform,
    read: () => readReminderSnapshot(),
    now: () => Date.now(),
    notified: new Set(await readNotified()),
    setTimer: () => () => {},
  });
  await loop.check();
}

self.addEventListener('periodicsync', (event) => {
  if (event.tag === REMINDER_SYNC_TAG) event.waitUntil(checkReminders());
});
