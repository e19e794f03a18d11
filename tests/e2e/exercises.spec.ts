import { exercises, routines } from '../../lib/content';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './fixtures';

const figurePath = (page: import('@playwright/test').Page) => page.locator('.exercise-figure svg path').nth(1);

test('every exercise page shows an animated figure that moves', async ({ page }) => {
  for (const exercise of exercises) {
    await page.goto(`/exercises/${exercise.id}`);
    await expect(page.getByRole('heading', { level: 1, name: exercise.name })).toBeVisible();
    const figure = page.getByRole('img', { name: exercise.figureAlt });
    await expect(figure).toBeVisible();
    // Sample the drawing over a loop: the limbs' paths must change.
    const samples = new Set<string>();
    for (let i = 0; i < 20 && samples.size < 2; i++) {
      const ds = await figure.locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join('|'));
      samples.add(ds);
      await page.waitForTimeout(250);
    }
    expect(samples.size, `${exercise.id} figure moves`).toBeGreaterThan(1);
  }
});

test('with reduced motion, the key poses are shown side by side and stay still', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const exercise of exercises) {
    await page.goto(`/exercises/${exercise.id}`);
    const still = page.locator('.exercise-figure[data-mode="still"]');
    await expect(still).toBeVisible();
    await expect(still.getByRole('img')).toHaveCount(exercise.poses.length);
    for (const label of exercise.poseLabels) await expect(still).toContainText(label);
    const before = await still.locator('path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join('|'));
    await page.waitForTimeout(600);
    const after = await still.locator('path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join('|'));
    expect(after).toBe(before);
  }
});

test.describe('first load', () => {
  // The service worker would answer from its cache; this test is about the network.
  test.use({ serviceWorkers: 'block' });

  test('the animation features are not part of the first load', async ({ page, guard }) => {
  // Let through only the scripts the HTML itself names; everything loaded later is refused.
  guard.allowConsoleError(/Failed to load|ChunkLoadError|Loading chunk/);
  guard.allowConsoleError(/net::ERR_FAILED/);
  await page.goto('/exercises/bird-dog');
  const firstLoad = new Set(await page.locator('script[src]').evaluateAll((s) => s.map((el) => new URL((el as HTMLScriptElement).src).pathname)));
  const context = page.context();
  await context.route('**/_next/static/chunks/*.js', (route) => {
    const path = new URL(route.request().url()).pathname;
    return firstLoad.has(path) ? route.continue() : route.abort();
  });
  page.on('pageerror', () => {});
  const refused: string[] = [];
  page.on('requestfailed', (r) => refused.push(r.url()));
  await page.reload();
  const figure = page.getByRole('img', { name: exercises.find((e) => e.id === 'bird-dog')!.figureAlt });
  await expect(figure).toBeVisible();
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  const before = await figurePath(page).getAttribute('d');
  await page.waitForTimeout(1200);
  // Without the lazily loaded features the figure stays in its first pose.
  expect(await figurePath(page).getAttribute('d')).toBe(before);
  });
});

test('routine pages list exercises with the computed total time and start the player', async ({ page }) => {
  await page.goto('/routines');
  for (const routine of routines) await expect(page.getByRole('heading', { level: 2, name: routine.name })).toBeVisible();
  await page.getByRole('link', { name: 'Walk-ready' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Walk-ready' })).toBeVisible();
  await expect(page.getByText('about 10 min')).toBeVisible();
  await page.getByRole('link', { name: 'Start Walk-ready' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.goto('/routines');
  await page.getByRole('link', { name: 'Browse every exercise' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
});

test('axe finds no violations on the library, routine and exercise pages', async ({ page }) => {
  const paths = ['/exercises', ...routines.map((r) => `/routines/${r.id}`), ...exercises.map((e) => `/exercises/${e.id}`)];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of colorScheme === 'light' ? paths : paths.slice(0, 4)) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  }
});

test('unknown exercise and routine ids show the 404 page', async ({ page, guard }) => {
  guard.allowConsoleError('status of 404');
  for (const path of ['/exercises/moonwalk', '/routines/nope']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
});

test('exercise and routine pages work offline after the first visit', async ({ page, context, guard }) => {
  guard.allowConsoleError('net::ERR_INTERNET_DISCONNECTED');
  await page.goto('/routines');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/exercises/forearm-plank');
  await expect(page.getByRole('heading', { level: 1, name: 'Forearm plank' })).toBeVisible();
  await page.goto('/routines/hamstrings');
  await page.getByRole('link', { name: exercises.find((e) => e.id === 'hamstring-lying-strap')!.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(exercises.find((e) => e.id === 'hamstring-lying-strap')!.name);
  await page.getByRole('link', { name: 'Exercises' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
});

test('the app setting "Always show still pictures" shows still poses on exercise pages too', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('switch', { name: 'Always show still pictures instead of animations' }).check();
  await page.goto('/exercises/bird-dog');
  await expect(page.locator('.exercise-figure[data-mode="still"]')).toBeVisible();
  await page.goto('/settings');
  await page.getByRole('switch', { name: 'Always show still pictures instead of animations' }).uncheck();
  await page.goto('/exercises/bird-dog');
  await expect(page.locator('.exercise-figure[data-mode="animated"]')).toBeVisible();
});
