// One tap, one record: a double click on a button that creates a record writes it once.
// (Adding a plan entry with a double tap is in plan-add.spec.ts.)
import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';

const count = async (page: Page, store: string) => (await readStore(page, store)).length;

test('a double click on "Done elsewhere" and on "Save check-in" saves one record each', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
  const done = page.getByRole('button', { name: 'Mark Walk-ready as done' });
  await done.scrollIntoViewIfNeeded();
  await done.dblclick();
  await expect(page.locator('.due-item[data-status="done"]')).toHaveCount(1);
  await expect.poll(() => count(page, 'sessions')).toBe(1);

  const tightness = page.getByLabel('How tight is your back right now? (0–10)');
  await tightness.fill('4');
  await page.getByRole('button', { name: 'Save check-in' }).dblclick();
  await expect(page.getByText('Saved: 4 out of 10.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  await expect.poll(() => count(page, 'checkIns')).toBe(1);
  // A later press with a new number is a new check-in.
  await tightness.fill('3');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Saved: 3 out of 10.')).toBeVisible();
  await expect.poll(() => count(page, 'checkIns')).toBe(2);
  expect(await count(page, 'sessions')).toBe(1);
});

test('a double click on "Save walk" saves one walk', async ({ page }) => {
  await page.goto('/relief');
  const log = page.getByRole('region', { name: 'Walk log' });
  await log.getByRole('button', { name: 'Start a walk' }).click();
  await log.getByRole('button', { name: 'End walk' }).click();
  await log.getByRole('button', { name: 'Save walk' }).dblclick();
  await expect(log.getByRole('button', { name: 'Start a walk' })).toBeVisible();
  await expect.poll(() => count(page, 'walks')).toBe(1);
});
