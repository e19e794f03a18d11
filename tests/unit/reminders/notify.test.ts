import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createBrowserPlatform,
  REMINDER_ACTIONS,
  supportAdvice,
  type ReminderMechanism,
  type ReminderPermission,
  type ReminderSupport,
} from '@/lib/reminders/notify';

const base: ReminderSupport = { notifications: true, actions: true, periodicSync: true, badge: true, installed: true, ios: false };

describe('supportAdvice', () => {
  const pick = (supports: Partial<ReminderSupport>, permission: ReminderPermission, mechanism: ReminderMechanism) => {
    const advice = supportAdvice({ ...base, ...supports }, permission).find((a) => a.mechanism === mechanism);
    if (!advice) throw new Error(`no advice for ${mechanism}`);
    return advice;
  };

  it('covers every layer, in-app and calendar always available', () => {
    const advice = supportAdvice({ notifications: false, actions: false, periodicSync: false, badge: false, installed: false, ios: false });
    expect(advice.map((a) => a.mechanism)).toEqual(['in-app', 'notifications', 'badge', 'background', 'calendar']);
    expect(advice.filter((a) => a.available).map((a) => a.mechanism)).toEqual(['in-app', 'calendar']);
  });

  it.each([
    { name: 'iOS in Safari', supports: { ios: true, installed: false, notifications: false }, permission: 'unsupported', available: false, advice: /Add Backstride to your Home Screen/ },
    { name: 'iOS installed, not asked yet', supports: { ios: true, installed: true, actions: false }, permission: 'default', available: true, advice: /Turn on notifications/ },
    { name: 'no Notification API', supports: { notifications: false }, permission: 'unsupported', available: false, advice: /cannot show notifications; use the calendar export/ },
    { name: 'blocked', supports: {}, permission: 'denied', available: false, advice: /blocked.*site settings/ },
    { name: 'granted with buttons', supports: {}, permission: 'granted', available: true, advice: /Start and Snooze buttons/ },
    { name: 'granted without buttons', supports: { actions: false }, permission: 'granted', available: true, advice: /tap it to open Backstride/ },
  ] as const)('notifications: $name', ({ supports, permission, available, advice }) => {
    const result = pick(supports, permission, 'notifications');
    expect(result.available).toBe(available);
    expect(result.advice).toMatch(advice);
  });

  it.each([
    { name: 'installed', supports: {}, available: true, advice: /app icon shows how many/ },
    { name: 'in a browser tab', supports: { installed: false }, available: false, advice: /Install Backstride to see/ },
    { name: 'unsupported', supports: { badge: false }, available: false, advice: /cannot show a count/ },
  ] as const)('badge: $name', ({ supports, available, advice }) => {
    const result = pick(supports, 'granted', 'badge');
    expect(result).toMatchObject({ available });
    expect(result.advice).toMatch(advice);
  });

  it.each([
    { name: 'installed Chromium', supports: {}, available: true, advice: /while it is closed/ },
    { name: 'not installed', supports: { installed: false }, available: false, advice: /Install Backstride so it can check/ },
    { name: 'no periodic sync', supports: { periodicSync: false }, available: false, advice: /^Reminders only fire while Backstride is open; use the calendar export for reminders that always fire\.$/ },
  ] as const)('background: $name', ({ supports, available, advice }) => {
    const result = pick(supports, 'granted', 'background');
    expect(result).toMatchObject({ available });
    expect(result.advice).toMatch(advice);
  });
});

describe('createBrowserPlatform', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const notice = { key: 'e-walk@2026-03-30', title: 'Walk-ready at 07:30', body: 'About 10 min.', url: '/session?routine=walk-ready' };

  function stubBrowser({ permission = 'granted', registration, maxActions = 2, badge = true }: {
    permission?: NotificationPermission;
    registration?: object;
    maxActions?: number;
    badge?: boolean;
  } = {}) {
    const constructed: { title: string; options: NotificationOptions }[] = [];
    class FakeNotification {
      static permission = permission;
      static maxActions = maxActions;
      static requestPermission = vi.fn(async () => 'granted' as const);
      onclick: (() => void) | null = null;
      constructor(title: string, options: NotificationOptions) {
        constructed.push({ title, options });
      }
      close() {}
    }
    const nav = {
      userAgent: 'Mozilla/5.0 (Linux; Android 14) Chrome/126',
      maxTouchPoints: 5,
      ...(registration ? { serviceWorker: { getRegistration: async () => registration } } : {}),
      ...(badge ? { setAppBadge: vi.fn(async () => {}), clearAppBadge: vi.fn(async () => {}) } : {}),
    };
    vi.stubGlobal('navigator', nav);
    vi.stubGlobal('window', { Notification: FakeNotification, matchMedia: () => ({ matches: true }), focus: () => {}, location: { assign: () => {} } });
    return { constructed, nav, FakeNotification };
  }

  it('is safe to create and query without a browser', async () => {
    const platform = createBrowserPlatform();
    expect(platform.supports()).toEqual({ notifications: false, actions: false, periodicSync: false, badge: false, installed: false, ios: false });
    expect(platform.permission()).toBe('unsupported');
    expect(await platform.show(notice)).toBe(false);
    await expect(platform.setBadge(2)).resolves.toBeUndefined();
    expect(await platform.registerPeriodicSync('reminders', 3_600_000)).toBe(false);
  });

  it('shows through the service worker with Start and Snooze buttons and the url and key as data', async () => {
    const showNotification = vi.fn(async () => {});
    const { constructed } = stubBrowser({ registration: { active: {}, showNotification } });
    expect(await createBrowserPlatform().show(notice)).toBe(true);
    expect(showNotification).toHaveBeenCalledWith('Walk-ready at 07:30', expect.objectContaining({
      body: 'About 10 min.',
      tag: 'e-walk@2026-03-30',
      data: { url: '/session?routine=walk-ready', key: 'e-walk@2026-03-30' },
      actions: REMINDER_ACTIONS,
    }));
    expect(REMINDER_ACTIONS).toEqual([{ action: 'start', title: 'Start' }, { action: 'snooze', title: 'Snooze 15 min' }]);
    expect(constructed).toEqual([]);
  });

  it('falls back to a page notification without buttons when there is no service worker', async () => {
    const { constructed } = stubBrowser();
    expect(await createBrowserPlatform().show(notice)).toBe(true);
    expect(constructed).toHaveLength(1);
    expect(constructed[0]?.options).toMatchObject({ body: 'About 10 min.', tag: notice.key, data: { url: notice.url, key: notice.key } });
    expect(constructed[0]?.options).not.toHaveProperty('actions');
  });

  it.each([
    ['still installing (no active worker)', { installing: {}, showNotification: vi.fn(async () => {}) }],
    ['refusing', { active: {}, showNotification: vi.fn(async () => Promise.reject(new TypeError('No active registration'))) }],
  ])('shows a page notification when the service worker is %s, so the reminder is not lost', async (_, registration) => {
    const { constructed } = stubBrowser({ registration });
    expect(await createBrowserPlatform().show(notice)).toBe(true);
    expect(constructed.map((n) => n.title)).toEqual(['Walk-ready at 07:30']);
  });

  it('shows nothing without permission', async () => {
    const showNotification = vi.fn(async () => {});
    stubBrowser({ permission: 'default', registration: { showNotification } });
    expect(await createBrowserPlatform().show(notice)).toBe(false);
    expect(showNotification).not.toHaveBeenCalled();
  });

  it('sets the badge to a count and clears it at zero', async () => {
    const { nav } = stubBrowser();
    const platform = createBrowserPlatform();
    await platform.setBadge(3);
    await platform.setBadge(0);
    expect(nav.setAppBadge).toHaveBeenCalledWith(3);
    expect(nav.clearAppBadge).toHaveBeenCalledTimes(1);
  });

  it('registers periodic sync where it exists and reports a refusal as false', async () => {
    const register = vi.fn(async () => {});
    class FakeRegistration {
      // A prototype getter, as in Chromium, which is where feature detection looks.
      get periodicSync() {
        return { register };
      }
    }
    vi.stubGlobal('ServiceWorkerRegistration', FakeRegistration);
    stubBrowser({ registration: new FakeRegistration() });
    const platform = createBrowserPlatform();
    expect(platform.supports().periodicSync).toBe(true);
    expect(await platform.registerPeriodicSync('reminders', 3_600_000)).toBe(true);
    expect(register).toHaveBeenCalledWith('reminders', { minInterval: 3_600_000 });

    register.mockRejectedValueOnce(new DOMException('Permission denied', 'NotAllowedError'));
    expect(await platform.registerPeriodicSync('reminders', 3_600_000)).toBe(false);
  });
});
