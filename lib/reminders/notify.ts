// The browser's reminder surfaces — notifications, the app-icon badge, periodic background
// sync — behind one small interface, so the reminder loop can be tested with a fake and the
// settings screen can say plainly which of them this browser offers.
// Nothing here touches `window` or `navigator` at import time: it is safe during server render.

export interface ReminderSupport {
  /** The Notification API exists (on iOS only once installed to the Home Screen). */
  readonly notifications: boolean;
  /** Notifications can carry buttons (needs a service worker; Chromium only). */
  readonly actions: boolean;
  /** Periodic Background Sync exists (Chromium, installed apps). */
  readonly periodicSync: boolean;
  /** navigator.setAppBadge exists. */
  readonly badge: boolean;
  /** Running as an installed app (standalone display mode). */
  readonly installed: boolean;
  readonly ios: boolean;
}

export type ReminderPermission = NotificationPermission | 'unsupported';

export interface ReminderNotice {
  /** The reminder's key (lib/schedule reminderKey): also the notification tag, so tabs replace rather than stack. */
  readonly key: string;
  readonly title: string;
  readonly body: string;
  /** Where tapping the notification (or "Start") goes, e.g. `/session?routine=walk-ready`. */
  readonly url: string;
}

/** What the notification carries for the service worker's notificationclick handler. */
export interface ReminderNotificationData {
  readonly url: string;
  readonly key: string;
}

export const REMINDER_ACTIONS = [
  { action: 'start', title: 'Start' },
  { action: 'snooze', title: 'Snooze 15 min' },
] as const;

export interface ReminderPlatform {
  supports(): ReminderSupport;
  permission(): ReminderPermission;
  requestPermission(): Promise<ReminderPermission>;
  /** True when a notification was put up; false when unsupported, not permitted or refused. */
  show(reminder: ReminderNotice): Promise<boolean>;
  /** The count on the app icon; 0 clears it. A no-op where badges do not exist. */
  setBadge(count: number): Promise<void>;
  /** True when the browser accepted the registration; false when unsupported or refused. */
  registerPeriodicSync(tag: string, minIntervalMs: number): Promise<boolean>;
}

// Not yet in TypeScript's DOM types.
interface PeriodicSyncManager {
  register(tag: string, options?: { minInterval?: number }): Promise<void>;
}
type RegistrationWithSync = ServiceWorkerRegistration & { readonly periodicSync?: PeriodicSyncManager };
type NotificationOptionsWithActions = NotificationOptions & {
  actions?: readonly { action: string; title: string }[];
};

const hasWindow = (): boolean => typeof window !== 'undefined' && typeof navigator !== 'undefined';
const hasNotification = (): boolean => hasWindow() && typeof window.Notification === 'function';

async function serviceWorkerRegistration(): Promise<RegistrationWithSync | undefined> {
  if (!hasWindow() || !('serviceWorker' in navigator)) return undefined;
  try {
    // getRegistration, not `ready`: `ready` never settles when no worker was ever registered.
    return (await navigator.serviceWorker.getRegistration()) ?? undefined;
  } catch {
    return undefined;
  }
}

function isIos(): boolean {
  const ua = navigator.userAgent;
  // iPadOS reports itself as a Mac; a Mac with a touch screen is an iPad.
  return /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
}

function isInstalled(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  const displayMode = typeof window.matchMedia === 'function' && window.matchMedia('(display-mode: standalone)').matches;
  return standalone || displayMode;
}

export interface BrowserPlatformOptions {
  /** Icon shown in notifications. */
  readonly icon?: string;
}

export function createBrowserPlatform({ icon = '/icons/icon-192.png' }: BrowserPlatformOptions = {}): ReminderPlatform {
  const supports = (): ReminderSupport => {
    if (!hasWindow()) {
      return { notifications: false, actions: false, periodicSync: false, badge: false, installed: false, ios: false };
    }
    const notifications = hasNotification();
    const serviceWorker = 'serviceWorker' in navigator;
    const maxActions = notifications ? (window.Notification as unknown as { maxActions?: number }).maxActions : undefined;
    return {
      notifications,
      actions: notifications && serviceWorker && typeof maxActions === 'number' && maxActions > 0,
      periodicSync: serviceWorker && typeof ServiceWorkerRegistration !== 'undefined' && 'periodicSync' in ServiceWorkerRegistration.prototype,
      badge: typeof navigator.setAppBadge === 'function',
      installed: isInstalled(),
      ios: isIos(),
    };
  };

  const permission = (): ReminderPermission => (hasNotification() ? window.Notification.permission : 'unsupported');

  return {
    supports,
    permission,

    async requestPermission() {
      if (!hasNotification()) return 'unsupported';
      try {
        // Older Safari only takes a callback; newer browsers return a promise.
        return await new Promise<NotificationPermission>((resolve) => {
          const result = window.Notification.requestPermission(resolve);
          if (result) void result.then(resolve);
        });
      } catch {
        return permission();
      }
    },

    async show({ key, title, body, url }) {
      if (permission() !== 'granted') return false;
      const data: ReminderNotificationData = { url, key };
      const registration = await serviceWorkerRegistration();
      // A registration whose worker is still installing rejects showNotification: then, and
      // when the worker refuses for any other reason, the page shows the notification itself.
      if (registration?.active && typeof registration.showNotification === 'function') {
        try {
          const options: NotificationOptionsWithActions = { body, tag: key, data, icon };
          if (supports().actions) options.actions = REMINDER_ACTIONS;
          await registration.showNotification(title, options);
          return true;
        } catch {
          // Fall through to a page notification.
        }
      }
      try {
        // No worker: a page notification, which cannot carry buttons. Tapping it brings the
        // app forward on the routine.
        const notification = new window.Notification(title, { body, tag: key, data, icon });
        notification.onclick = () => {
          window.focus();
          window.location.assign(url);
          notification.close();
        };
        return true;
      } catch {
        // Android Chrome throws on `new Notification` (it shows notifications through a worker only).
        return false;
      }
    },

    async setBadge(count) {
      if (!hasWindow() || typeof navigator.setAppBadge !== 'function') return;
      try {
        if (count > 0) await navigator.setAppBadge(count);
        else if (typeof navigator.clearAppBadge === 'function') await navigator.clearAppBadge();
        else await navigator.setAppBadge(0);
      } catch {
        // Badges are a nicety; a browser that refuses one (not installed, say) is not an error.
      }
    },

    async registerPeriodicSync(tag, minIntervalMs) {
      const registration = await serviceWorkerRegistration();
      if (!registration?.periodicSync) return false;
      try {
        if (navigator.permissions) {
          const status = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName });
          if (status.state === 'denied') return false;
        }
        await registration.periodicSync.register(tag, { minInterval: minIntervalMs });
        return true;
      } catch {
        return false;
      }
    },
  };
}

export type ReminderMechanism = 'in-app' | 'notifications' | 'badge' | 'background' | 'calendar';

export interface ReminderAdvice {
  readonly mechanism: ReminderMechanism;
  readonly available: boolean;
  readonly advice: string;
}

/**
 * One sentence per reminder layer for the settings screen: what works in this browser and, when
 * something does not, what the person can do about it. Pure, so the wording is tested as a table.
 */
export function supportAdvice(supports: ReminderSupport, permission: ReminderPermission = 'default'): ReminderAdvice[] {
  const notifications = ((): ReminderAdvice => {
    const mechanism = 'notifications';
    if (supports.ios && !supports.installed) {
      return { mechanism, available: false, advice: 'Add Backstride to your Home Screen (Share, then Add to Home Screen) and open it from there to allow notifications.' };
    }
    if (!supports.notifications || permission === 'unsupported') {
      return { mechanism, available: false, advice: 'This browser cannot show notifications; use the calendar export for reminders.' };
    }
    if (permission === 'denied') {
      return { mechanism, available: false, advice: "Notifications are blocked for Backstride; allow them in your browser's site settings to get reminders." };
    }
    if (permission === 'default') {
      return { mechanism, available: true, advice: 'Turn on notifications to get a nudge when a routine is due.' };
    }
    return {
      mechanism,
      available: true,
      advice: supports.actions
        ? 'You get a notification when a routine is due, with Start and Snooze buttons.'
        : 'You get a notification when a routine is due; tap it to open Backstride.',
    };
  })();

  const badge: ReminderAdvice = !supports.badge
    ? { mechanism: 'badge', available: false, advice: 'This browser cannot show a count on the app icon; the Today screen lists what is due.' }
    : supports.installed
      ? { mechanism: 'badge', available: true, advice: "The app icon shows how many of today's routines are still due." }
      : { mechanism: 'badge', available: false, advice: "Install Backstride to see how many of today's routines are still due on its icon." };

  const background: ReminderAdvice = !supports.periodicSync
    ? { mechanism: 'background', available: false, advice: 'Reminders only fire while Backstride is open; use the calendar export for reminders that always fire.' }
    : supports.installed
      ? { mechanism: 'background', available: true, advice: 'Backstride can also check for due reminders while it is closed, though the browser decides how often.' }
      : { mechanism: 'background', available: false, advice: 'Install Backstride so it can check for due reminders while it is closed; until then, use the calendar export for reminders that always fire.' };

  return [
    { mechanism: 'in-app', available: true, advice: "Today's screen shows what is due and when, whenever Backstride is open." },
    notifications,
    badge,
    background,
    { mechanism: 'calendar', available: true, advice: "Export your plan to your phone's calendar: its alarms go off on time even when Backstride is closed or offline." },
  ];
}
