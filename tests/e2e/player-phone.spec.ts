// The player on a 390×844 touch phone, light and dark: followable from a mat two metres away.
// One "Up next" line only while waiting, digits of at least 96 px, controls on screen without
// scrolling, an unmistakable Paused, no keyboard hints on touch, voice on by default, no axe
// violations. SHOTS=dir also saves a screenshot of every phase (and paused) at 390×844 and 320×640.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const T0 = new Date('2026-11-25T07:30:00').getTime();
const START_AT = T0 + 60_000;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

const upNext = (page: Page) => page.getByText(/^Up next:/);
const word = (page: Page) => page.locator('.player[data-status] .player-title');
const live = (page: Page) => page.locator('[aria-live="polite"]');

async function start(page: Page, routine: string) {
  await page.clock.install({ time: T0 });
  await page.goto(`/session?routine=${routine}`);
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.clock.pauseAt(START_AT);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(word(page)).toHaveText('Get ready');
}

/** Every control's box lies inside the viewport, with the page not scrolled. */
async function controlsOnScreen(page: Page) {
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const height = page.viewportSize()!.height;
  for (const name of ['Back', 'Pause', 'Skip', 'End']) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.y + box!.height, `${name} is on screen`).toBeLessThanOrEqual(height);
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`on a phone (${colorScheme})`, () => {
    test.use({ ...PHONE, colorScheme });

    test('exactly one Up next line while waiting, none during work; done on the last exercise', async ({ page }) => {
      await start(page, 'core-glutes');
      await expect(upNext(page)).toHaveCount(1);
      await expect(upNext(page)).toHaveText('Up next: Glute bridge');
      await expect(page.getByText(/Next up|Next:/)).toHaveCount(0);
      await expect(page.locator('.player[data-status] .player-instruction')).toHaveText('Get onto all fours on the mat: left arm and right leg first');

      await page.clock.runFor(15_000);
      await expect(word(page)).toHaveText('Hold');
      await expect(page.locator('.player[data-status] .player-instruction')).toHaveText('Left arm and right leg');
      await expect(page.locator('.player[data-status] .player-count')).toHaveText('Rep 1 of 8 · Set 1 of 2');
      await expect(upNext(page)).toHaveCount(0);
      await controlsOnScreen(page);

      // The last bird-dog rep of set 1, then its rest.
      for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Skip' }).click();
      await expect(word(page)).toHaveText('Rest');
      await expect(upNext(page)).toHaveCount(1);
      await expect(upNext(page)).toHaveText('Up next: Glute bridge');
      await expect(page.locator('.player[data-status] .player-count')).toHaveText('Set 2 of 2 next');
      await controlsOnScreen(page);

      // On to the glute bridge, the last exercise: its rest says what comes after it.
      while ((await page.locator('.player[data-status] .player-exercise').textContent()) !== 'Glute bridge') await page.getByRole('button', { name: 'Skip' }).click();
      await expect(upNext(page)).toHaveText('Up next: done — rate your session');
      while ((await word(page).textContent()) !== 'Rest') await page.getByRole('button', { name: 'Skip' }).click();
      await expect(upNext(page)).toHaveCount(1);
      await expect(upNext(page)).toHaveText('Up next: done — rate your session');
    });

    test('the countdown digits are at least 96 px, in a ring, with the controls on screen', async ({ page }) => {
      await start(page, 'core');
      await page.clock.runFor(15_000);
      await expect(word(page)).toHaveText('Hold');
      const timer = page.getByRole('timer');
      await expect(timer).toHaveText('20');
      const size = await timer.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(96);
      const ring = await page.locator('.player[data-status] .countdown').boundingBox();
      const digits = await timer.boundingBox();
      // The digits sit inside their ring, and the ring is at least a third of the screen wide.
      expect(digits!.x).toBeGreaterThan(ring!.x);
      expect(digits!.x + digits!.width).toBeLessThan(ring!.x + ring!.width);
      expect(ring!.width).toBeGreaterThanOrEqual(390 / 3);
      await expect(page.locator('.player[data-status] .player-figure')).toBeVisible();
      await controlsOnScreen(page);
    });

    test('paused is visible and announced, and the countdown stands still', async ({ page }) => {
      await start(page, 'core');
      await page.clock.runFor(15_000 + 8_100);
      await expect(page.getByRole('timer')).toHaveText('12');
      await page.getByRole('button', { name: 'Pause' }).click();
      const label = page.locator('.player[data-status] .countdown').getByText('Paused', { exact: true });
      await expect(label).toBeVisible();
      expect(await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
      await expect(live(page)).toHaveText('Paused.');
      await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
      expect(await page.locator('.player[data-status] .countdown-ring').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThanOrEqual(0.4);
      await page.clock.runFor(30_000);
      await expect(page.getByRole('timer')).toHaveText('12');
      await page.getByRole('button', { name: 'Resume' }).click();
      await expect(label).toHaveCount(0);
      await expect(live(page)).toHaveText('Forearm plank. Hold 20 seconds.');
    });

    test('no keyboard hints on a touch-only phone', async ({ page }) => {
      await page.goto('/session?routine=core');
      await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
      expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(false);
      await expect(page.getByText(/^Keys:/)).toBeHidden();
    });

    test('voice is on by default on a fresh install; the first session asks once, with a test sound', async ({ page }) => {
      await page.addInitScript(() => {
        const spoken: string[] = [];
        (window as unknown as { __spoken: string[] }).__spoken = spoken;
        SpeechSynthesis.prototype.speak = function (utterance: SpeechSynthesisUtterance) {
          spoken.push(utterance.text);
        };
        SpeechSynthesis.prototype.cancel = function () {};
      });
      const spoken = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
      await page.goto('/settings');
      await expect(page.getByRole('switch', { name: 'Spoken cues (voice)' })).toBeChecked();
      await expect(page.getByRole('switch', { name: 'Sound (beeps)' })).toBeChecked();
      await expect(page.getByRole('switch', { name: 'Vibration' })).toBeChecked();

      await page.goto('/session?routine=hip-flexors');
      const ask = page.getByRole('region', { name: 'Spoken cues are on' });
      await expect(ask).toBeVisible();
      await expectNoAxeViolations(page);
      await ask.getByRole('button', { name: 'Test sound' }).click();
      await expect.poll(spoken).toEqual(['Get ready for Half-kneeling hip-flexor stretch. Kneel on the cushion: left knee down, right foot forward.']);
      await ask.getByRole('button', { name: 'Keep voice on' }).click();
      await expect(ask).toBeHidden();
      // Asked once: not again.
      await page.reload();
      await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
      await expect(page.getByRole('region', { name: /Spoken cues are/ })).toHaveCount(0);

      await page.getByRole('button', { name: 'Start' }).click();
      await expect.poll(spoken).toContain('Get ready for Half-kneeling hip-flexor stretch. Kneel on the cushion: left knee down, right foot forward.');
    });

    test('axe finds no violations before, paused, during work, in rest and switching sides', async ({ page }) => {
      // Axe needs the page's timers, so the clock runs: the session waits paused instead.
      test.slow();
      await page.goto('/session?routine=hip-flexors');
      await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
      await expectNoAxeViolations(page);
      for (const expected of ['Hold', 'Rest', 'Hold', 'Switch sides']) {
        await page.getByRole('button', { name: 'Skip' }).click();
        await expect(word(page)).toHaveText(expected);
        if (expected !== 'Hold') await expectNoAxeViolations(page);
      }
      await page.getByRole('button', { name: 'Skip' }).click();
      await expect(word(page)).toHaveText('Hold');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(page.locator('.player[data-status] .player-instruction')).toHaveText('Right knee down, left foot forward');
      await expect(upNext(page)).toHaveText('Up next: done — rate your session');
    });
  });
}

test('keyboard hints show with a mouse and keyboard', async ({ page }) => {
  await page.goto('/session?routine=core');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(true);
  await expect(page.getByText(/^Keys:/)).toBeVisible();
});

const SHOTS = process.env.SHOTS;
test.describe('screenshots for review', () => {
  test.skip(!SHOTS, 'set SHOTS=<dir> to save them');
  for (const size of [PHONE.viewport, { width: 320, height: 640 }, { width: 844, height: 390 }]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${size.width}×${size.height} ${colorScheme}`, async ({ browser }) => {
        const context = await browser.newContext({ ...PHONE, viewport: size, colorScheme });
        const page = await context.newPage();
        const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${size.width}x${size.height}-${colorScheme}-${name}.png` });
        await page.clock.install({ time: T0 });
        await page.goto('/session?routine=walk-ready');
        await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
        await page.clock.pauseAt(START_AT);
        await shot('0-idle');
        await page.getByRole('button', { name: 'Start' }).click();
        await shot('1-get-ready');
        await page.clock.runFor(15_500);
        await shot('2-hold-bird-dog');
        await page.getByRole('button', { name: 'Pause' }).click();
        await shot('3-paused');
        await page.getByRole('button', { name: 'Resume' }).click();
        for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Skip' }).click();
        await shot('4-rest');
        while ((await word(page).textContent()) !== 'Switch sides') await page.getByRole('button', { name: 'Skip' }).click();
        await shot('5-switch-sides');
        await context.close();
      });
    }
  }
});
