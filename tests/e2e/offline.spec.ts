import { expect, ROUTES, test, waitForServiceWorker } from './fixtures';

test('after the first visit every route works offline, by reload and by navigation', async ({ page, context, guard }) => {
  // Chromium logs failed network fetches that the service worker then answers from cache.
  guard.allowConsoleError('net::ERR_INTERNET_DISCONNECTED');
  await page.goto('/');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await expect(page.getByText('Offline — everything still works')).toBeVisible();
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
  }

  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const route of ROUTES.filter((r) => !('outsideNav' in r))) {
    await nav.getByRole('link', { name: route.heading }).click();
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${route.path === '/' ? '/$' : route.path}$`));
  }

  // Pages off the main nav, reached by a link.
  for (const extra of [{ path: '/walk-test', heading: 'Walking test' }]) {
    await page.goto(extra.path);
    await expect(page.getByRole('heading', { level: 1, name: extra.heading })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: extra.heading })).toBeVisible();
  }

  await page.goto('/nowhere-offline');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText('Offline — everything still works')).toBeHidden();
});

test('when the service worker cannot register, that is logged once and the app still works online', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning' && msg.text().includes('service worker registration failed')) warnings.push(msg.text());
  });
  await page.addInitScript(() => {
    ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('Blocked for the test', 'SecurityError'));
  });
  await page.goto('/');
  await expect.poll(() => warnings.length).toBe(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
  expect(warnings).toHaveLength(1);
});
