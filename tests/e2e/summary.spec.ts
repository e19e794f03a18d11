// The session summary on a phone, light and dark: a short routine run to its end, rated Hard
// with tightness 8, says it will step back and offers the safety questions — not "Well done".
import { expect, expectNoAxeViolations, startWithSuggestedPlan, test } from './fixtures';

const T0 = new Date('2026-11-25T07:30:00').getTime();

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} on a 390×844 phone`, () => {
    test.use({ colorScheme, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test(`a hard session at tightness 8 steps back and offers the safety check (${colorScheme})`, async ({ page }, testInfo) => {
      await page.clock.install({ time: T0 });
      await page.goto('/session?routine=core');
      await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
      await page.clock.pauseAt(T0 + 60_000);
      await page.getByRole('button', { name: 'Start' }).click();
      // A locked phone: the whole routine has passed.
      await page.clock.fastForward(10 * 60_000);

      const headline = page.getByRole('heading', { level: 1 });
      await expect(headline).toHaveText('Well done');
      await expect(page.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'Forearm plank:' }).first()).toHaveText('Forearm plank: 3 × 20 s');

      await page.getByRole('group', { name: /How hard did that feel/ }).getByRole('radio', { name: 'Hard' }).check();
      const tightness = page.getByRole('slider', { name: /How tight is your back now/ });
      await tightness.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(tightness).toHaveAttribute('aria-valuetext', '8 out of 10');

      await expect(headline).not.toHaveText(/well done/i);
      await expect(headline).toHaveText('Let’s go gentler next time');
      await expect(page.getByText('It felt hard and your back is at 8 out of 10, so next time each exercise steps back a little.')).toBeVisible();
      await expect(page.getByText('Forearm plank steps back to 15 s next time — it felt hard.')).toBeVisible();
      const check = page.getByRole('link', { name: 'Answer the safety questions' });
      await expect(check).toBeVisible();
      await expect(check).toHaveAttribute('href', '/safety#screening');
      await expect(page.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible();

      // axe needs timers; the session is over, so time may run again.
      await page.clock.resume();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`summary-390-${colorScheme}.png`), fullPage: true });
      await page.setViewportSize({ width: 320, height: 700 });
      await page.screenshot({ path: testInfo.outputPath(`summary-320-${colorScheme}.png`), fullPage: true });
      // Nothing spills sideways at 320 px.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('.summary *')].filter((el) => el.getBoundingClientRect().right > 320).map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(wide).toEqual([]);
    });

    test(`with a plan: each exercise rated, and the streak as Today shows it (${colorScheme})`, async ({ page }, testInfo) => {
      await page.clock.install({ time: T0 });
      await startWithSuggestedPlan(page);
      await page.goto('/session?routine=core-glutes');
      await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
      await page.clock.pauseAt(T0 + 60_000);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.fastForward(10 * 60_000);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Well done');
      await expect(page.getByText('Bird-dog: 8 reps each side')).toBeVisible();
      await expect(page.getByText('Glute bridge: 2 × 10 reps')).toBeVisible();
      const streak = page.getByRole('region', { name: 'Your streak' });
      // Wednesday's suggested plan has walk-ready as well.
      await expect(streak).toContainText('1 more planned routine today, and the day counts towards your streak.');

      await page.getByRole('group', { name: /How hard did that feel/ }).getByRole('radio', { name: 'About right' }).check();
      await page.getByText('Rate each exercise (optional)').click();
      await page.getByRole('group', { name: 'Bird-dog' }).getByRole('radio', { name: 'Hard' }).check();
      await page.getByRole('group', { name: 'Glute bridge' }).getByRole('radio', { name: 'Easy' }).check();
      await expect(page.getByText('Bird-dog steps back to 6 reps next time — you found it hard.')).toBeVisible();
      await expect(page.getByText('Glute bridge stays at 10 reps; one more easy session and it goes up.')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible();
      const stat = async (scope: import('@playwright/test').Locator, label: string) =>
        scope.locator('.stat', { hasText: label }).locator('.stat-value').textContent();
      const shown = { streak: await stat(streak, 'day streak'), week: await stat(streak, 'days done this week') };

      await page.clock.resume();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`summary-plan-390-${colorScheme}.png`), fullPage: true });

      await page.getByRole('link', { name: 'Back to Today' }).click();
      const glance = page.getByRole('region', { name: 'At a glance' });
      await expect(glance.locator('.stat').first()).toBeVisible();
      expect({ streak: await stat(glance, 'day streak'), week: await stat(glance, 'days done this week') }).toEqual(shown);
    });
  });
}
