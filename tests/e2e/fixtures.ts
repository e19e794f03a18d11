// Shared Playwright fixtures: every page fails its test on console.error, uncaught errors,
// a Content-Security-Policy violation or any request to a host other than the one serving the
// app, unless the test expects it.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
  /** Console errors the test expects, matched by substring; they stop failing the test. */
  allowConsoleError(pattern: string | RegExp): void;
  /** A second origin the test itself serves the app from. */
  allowOrigin(origin: string): void;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, baseURL }, use) => {
      const problems: string[] = [];
      const allowed: (string | RegExp)[] = [];
      const origins = [new URL(baseURL ?? 'http://localhost').origin];
      const isAllowed = (text: string) => allowed.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));
      const watch = (page: Page) => {
        page.on('console', (msg) => {
          if (msg.type() === 'error' && !isAllowed(msg.text())) problems.push(`console.error: ${msg.text()}`);
        });
        page.on('pageerror', (error) => {
          if (!isAllowed(error.message)) problems.push(`page error: ${error.message}`);
        });
      };
      // Reported from inside the page too: a violation is an event even when nothing logs it.
      await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
        if (!isAllowed(text)) problems.push(`CSP violation: ${text}`);
      });
      await context.addInitScript(reportCspViolations);
      context.pages().forEach(watch);
      context.on('page', watch);
      context.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about|chrome-extension):/.test(url)) return;
        if (!origins.includes(new URL(url).origin)) problems.push(`request to another host: ${url}`);
      });
      await use({ allowConsoleError: (pattern) => allowed.push(pattern), allowOrigin: (o) => origins.push(o) });
      expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** An init script: every `securitypolicyviolation` in the page, told to the test as one line. */
export function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation ?? console.error;
    report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample})` : ''} on ${e.documentURI}`);
  });
}

export const ROUTES = [
  { path: '/', heading: 'Today' },
  { path: '/routines', heading: 'Routines' },
  { path: '/plan', heading: 'Plan' },
  { path: '/progress', heading: 'Progress' },
  { path: '/relief', heading: 'Relief' },
  { path: '/safety', heading: 'Safety' },
  { path: '/settings', heading: 'Settings' },
  // Reached from Progress, not from the navigation.
  { path: '/report', heading: 'Report to share', outsideNav: true },
] as const;

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Waits until the service worker has installed and controls this page. */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(async () => {
    if (!('serviceWorker' in navigator)) return false;
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  }, undefined, { timeout: 30_000 });
}

/**
 * With Playwright's clock paused, loading a page's lazy parts still needs a few timer turns.
 * Advances the clock in small steps (at most `maxMs`) until `locator` shows.
 */
export async function settle(page: Page, locator: import('@playwright/test').Locator, maxMs = 1000) {
  for (let waited = 0; waited < maxMs && !(await locator.isVisible()); waited += 10) await page.clock.runFor(10);
}

/** First run without the welcome questions: the suggested plan, with Today's list on screen. */
/**
 * Progress has read the records: its static placeholder (the empty card a new device's page
 * draws, or "Loading your progress…") is gone, so what shows is the screen's own.
 */
export async function expectProgressRead(page: Page) {
  await expect(page.locator('.no-history-only, .history-only')).toHaveCount(0);
}

export async function startWithSuggestedPlan(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
  await expect(page.locator('.due-item').first()).toBeVisible();
}

/** Records every notification shown and every badge set, from before the page's code runs. */
export async function recordNotificationsAndBadge(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shown: string[]; __badge: number[] };
    w.__shown = [];
    w.__badge = [];
    const original = ServiceWorkerRegistration.prototype.showNotification;
    // Recorded once shown: a call the worker refuses is not a notification the person saw.
    ServiceWorkerRegistration.prototype.showNotification = function (title: string, options?: NotificationOptions) {
      return original.call(this, title, options).then(() => void w.__shown.push(title));
    };
    const NativeNotification = window.Notification;
    class Recorded extends NativeNotification {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        w.__shown.push(title);
      }
    }
    window.Notification = Recorded as typeof Notification;
    Object.defineProperty(navigator, 'setAppBadge', { value: async (n?: number) => void w.__badge.push(n ?? 0), configurable: true });
    Object.defineProperty(navigator, 'clearAppBadge', { value: async () => void w.__badge.push(0), configurable: true });
  });
}

export const shownNotifications = (page: Page) => page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);

/** Every record in one of the app's IndexedDB stores, read straight from the browser. */
export function readStore<R = unknown>(page: Page, store: string): Promise<R[]> {
  return page.evaluate(
    (name) =>
      new Promise<R[]>((resolve, reject) => {
        const open = indexedDB.open('backstride');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            resolve(all.result as R[]);
            open.result.close();
          };
        };
      }),
    store,
  );
}

/**
 * Writes records straight into the app's IndexedDB stores, in one transaction; a store listed
 * in `clear` is emptied first. For history the UI has no way to make (weeks past, walks).
 */
export function writeStores(page: Page, records: Readonly<Record<string, readonly object[]>>, clear: readonly string[] = []): Promise<void> {
  return page.evaluate(
    ({ records, clear }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstride');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = [...new Set([...Object.keys(records), ...clear])];
          const tx = open.result.transaction(names, 'readwrite');
          for (const name of clear) tx.objectStore(name).clear();
          for (const [name, list] of Object.entries(records)) for (const record of list) tx.objectStore(name).put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { records, clear },
  );
}

/** Records what the app asks the browser to say, instead of saying it. */
export async function captureSpeech(page: Page) {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    if (typeof SpeechSynthesis === 'undefined') return;
    SpeechSynthesis.prototype.speak = function (utterance: SpeechSynthesisUtterance) {
      spoken.push(utterance.text);
    };
    SpeechSynthesis.prototype.cancel = function () {};
  });
}

export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
