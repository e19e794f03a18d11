import { exercises, routines } from '../../lib/content';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './fixtures';

const drawing = (figure: import('@playwright/test').Locator) => figure.locator('path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join('|'));

/** Resolves after the page has painted `count` more frames: time passing as the page sees it. */
const frames = (page: import('@playwright/test').Page, count: number) =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    count,
  );

// One test per exercise, so no test grows with the library and a failure names the exercise.
for (const exercise of exercises) {
  test(`${exercise.id}: the exercise page shows an animated figure that moves`, async ({ page }) => {
    await page.goto(`/exercises/${exercise.id}`);
    await expect(page.getByRole('heading', { level: 1, name: exercise.name })).toBeVisible();
    const figure = page.getByRole('img', { name: exercise.figureAlt });
    await expect(figure).toBeVisible();
    // The limbs' paths must change while the loop plays.
    const first = await drawing(figure);
    await expect.poll(() => drawing(figure), { message: `${exercise.id} figure moves` }).not.toBe(first);
  });

  test(`${exercise.id}: with reduced motion, the key poses are shown side by side and stay still`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/exercises/${exercise.id}`);
    const still = page.locator('.exercise-figure[data-mode="still"]');
    await expect(still).toBeVisible();
    await expect(still.getByRole('img')).toHaveCount(exercise.poses.length);
    for (const label of exercise.poseLabels) await expect(still).toContainText(label);
    const before = await drawing(still);
    await frames(page, 30);
    expect(await drawing(still)).toBe(before);
  });
}

test('routine pages list exercises with the computed total time and start the player', async ({ page }) => {
  await page.goto('/routines');
  for (const routine of routines) await expect(page.getByRole('heading', { level: 2, name: routine.name, exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Walk-ready' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Walk-ready' })).toBeVisible();
  await expect(page.getByText('about 10 min')).toBeVisible();
  await page.getByRole('link', { name: 'Start Walk-ready' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.goto('/routines');
  await page.getByRole('link', { name: 'Browse every exercise' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
});

// One test per page and colour scheme: axe over every page in one test ran past the timeout
// on a busy machine. Dark mode is checked on the library and the first routines.
const AXE_PATHS = ['/exercises', ...routines.map((r) => `/routines/${r.id}`), ...exercises.map((e) => `/exercises/${e.id}`)];
for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of colorScheme === 'light' ? AXE_PATHS : AXE_PATHS.slice(0, 4)) {
    test(`axe finds no violations on ${path} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

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
