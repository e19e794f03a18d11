// Every route fits a phone: the document is never wider than the viewport (nothing pans
// sideways) at 390×844 and 320×640, light and dark, and Settings also at 360 px and with text
// at twice its size. A failure names the elements that stick out.
import type { Page } from '@playwright/test';
import { ROUTES, expect, startWithSuggestedPlan, test } from './fixtures';

const EXTRA_ROUTES = [
  { path: '/welcome', heading: /./ },
  { path: '/exercises', heading: 'Exercises' },
  { path: '/exercises/bird-dog', heading: /Bird-dog/ },
  { path: '/routines/walk-ready', heading: /Walk-ready/ },
] as const;

/** How much wider than the viewport the document is, and what sticks out, for the message. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.getClientRects().length > 0)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} (${Math.round(el.getBoundingClientRect().right)} px): ${(el.textContent ?? '').trim().slice(0, 40)}`);
    return { extra: document.documentElement.scrollWidth - width, wide };
  });
}

async function expectFits(page: Page, what: string) {
  const { extra, wide } = await overflow(page);
  expect.soft(extra, `${what} is ${extra} px wider than the viewport: ${wide.join('; ')}`).toBeLessThanOrEqual(0);
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no route is wider than a ${viewport.width}×${viewport.height} phone (${colorScheme})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await startWithSuggestedPlan(page);
      for (const route of [...ROUTES, ...EXTRA_ROUTES]) {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1, name: route.heading }).first()).toBeVisible();
        // Loaded, not only the shell: data screens show their content after the page.
        await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
        await expectFits(page, `${route.path} at ${viewport.width} px`);
      }
    });
  }
}

for (const width of [320, 360, 390] as const) {
  test(`settings fits ${width} px with text at twice its size`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/settings');
    await expect(page.getByRole('button', { name: 'Back up your data to a file' })).toBeVisible();
    await expectFits(page, `/settings at ${width} px`);
    // Text zoom: the root font size doubles, as a browser's "text size 200%" does.
    // Through the CSSOM: the page's Content-Security-Policy refuses an inline <style>.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    await expectFits(page, `/settings at ${width} px with 200% text`);
  });
}
