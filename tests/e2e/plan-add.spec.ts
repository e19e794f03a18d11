// Adding a routine to the plan on a phone: a form that writes nothing until saved, refuses a
// duplicate at its field, writes one record however fast the button is pressed, and puts the
// new entry in view with focus on it.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { mainRightEdge } from './layout';

// Wednesday 25 November 2026, 07:00 local time.
const WEDNESDAY_7AM = new Date('2026-11-25T07:00:00');

for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`add a routine: a duplicate is refused at the field, one save is one entry (${viewport.width}×${viewport.height}, ${colorScheme})`, async ({ page }) => {
      // Many steps and four axe runs: on a busy 2-core machine this takes over a minute.
      test.slow();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.clock.install({ time: WEDNESDAY_7AM });
      await page.goto('/plan');
      const entries = page.locator('.plan-entry');
      // The starter plan: Walk-ready every day at 07:30 and three evening entries.
      await expect(entries).toHaveCount(4);

      await page.getByRole('button', { name: 'Add a routine' }).click();
      const form = page.getByRole('form', { name: 'Add a routine' });
      await expect(form).toBeInViewport();
      await expect(form.getByLabel('Routine')).toBeFocused();
      // Opening the form wrote nothing.
      await expect(entries).toHaveCount(4);

      // The same routine at the same time on shared days: refused at the time field.
      await form.getByLabel('Routine').selectOption('walk-ready');
      await form.getByLabel('Time').fill('07:30');
      const clash = 'Walk-ready is already planned at 07:30 on Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday. Pick another time or other days.';
      await expect(form.getByLabel('Time')).toHaveAccessibleDescription(clash);
      await expect(form.getByText(clash)).toBeVisible();
      await expectNoAxeViolations(page);
      if (colorScheme === 'light') await page.screenshot({ path: `test-results/plan-add-refused-${viewport.width}.png`, fullPage: true });
      await form.getByRole('button', { name: 'Save to plan' }).click();
      await expect(form.getByLabel('Time')).toBeFocused();
      await expect(entries).toHaveCount(4);

      // No days at all: refused at the days, after a save.
      await form.getByLabel('Time').fill('12:15');
      for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
        await form.getByRole('button', { name: day }).click();
      }
      await form.getByRole('button', { name: 'Save to plan' }).click();
      await expect(form.getByRole('group', { name: 'Days' })).toHaveAccessibleDescription('Choose at least one day, or remove this entry.');
      await expect(entries).toHaveCount(4);

      // A different time on Monday and Wednesday: saved once, even with a double tap.
      await form.getByRole('button', { name: 'Monday' }).click();
      await form.getByRole('button', { name: 'Wednesday' }).click();
      await form.getByRole('button', { name: 'Save to plan' }).dblclick();
      await expect(form).toHaveCount(0);
      await expect(entries).toHaveCount(5);
      const added = entries.filter({ has: page.locator('input[type="time"][value="12:15"]') });
      await expect(added).toHaveCount(1);
      await expect(added.getByLabel('Routine')).toBeFocused();
      await expect(added).toBeInViewport();
      await expect(page.getByRole('status').filter({ hasText: 'Added Walk-ready at 12:15 to your plan.' })).toBeVisible();
      expect(await mainRightEdge(page)).toBeLessThanOrEqual(viewport.width);
      await expectNoAxeViolations(page);
      if (colorScheme === 'light') await page.screenshot({ path: `test-results/plan-add-saved-${viewport.width}.png`, fullPage: true });

      await page.reload();
      await expect(entries).toHaveCount(5);
      // Today lists Walk-ready twice (07:30 and 12:15), never three times.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
      await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
      await expect(page.locator('.due-item').filter({ hasText: 'Walk-ready' })).toHaveCount(2);
      await expectNoAxeViolations(page);
    });
  }
}

test('Cancel closes the form, writes nothing and gives focus back to the button', async ({ page }) => {
  await page.goto('/plan');
  await expect(page.locator('.plan-entry')).toHaveCount(4);
  await page.getByRole('button', { name: 'Add a routine' }).click();
  await page.getByRole('form', { name: 'Add a routine' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('form', { name: 'Add a routine' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a routine' })).toBeFocused();
  await page.reload();
  await expect(page.locator('.plan-entry')).toHaveCount(4);
});

test('a "times a week" goal: refused outside 1–7, then on Today each day until the week’s count is done', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.clock.install({ time: WEDNESDAY_7AM });
  await page.goto('/');
  await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('button', { name: 'Add a routine' }).click();
  const form = page.getByRole('form', { name: 'Add a routine' });
  await form.getByLabel('Routine').selectOption('core');
  await form.getByLabel('Time').fill('12:15');
  await form.getByRole('radio', { name: 'A number of days a week' }).check();
  const times = form.getByLabel('Days a week', { exact: true });
  await times.fill('9');
  await expect(times).toHaveAccessibleDescription(/Enter how many days a week as a whole number from 1 to 7\./);
  await form.getByRole('button', { name: 'Save to plan' }).click();
  await expect(times).toBeFocused();
  await times.fill('2');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Save to plan' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Added Core: plank at 12:15 to your plan.' })).toBeVisible();

  const goal = () => page.locator('.due-item').filter({ hasText: 'Core: plank' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(goal()).toContainText('0 of 2 this week');
  await goal().getByRole('button', { name: 'Mark Core: plank as done' }).click();
  await expect(goal()).toContainText('1 of 2 this week');
  await expect(goal().locator('.status-pill')).toHaveText('Done');
  await expectNoAxeViolations(page);

  // Thursday: still due once more this week, so it is back on the list.
  await page.clock.setSystemTime(new Date('2026-11-26T13:00:00'));
  await page.reload();
  await expect(goal()).toContainText('1 of 2 this week');
  await expect(goal().locator('.status-pill')).toHaveText('Due now');
  await goal().getByRole('button', { name: 'Mark Core: plank as done' }).click();
  await expect(goal()).toContainText('2 of 2 this week');

  // Friday: the week's count is done, so Today no longer asks for it.
  await page.clock.setSystemTime(new Date('2026-11-27T13:00:00'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today’s routines' })).toBeVisible();
  await expect(page.locator('.due-item').first()).toBeVisible();
  await expect(goal()).toHaveCount(0);
});
