// Today and the plan editor against real IndexedDB, with a pinned clock.
import { expect, expectNoAxeViolations, test, startWithSuggestedPlan } from './fixtures';

// Wednesday 25 November 2026, 07:00 local time.
const WEDNESDAY_7AM = new Date('2026-11-25T07:00:00');


test('first run gets the starter plan; Today shows what is due in time order', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY_7AM });
  await startWithSuggestedPlan(page);
  const items = page.locator('.due-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('07:30');
  await expect(items.nth(0)).toContainText('Walk-ready');
  await expect(items.nth(0)).toContainText('Later today');
  await expect(items.nth(1)).toContainText('Core + glutes');
  await page.clock.fastForward('45:00');
  await expect(items.nth(0)).toContainText('Due now', { timeout: 40_000 });
  await expectNoAxeViolations(page);
});

test('ticking a routine off marks it done and counts toward the week', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY_7AM });
  await startWithSuggestedPlan(page);
  await page.getByRole('button', { name: 'Mark Walk-ready as done' }).click();
  await expect(page.locator('.due-item').filter({ hasText: 'Walk-ready' })).toContainText('Done');
  // The plan started today, and today counts once it is done.
  await expect(page.locator('.stat').filter({ hasText: 'days done this week' })).toContainText('–');
  await page.getByRole('button', { name: 'Mark Core + glutes: bird-dog and bridge as done' }).click();
  await expect(page.locator('.stat').filter({ hasText: 'day streak' })).toContainText('1');
  await expect(page.locator('.stat').filter({ hasText: 'days done this week' })).toContainText('1/1');
});

test('a flare day switches today to gentle resets, and undo brings the plan back', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY_7AM });
  await startWithSuggestedPlan(page);
  await page.getByRole('button', { name: 'Flare day' }).click();
  await expect(page.getByText('Flare day: today’s plan is gentle resets only.')).toBeVisible();
  await expect(page.locator('.due-item')).toHaveCount(1);
  await expect(page.locator('.due-item')).toContainText('Quick reset');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.due-item')).toHaveCount(2);
});

test('editing the plan persists across reload and shows on Today', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY_7AM });
  await page.goto('/plan');
  const first = page.locator('.plan-entry').first();
  await expect(first.getByLabel('Routine')).toHaveValue('walk-ready');
  await first.getByLabel('Time').fill('06:45');
  await first.getByLabel('Routine').selectOption('hamstrings');
  await first.getByRole('button', { name: 'Wednesday' }).click();
  await expect(first.getByRole('button', { name: 'Wednesday' })).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  const reloaded = page.locator('.plan-entry').filter({ has: page.getByRole('combobox', { name: 'Routine' }).locator('option:checked', { hasText: 'Hamstring stretch' }) }).first();
  await expect(reloaded.getByLabel('Time')).toHaveValue('06:45');
  await expect(reloaded.getByRole('button', { name: 'Wednesday' })).toHaveAttribute('aria-pressed', 'false');

  // Adding goes through a form: nothing is written until it is saved.
  await page.getByRole('button', { name: 'Add a routine' }).click();
  const form = page.getByRole('form', { name: 'Add a routine' });
  await form.getByLabel('Routine').selectOption('quick-reset');
  await expect(form.getByLabel('Time')).toHaveValue('08:00');
  await form.getByRole('button', { name: 'Save to plan' }).click();
  await expect(form).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  // First time on Today: keep the plan just edited.
  await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
  await expect(page.locator('.due-item').filter({ hasText: 'Quick reset' })).toContainText('08:00');
  await expect(page.locator('.due-item').filter({ hasText: 'Hamstring' })).toHaveCount(0);
});

test('bad plan input gets a clear message at the field and is not saved', async ({ page }) => {
  await page.goto('/plan');
  const first = page.locator('.plan-entry').first();
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await first.getByRole('button', { name: day }).click();
  }
  await expect(first.getByText('Choose at least one day, or remove this entry.')).toBeVisible();
  await expect(first.getByRole('group', { name: 'Days' })).toHaveAccessibleDescription('Choose at least one day, or remove this entry.');
  await expectNoAxeViolations(page);
  await page.reload();
  // The last valid plan (Sunday only) was kept; the empty one never reached storage.
  await expect(page.locator('.plan-entry').first().getByRole('button', { name: 'Sunday' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.plan-entry').first().getByRole('button', { name: 'Monday' })).toHaveAttribute('aria-pressed', 'false');
  await expectNoAxeViolations(page);
});

test('removing a plan entry can be undone', async ({ page }) => {
  await page.goto('/plan');
  await expect(page.locator('.plan-entry')).toHaveCount(4);
  await page.getByRole('button', { name: 'Remove Walk-ready at 07:30' }).click();
  await expect(page.locator('.plan-entry')).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.plan-entry')).toHaveCount(4);
});
