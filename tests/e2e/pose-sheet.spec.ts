// The review sheet of every key pose: each exercise's still pictures at phone size, light and
// dark, plus the player's rest poses. Writes PNGs under tests/e2e/__screenshots__/poses/ to be
// looked at; skipped unless asked for, so ordinary test runs leave the tree clean:
//   POSE_SHEET=1 E2E_PORT=4411 npx playwright test tests/e2e/pose-sheet.spec.ts
import { exercises } from '@/lib/content';
import { expect, test } from './fixtures';

const DIR = 'tests/e2e/__screenshots__/poses';

test.skip(!process.env.POSE_SHEET, 'writes the review sheet only when POSE_SHEET is set');

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`pose sheet, ${colorScheme}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, colorScheme, reducedMotion: 'reduce' });

    test('every exercise’s key poses', async ({ page }) => {
      for (const e of exercises) {
        await page.goto(`/exercises/${e.id}`);
        const card = page.locator('.figure-card');
        await expect(card.locator('[data-mode="still"]')).toBeVisible();
        await card.screenshot({ path: `${DIR}/${e.id}-${colorScheme}.png`, animations: 'disabled' });
      }
    });

    test('the player in a bird-dog rep, whole screen', async ({ page }) => {
      await page.goto('/session?routine=core-glutes');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Skip' }).click();
      await page.getByRole('button', { name: 'Skip' }).click();
      await expect(page.locator('.player[data-status] .player-figure svg')).toHaveAttribute('data-moment', 'hold', { timeout: 5000 });
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.screenshot({ path: `${DIR}/player-bird-dog-right-${colorScheme}.png` });
      await page.getByRole('button', { name: 'End', exact: true }).click();
      await page.getByRole('button', { name: 'End session' }).click();
    });

    test('the player’s rest poses', async ({ page }) => {
      for (const [routine, name] of [
        ['core-glutes', 'rest-childs-pose'],
        ['hamstrings', 'rest-lying'],
      ] as const) {
        await page.goto(`/session?routine=${routine}`);
        await page.getByRole('button', { name: 'Start' }).click();
        for (let i = 0; i < 20; i += 1) {
          const phase = await page.locator('.player[data-status] .player-figure svg').getAttribute('data-phase');
          if (phase === 'rest') break;
          await page.getByRole('button', { name: 'Skip' }).click();
        }
        await page.getByRole('button', { name: 'Pause' }).click();
        await page.locator('.player[data-status] .player-figure').screenshot({ path: `${DIR}/${name}-${colorScheme}.png` });
        // End it, so the next routine starts fresh instead of offering to resume this one.
        await page.getByRole('button', { name: 'End', exact: true }).click();
        await page.getByRole('button', { name: 'End session' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();
      }
    });
  });
}
