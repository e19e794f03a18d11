// Reminders with the app open: Playwright's clock, notification permission granted, and the
// notification and badge calls recorded by an init script.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, recordNotificationsAndBadge, shownNotifications as shown, test, startWithSuggestedPlan } from './fixtures';

test.use({ permissions: ['notifications'] });

const WEDNESDAY_0725 = new Date('2026-11-25T07:25:00');

const lastBadge = (page: Page) => page.evaluate(() => (window as unknown as { __badge: number[] }).__badge.at(-1));

async function planWithWalkReadyReminder(page: Page) {
  await page.clock.install({ time: WEDNESDAY_0725 });
  await recordNotificationsAndBadge(page);
  await startWithSuggestedPlan(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
  const walkReady = page.locator('.plan-entry').first();
  await expect(walkReady.getByLabel('Routine')).toHaveValue('walk-ready');
  await walkReady.getByRole('checkbox', { name: 'Remind me' }).check();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
}

test('with a reminder at 07:30 and the app open, 07:30 brings one notification, once', async ({ page }) => {
  await planWithWalkReadyReminder(page);
  await page.clock.runFor('04:00');
  expect(await shown(page)).toEqual([]);
  await page.clock.runFor('01:30');
  await expect.poll(() => shown(page)).toEqual(['Walk-ready at 07:30']);
  await page.clock.runFor('05:00');
  expect(await shown(page)).toEqual(['Walk-ready at 07:30']);
  await page.reload();
  await page.clock.runFor('02:00');
  expect(await shown(page)).toEqual([]);
});

test('finishing the routine before 07:30 means no notification', async ({ page }) => {
  await planWithWalkReadyReminder(page);
  await page.getByRole('button', { name: 'Mark Walk-ready as done' }).click();
  await page.clock.runFor('08:00');
  expect(await shown(page)).toEqual([]);
});

test('the app badge counts the routines still due today', async ({ page }) => {
  await planWithWalkReadyReminder(page);
  await page.clock.runFor('06:00');
  await expect.poll(() => lastBadge(page)).toBe(1);
  await page.getByRole('button', { name: 'Mark Walk-ready as done' }).click();
  await page.clock.runFor('01:05');
  await expect.poll(() => lastBadge(page)).toBe(0);
});

test('with notifications blocked, the plan says so and the calendar export still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Notification, 'permission', { get: () => 'denied' });
    Notification.requestPermission = async () => 'denied';
  });
  await startWithSuggestedPlan(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
  const walkReady = page.locator('.plan-entry').first();
  await walkReady.getByRole('checkbox', { name: 'Remind me' }).check();
  await expect(walkReady.getByText(/Notifications are blocked for Backstride/)).toBeVisible();
  // The reminder stays on: Today still shows it as due, and the calendar carries its alarm.
  await expect(walkReady.getByRole('checkbox', { name: 'Remind me' })).toBeChecked();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add plan to my phone’s calendar' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('backstride-plan.ics');
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  expect(text.match(/BEGIN:VALARM/g)).toHaveLength(1);
});
