// Once a dose has moved on from the routine's start, Today, the routine cards and the routine
// page quote the dose and time the next session will use, with "up from" the start.
import { expect, expectNoAxeViolations, startWithSuggestedPlan, test } from './fixtures';
import { mainRightEdge } from './layout';

// Wednesday 25 November 2026, 07:00 local time: Core + glutes is planned at 18:00.
const WEDNESDAY_7AM = new Date('2026-11-25T07:00:00');
const NEXT_BIRD_DOG = '2 × 10 reps, alternating sides, 3 s hold (up from 8 reps)';

test('a raised bird-dog dose shows on Today, the routine cards and the routine page', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.clock.install({ time: WEDNESDAY_7AM });
  await startWithSuggestedPlan(page);

  // Before any change: no "up from" anywhere on Today.
  await expect(page.getByText(/up from/)).toHaveCount(0);

  // Keep the bird-dog at 10 reps (the start is 8), as the person can on the routine page.
  await page.goto('/routines/core-glutes');
  await page.getByText('Set my own reps').first().click();
  await page.getByLabel('Bird-dog, reps').fill('10');
  await page.getByRole('button', { name: 'Keep it at this' }).first().click();
  const exerciseCard = page.locator('.routine-exercises li').filter({ hasText: 'Bird-dog' });
  await expect(exerciseCard).toContainText(NEXT_BIRD_DOG);

  await page.goto('/routines');
  const card = page.getByRole('region', { name: 'Core + glutes: bird-dog and bridge' });
  await expect(card).toContainText(`Bird-dog · ${NEXT_BIRD_DOG}`);
  await expect(card.locator('.pill')).toContainText(/up from|about \d+ min/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const item = page.locator('.due-item').filter({ hasText: 'Core + glutes' });
  await expect(item.getByRole('list', { name: 'Next doses for Core + glutes: bird-dog and bridge' })).toContainText(`Bird-dog: ${NEXT_BIRD_DOG}`);
  expect(await mainRightEdge(page)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/next-doses-today-390.png', fullPage: true });
});
