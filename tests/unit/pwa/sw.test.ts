// The worker's handlers, run against a fake service-worker scope: Workbox and storage are
// replaced, so what is checked is what each event does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMINDER_SYNC_TAG } from '@/lib/reminders/scheduler';

const workbox = vi.hoisted(() => ({ precacheAndRoute: vi.fn(), clientsClaim: vi.fn(), registerRoute: vi.fn() }));
const storage = vi.hoisted(() => ({
  addSnooze: vi.fn(async () => {}),
  takeDueSnoozes: vi.fn(async () => []),
  readNotified: vi.fn(async () => []),
  readReminderSnapshot: vi.fn(),
  claimReminder: vi.fn(async () => true),
  releaseReminder: vi.fn(async () => {}),
}));
vi.mock('workbox-core', () => ({ clientsClaim: workbox.clientsClaim }));
vi.mock('workbox-precaching', () => ({ precacheAndRoute: workbox.precacheAndRoute, cleanupOutdatedCaches: vi.fn(), createHandlerBoundToURL: (url: string) => url }));
vi.mock('workbox-routing', () => ({
  registerRoute: workbox.registerRoute,
  NavigationRoute: class {
    constructor(readonly handler: unknown, readonly options: unknown) {}
  },
}));
vi.mock('@/lib/db/reminder-state', () => storage);

type Listener = (event: Record<string, unknown>) => void;

function fakeScope() {
  const listeners = new Map<string, Listener>();
  const window = { url: '/', navigate: vi.fn(async () => {}), focus: vi.fn(async () => {}) };
  const scope = {
    __WB_MANIFEST: [{ url: 'index.html', revision: 'r1' }, '_next/static/chunks/app.js'],
    registration: { showNotification: vi.fn(async () => {}) },
    clients: { matchAll: vi.fn(async () => [window]), openWindow: vi.fn(async () => {}) },
    navigator: {},
    skipWaiting: vi.fn(async () => {}),
    addEventListener: (type: string, listener: Listener) => void listeners.set(type, listener),
  };
  /** Fires an event and waits for what it handed to waitUntil. */
  const fire = async (type: string, event: Record<string, unknown>) => {
    const pending: Promise<unknown>[] = [];
    listeners.get(type)?.({ ...event, waitUntil: (p: Promise<unknown>) => pending.push(p) });
    await Promise.all(pending);
  };
  return { scope, window, fire };
}

let worker: ReturnType<typeof fakeScope>;

beforeEach(async () => {
  worker = fakeScope();
  vi.stubGlobal('self', worker.scope);
  vi.stubGlobal('Notification', { permission: 'granted' });
  await import('@/lib/pwa/sw');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  vi.clearAllMocks();
});

const tap = (action: string) => ({
  action,
  notification: { title: 'Walk-ready at 07:30', body: 'About 6 min.', data: { url: '/session?routine=walk-ready', key: 'e-walk@2026-03-30' }, close: vi.fn() },
});

describe('the service worker', () => {
  it('precaches the injected list, whatever the query, and takes over open pages', () => {
    expect(workbox.precacheAndRoute).toHaveBeenCalledWith(worker.scope.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
    expect(workbox.clientsClaim).toHaveBeenCalledOnce();
    expect(workbox.registerRoute).toHaveBeenCalledWith(expect.objectContaining({ handler: '/404.html' }));
  });

  it('waits for the person to accept an update: only SKIP_WAITING activates the new version', async () => {
    await worker.fire('message', { data: { type: 'PING' } });
    await worker.fire('message', { data: null });
    expect(worker.scope.skipWaiting).not.toHaveBeenCalled();
    await worker.fire('message', { data: { type: 'SKIP_WAITING' } });
    expect(worker.scope.skipWaiting).toHaveBeenCalledOnce();
  });

  it('a tap on a reminder opens its routine in the open window', async () => {
    await worker.fire('notificationclick', tap('start'));
    expect(worker.window.navigate).toHaveBeenCalledWith('/session?routine=walk-ready');
    expect(worker.window.focus).toHaveBeenCalledOnce();
  });

  it('a tap with no window open opens one on the routine', async () => {
    worker.scope.clients.matchAll.mockResolvedValue([]);
    await worker.fire('notificationclick', tap(''));
    expect(worker.scope.clients.openWindow).toHaveBeenCalledWith('/session?routine=walk-ready');
  });

  it('"Snooze 15 min" stores the reminder to come back 15 minutes later, under a key of its own', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    await worker.fire('notificationclick', tap('snooze'));
    const until = 1_000_000 + 15 * 60_000;
    expect(storage.addSnooze).toHaveBeenCalledWith(
      { key: `e-walk@2026-03-30~${until}`, title: 'Walk-ready at 07:30', body: 'About 6 min.', url: '/session?routine=walk-ready' },
      until,
    );
    expect(worker.window.navigate).not.toHaveBeenCalled();
  });

  it('in a periodic sync, a snooze whose notification fails is given back and kept for later', async () => {
    const snoozed = { key: 'e-walk@2026-03-30~1', title: 'Walk-ready at 07:30', body: '', url: '/session?routine=walk-ready' };
    storage.takeDueSnoozes.mockResolvedValueOnce([snoozed] as never);
    storage.readReminderSnapshot.mockResolvedValue({ plan: [], sessions: [], marks: [], settings: { rolloverHour: 3 }, screenings: [] });
    worker.scope.registration.showNotification.mockRejectedValueOnce(new TypeError('No active registration'));
    await expect(worker.fire('periodicsync', { tag: REMINDER_SYNC_TAG })).rejects.toThrow('No active registration');
    expect(storage.claimReminder).toHaveBeenCalledWith(snoozed.key);
    expect(storage.releaseReminder).toHaveBeenCalledWith(snoozed.key);
    expect(storage.addSnooze).toHaveBeenCalledWith(snoozed, expect.any(Number));
  });

  it('answers only its own periodic sync tag', async () => {
    await worker.fire('periodicsync', { tag: 'someone-else' });
    expect(storage.takeDueSnoozes).not.toHaveBeenCalled();
  });
});
