// The welcome questions against the real build on a phone: the answers choose the plan shown,
// that plan is the one saved (Today and Plan show it), the screening cards keep each question
// inside its card, nothing is wider than the screen, and axe finds nothing, light and dark.
import type { Page } from '@playwright/test';
import { SCREENING_QUESTIONS } from '../../lib/safety/screening';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Wednesday 25 November 2026, 06:00 local time.
const WEDNESDAY_6AM = new Date('2026-11-25T06:00:00');

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
] as const;

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.document, 'document width').toBeLessThanOrEqual(widths.viewport);
}

/** Every screening question sits inside its card: below the card's top border and padding, within its sides. */
async function expectQuestionsInsideCards(page: Page) {
  const cards = page.locator('fieldset.question');
  await expect(cards).toHaveCount(SCREENING_QUESTIONS.length);
  const outside = await cards.evaluateAll((fieldsets) =>
    fieldsets.flatMap((card, i) => {
      const legend = card.querySelector('legend');
      if (!legend) return [`card ${i + 1} has no question`];
      const c = card.getBoundingClientRect();
      const l = legend.getBoundingClientRect();
      const style = getComputedStyle(card);
      const top = c.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) - 0.5;
      const left = c.left + parseFloat(style.borderLeftWidth);
      const right = c.right - parseFloat(style.borderRightWidth);
      return l.top >= top && l.left >= left && l.right <= right ? [] : [`card ${i + 1}: question at ${l.top}–${l.right}, card inside from ${top}, ${left}–${right}`];
    }),
  );
  expect(outside).toEqual([]);
}

async function answerScreeningNo(page: Page) {
  for (const q of SCREENING_QUESTIONS) await page.getByRole('group', { name: q.question }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByRole('heading', { name: 'No warning signs today' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
}

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

for (const colorScheme of ['light', 'dark'] as const) {
  for (const phone of PHONES) {
    const size = `${phone.width}×${phone.height}, ${colorScheme}`;

    test(`stenosis-type tightness and one morning routine: the plan shown is Walk-ready at the typed time with its props, and Today and Plan show it (${size})`, async ({ page }) => {
      await page.setViewportSize(phone);
      await page.emulateMedia({ colorScheme });
      await page.clock.install({ time: WEDNESDAY_6AM });
      await page.goto('/welcome');

      await page.getByRole('radio', { name: 'My back tightens when I walk', exact: true }).check();
      await page.getByRole('group', { name: /does it ease if you sit down or lean forward/ }).getByRole('radio', { name: 'Yes' }).check();
      await page.getByLabel(/how many minutes can you walk/i).fill('10');
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await shot(page, '1-about');
      await page.getByRole('button', { name: 'Next' }).click();

      await expect(page.getByRole('heading', { name: 'First, a safety check' })).toBeVisible();
      await expectQuestionsInsideCards(page);
      await expectNoSidewaysScroll(page);
      await shot(page, '2-screening');
      await answerScreeningNo(page);

      await expect(page.getByRole('heading', { name: 'Your starting plan' })).toBeVisible();
      await expect(page.getByRole('radio', { name: /One routine a day/ })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'Morning' })).toBeChecked();
      const time = page.getByLabel('Start time');
      await expect(time).toHaveValue('07:30');
      await time.fill('07:45');
      const preview = page.getByRole('region', { name: 'Your plan' });
      await expect(preview.getByRole('listitem')).toHaveCount(1);
      await expect(preview.getByRole('listitem')).toContainText(['07:45Walk-readyEvery day, about 10 min']);
      await expect(preview).toContainText('You will need: a mat or a rug on the floor; a cushion or folded towel to kneel on; a strap, belt or towel.');
      await expect(preview).toContainText('Your back eases when you sit or lean forward.');
      await expect(preview).toContainText('Reminders: off.');
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await shot(page, '3-plan');
      await page.getByRole('button', { name: 'Start using Backstride' }).click();

      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
      const items = page.locator('.due-item');
      await expect(items).toHaveCount(1);
      await expect(items).toContainText('Walk-ready');
      await expect(items).toContainText('07:45');
      await expectNoSidewaysScroll(page);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
      const entries = page.locator('.plan-entry');
      await expect(entries).toHaveCount(1);
      await expect(entries.getByLabel('Routine')).toHaveValue('walk-ready');
      await expect(entries.getByLabel('Time')).toHaveValue('07:45');
      for (const day of ['Monday', 'Wednesday', 'Sunday']) await expect(entries.getByRole('button', { name: day })).toHaveAttribute('aria-pressed', 'true');
    });
  }
}

test('desk stiffness, a fuller week at midday with reminders: the preview and Today agree (390×844)', async ({ page }) => {
  await page.setViewportSize(PHONES[0]);
  await page.clock.install({ time: WEDNESDAY_6AM });
  await page.goto('/welcome');
  await page.getByRole('radio', { name: /at a desk or in the car/ }).check();
  await expect(page.getByRole('group', { name: /does it ease if you sit down or lean forward/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
  await answerScreeningNo(page);
  await page.getByRole('radio', { name: /A fuller week/ }).check();
  await page.getByRole('radio', { name: 'Midday' }).check();
  await expect(page.getByLabel('Start time')).toHaveValue('12:30');
  await page.getByRole('checkbox', { name: 'Remind me when each routine is due' }).check();
  const preview = page.getByRole('region', { name: 'Your plan' });
  await expect(preview.getByRole('listitem')).toHaveText([
    /^12:30Core \+ hip flexors: plank and hip-flexor stretchEvery day/,
    /^12:35Core \+ glutes: bird-dog and bridgeMonday, Wednesday and Friday/,
    /^12:35Hamstring stretchTuesday, Thursday, Saturday and Sunday/,
  ]);
  await expect(preview).toContainText('Reminders: a notification at each time.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start using Backstride' }).click();

  // Wednesday: the daily routine and Monday–Wednesday–Friday's bird-dog and bridge.
  const items = page.locator('.due-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('12:30');
  await expect(items.nth(0)).toContainText('Core + hip flexors');
  await expect(items.nth(1)).toContainText('12:35');
  await expect(items.nth(1)).toContainText('Core + glutes');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page.locator('.plan-entry')).toHaveCount(3);
  for (const entry of await page.locator('.plan-entry').all()) await expect(entry.getByRole('checkbox', { name: 'Remind me' })).toBeChecked();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of [...PHONES, { width: 1280, height: 900 }]) {
    test(`/safety: each screening question sits inside its card, and axe finds nothing (${viewport.width}×${viewport.height}, ${colorScheme})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto('/safety');
      await expect(page.getByRole('group', { name: SCREENING_QUESTIONS[0].question })).toBeVisible();
      await expectQuestionsInsideCards(page);
      await expectNoSidewaysScroll(page);
      await page.getByRole('group', { name: SCREENING_QUESTIONS[0].question }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath('safety-screening.png') });
      if (viewport.width !== 1280) await expectNoAxeViolations(page);
    });
  }
}
