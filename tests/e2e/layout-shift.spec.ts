// Layout stability: on every route, at phone size, light and dark, cold (first visit, no service
// worker) and then served by the service worker, the page's layout-shift entries (those not caused
// by input) add up to at most 0.02. CLS is deterministic enough to assert; load times are not
// (they belong to `npm run bench:web`).
import type { Page } from '@playwright/test';
import { expect, ROUTES, test, waitForServiceWorker } from './fixtures';

const MAX_SHIFT = 0.02;
const PATHS = [
  ...ROUTES.map((r) => r.path),
  '/session?routine=walk-ready',
  '/exercises',
  '/exercises/bird-dog',
  '/routines/walk-ready',
  '/welcome',
  '/walk-test',
];

declare global {
  interface Window {
    __shifts: { value: number; sources: string[] }[];
  }
}

function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((s) => {
        const node = s.node as Element | undefined;
        return node?.nodeType === 1 ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')} "${(node.textContent ?? '').slice(0, 40)}"` : '(text)';
      });
      window.__shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The screen has settled: nothing is loading, the network is quiet and two frames have painted. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(/^Loading\b/)).toHaveCount(0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function shiftOf(page: Page) {
  const shifts = await page.evaluate(() => window.__shifts);
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}

test.use({ viewport: { width: 390, height: 844 } });

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of PATHS) {
    test(`no layout shift on ${path} (${colorScheme}), cold and from the service worker`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.addInitScript(recordShifts);
      await page.goto(path);
      await settled(page);
      const cold = await shiftOf(page);
      expect(cold.total, `cold: ${JSON.stringify(cold.shifts)}`).toBeLessThanOrEqual(MAX_SHIFT);

      await waitForServiceWorker(page);
      await page.reload();
      await settled(page);
      const warm = await shiftOf(page);
      expect(warm.total, `service worker: ${JSON.stringify(warm.shifts)}`).toBeLessThanOrEqual(MAX_SHIFT);
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no layout shift on Today for a device that has been set up (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.addInitScript(recordShifts);
    await page.goto('/');
    await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
    await expect(page.getByRole('heading', { name: 'Today’s routines' })).toBeVisible();
    // The static page now draws the plan's layout before the records are read.
    await page.reload();
    await settled(page);
    const { total, shifts } = await shiftOf(page);
    expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(MAX_SHIFT);
  });
}

test('a slow IndexedDB open (2 s) keeps the static layout of Today in place, then fills it without a shift', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
  await expect(page.getByRole('heading', { name: 'Today’s routines' })).toBeVisible();
  await page.addInitScript(recordShifts);
  await page.addInitScript(() => {
    // Every open answers 2 s late: a stand-in request whose handlers get the real one's events.
    const realOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
      const stand = new EventTarget() as EventTarget & Record<string, unknown>;
      let real: IDBOpenDBRequest | null = null;
      for (const key of ['result', 'error', 'transaction', 'readyState', 'source']) {
        Object.defineProperty(stand, key, { get: () => (real ? real[key as keyof IDBOpenDBRequest] : key === 'readyState' ? 'pending' : null) });
      }
      window.setTimeout(() => {
        real = realOpen.apply(this, args);
        for (const type of ['success', 'error', 'upgradeneeded', 'blocked']) {
          real.addEventListener(type, (event) => {
            const handler = stand[`on${type}`];
            const copy = type === 'upgradeneeded' ? new IDBVersionChangeEvent(type, event as IDBVersionChangeEvent) : new Event(type, { cancelable: true });
            if (typeof handler === 'function') handler.call(stand, copy);
            stand.dispatchEvent(copy);
            if (copy.defaultPrevented) event.preventDefault();
          });
        }
      }, 2000);
      return stand as unknown as IDBOpenDBRequest;
    };
  });
  await page.reload();
  // While the open waits: the plan's layout, with dashes where the figures go.
  await expect(page.getByRole('heading', { name: 'Today’s routines' })).toBeVisible();
  await expect(page.getByText('Loading today…')).toBeAttached();
  await expect(page.getByRole('link', { name: 'Start Walk-ready' })).toBeVisible();
  await settled(page);
  const { total, shifts } = await shiftOf(page);
  expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(MAX_SHIFT);
});
