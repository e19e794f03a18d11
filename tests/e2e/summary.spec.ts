// The session summary on a phone, light and dark: a short routine run to its end, rated Hard
// with tightness 8, says it will step back and offers the safety questions — not "Well done".
import { expect, expectNoAxeViolations, test } from './fixtures';

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
      await expect(headline).toHaveText('Thank you for being honest — let’s go gentler');
      await expect(page.getByText('It felt hard and your back is at 8 out of 10, so next time each exercise steps back a little.')).toBeVisible();
      await expect(page.getByText('Forearm plank steps back to 15 s next time — it felt hard.')).toBeVisible();
      const check = page.getByRole('link', { name: 'Answer the safety questions' });
      await expect(check).toBeVisible();
      await expect(check).toHaveAttribute('href', '/safety#screening');
      await expect(page.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible();

      await expectNoAxeViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`summary-390-${colorScheme}.png`), fullPage: true });
      await page.setViewportSize({ width: 320, height: 700 });
      await page.screenshot({ path: testInfo.outputPath(`summary-320-${colorScheme}.png`), fullPage: true });
      // Nothing spills sideways at 320 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  });
}
