// Issue 13's two weeks, seeded into IndexedDB: Today and Progress say the same streak and
// the same reason for it, and Today never calls a broken streak "safe".
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { mainRightEdge } from './layout';
import { TWO_WEEKS_EXPECTED, TWO_WEEKS_PLAN, twoWeeksMarks, twoWeeksSessions } from '../fixtures/two-weeks';

// Saturday 28 November 2026, 09:00 local time: the day after the missed Friday bird-dog.
const SATURDAY_9AM = new Date('2026-11-28T09:00:00');

async function seedTwoWeeks(page: Page) {
  await page.clock.install({ time: SATURDAY_9AM });
  await page.goto('/');
  await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
  await expect(page.locator('.due-item').first()).toBeVisible();
  await page.evaluate(
    ({ plan, sessions, marks }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstride');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['plan', 'sessions', 'dayMarks'], 'readwrite');
          tx.objectStore('plan').clear();
          for (const entry of plan) tx.objectStore('plan').put(entry);
          for (const session of sessions) tx.objectStore('sessions').put(session);
          for (const mark of marks) tx.objectStore('dayMarks').put(mark);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { plan: TWO_WEEKS_PLAN, sessions: twoWeeksSessions(), marks: twoWeeksMarks() },
  );
  await page.reload();
}

const statValue = (page: Page, label: string) => page.locator('.stat').filter({ hasText: label }).locator('.stat-value');

for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`Today and Progress agree on the streak and say why (${viewport.width}×${viewport.height}, ${colorScheme})`, async ({ page }) => {
      // Many steps and four axe runs: on a busy 2-core machine this takes over a minute.
      test.slow();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await seedTwoWeeks(page);

      // Today: the numbers, the reason right under them, and no "safe" beside a 0.
      await expect(statValue(page, 'day streak')).toHaveText(String(TWO_WEEKS_EXPECTED.current));
      await expect(statValue(page, 'best streak')).toHaveText(String(TWO_WEEKS_EXPECTED.longest));
      const todayWhy = page.getByTestId('streak-why');
      await expect(todayWhy).toContainText(TWO_WEEKS_EXPECTED.why);
      await expect(todayWhy).toContainText(TWO_WEEKS_EXPECTED.excusedText);
      await expect(page.getByText(`Today is marked as a skip day. ${TWO_WEEKS_EXPECTED.todayMark}`)).toBeVisible();
      await expect(page.getByText(/streak is safe/)).toHaveCount(0);
      await todayWhy.getByText('How the streak works').click();
      await expect(todayWhy.getByText('Rest days never break it.')).toBeVisible();
      expect(await mainRightEdge(page)).toBeLessThanOrEqual(viewport.width);
      await expectNoAxeViolations(page);
      if (colorScheme === 'light') await page.screenshot({ path: `test-results/streak-today-${viewport.width}.png`, fullPage: true });

      // Progress: the same numbers and the same sentence.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Streak and habit strength' })).toBeVisible();
      await expect(statValue(page, 'day streak')).toHaveText(String(TWO_WEEKS_EXPECTED.current));
      await expect(statValue(page, 'best streak')).toHaveText(String(TWO_WEEKS_EXPECTED.longest));
      await expect(statValue(page, 'habit strength')).toHaveText(`${TWO_WEEKS_EXPECTED.strength} %`);
      const progressWhy = page.getByTestId('streak-why');
      await expect(progressWhy).toContainText(TWO_WEEKS_EXPECTED.why);
      await expect(progressWhy).toContainText(TWO_WEEKS_EXPECTED.excusedText);
      // The three flare days whose gentle reset was done read as done in the calendar.
      await expect(page.getByRole('gridcell', { name: 'Tuesday 24 November: done' })).toBeAttached();
      expect(await mainRightEdge(page)).toBeLessThanOrEqual(viewport.width);
      await expectNoAxeViolations(page);
      if (colorScheme === 'light') await page.screenshot({ path: `test-results/streak-progress-${viewport.width}.png`, fullPage: true });
    });
  }
}
