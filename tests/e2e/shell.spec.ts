import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { expect, expectNoAxeViolations, ROUTES, test } from './fixtures';

test('every route renders its screen with a matching title and heading', async ({ page }) => {
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await expect(page).toHaveTitle(`${route.heading} · Backstride`);
  }
});

// One test per route and scheme: a loop over every route in one test ran past the test timeout
// on a busy machine, and a failure here names its route.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const route of [...ROUTES, { path: '/no-such-page', heading: 'Page not found' }]) {
    test(`axe finds no violations on ${route.path} (${colorScheme})`, async ({ page, guard }) => {
      // The missing page is answered with a 404 status, which the browser logs.
      if (route.path === '/no-such-page') guard.allowConsoleError(/status of 404/);
      await page.emulateMedia({ colorScheme });
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

test('the skip link and the navigation work by keyboard', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const nav = page.getByRole('navigation', { name: 'Main' });
  const progress = nav.getByRole('link', { name: 'Progress' });
  await progress.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Progress' })).toHaveAttribute('aria-current', 'page');
});

test('phones get a bottom tab bar, wide screens a side navigation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const phoneBox = await nav.boundingBox();
  expect(phoneBox!.y + phoneBox!.height).toBeCloseTo(844, 0);
  expect(phoneBox!.width).toBeCloseTo(390, 0);
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeHidden();
  await page.getByRole('navigation', { name: 'Help and settings' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  const wideBox = await nav.boundingBox();
  expect(wideBox!.x).toBe(0);
  expect(wideBox!.height).toBeCloseTo(800, 0);
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
});

test('unknown addresses get a styled 404 page that links home', async ({ page, guard }) => {
  guard.allowConsoleError('status of 404');
  await page.goto('/definitely/not/here');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('the manifest parses, its icons exist at their declared sizes, and Chromium deems the app installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: expect.any(String), short_name: 'Backstride', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#/);
  expect(manifest.background_color).toMatch(/^#/);
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const response = await request.get(icon.src);
    expect(response.ok()).toBe(true);
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(apple!)).ok()).toBe(true);

  // Installability is only judged outside incognito, so this part uses a persistent profile.
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'backstride-install-'));
  const persistent = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath() ?? undefined,
    baseURL: test.info().project.use.baseURL,
  });
  try {
    const installPage = await persistent.newPage();
    await installPage.goto('/');
    const cdp = await persistent.newCDPSession(installPage);
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId), { timeout: 20_000 })
      .toEqual([]);
  } finally {
    await persistent.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
  // The same manifest is in the repository for anyone reading it.
  const local = JSON.parse(await readFile(path.join('public', 'manifest.webmanifest'), 'utf8'));
  expect(local.name).toBe(manifest.name);
});
