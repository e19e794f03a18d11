// First run, the red-flag screening, the emergency hold that lasts past the day it was given,
// the "see soon" banner and its follow-up, against the real build with pinned clocks.
import type { Page } from '@playwright/test';
import { SCREENING_QUESTIONS } from '../../lib/safety/screening';
import { expect, expectNoAxeViolations, recordNotificationsAndBadge, shownNotifications, test, startWithSuggestedPlan, waitForServiceWorker } from './fixtures';

// The call button's number is guessed from the browser's language region.
test.use({ locale: 'en-GB', permissions: ['notifications'] });

async function answerAll(page: Page, yes: readonly string[] = []) {
  for (const q of SCREENING_QUESTIONS) {
    const group = page.getByRole('group', { name: q.question });
    await group.getByRole('radio', { name: yes.includes(q.id) ? 'Yes' : 'No' }).check();
  }
  await page.getByRole('button', { name: 'Check my answers' }).click();
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

test('onboarding with no red flags lands on Today with the chosen plan; unanswered questions are named at the field', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T06:00:00') });
  await page.goto('/');
  await page.getByRole('link', { name: 'Set up Backstride' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await page.getByRole('radio', { name: 'Both' }).check();
  const minutes = page.getByLabel(/how many minutes can you walk/i);
  await minutes.fill('lots');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(minutes).toHaveAccessibleDescription('Enter minutes as a number from 0 to 600, or leave it empty.');
  await minutes.fill('12');
  await page.getByRole('button', { name: 'Next' }).click();

  // All but two answered: those two say so at their own field, and nothing moves on.
  for (const q of SCREENING_QUESTIONS.slice(0, -2)) await page.getByRole('group', { name: q.question }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Check my answers' }).click();
  const [second, last] = SCREENING_QUESTIONS.slice(-2);
  await expect(page.getByRole('group', { name: second!.question })).toHaveAccessibleDescription('Please answer yes or no.');
  await expect(page.getByRole('group', { name: last!.question })).toHaveAccessibleDescription('Please answer yes or no.');
  await expect(page.getByRole('group', { name: SCREENING_QUESTIONS[0].question })).not.toHaveAccessibleDescription('Please answer yes or no.');
  await expect(page.getByText(`2 questions are still unanswered (number ${SCREENING_QUESTIONS.length - 1}, ${SCREENING_QUESTIONS.length}). Nothing has been saved yet.`)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Yes' }).first()).toBeVisible();
  await answerAll(page);
  await expect(page.getByRole('heading', { name: 'No warning signs today' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /One routine a day/ }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start using Backstride' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const items = page.locator('.due-item');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('Walk-ready');
  await expect(page.getByRole('heading', { name: 'Time for a safety check' })).toHaveCount(0);
  // Never asked again.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Set up Backstride' })).toHaveCount(0);
});

test('an emergency answer on day 1 holds Today, Relief, the player and reminders on day 2, offline too, until "seen by a doctor"', async ({ page, context, guard }) => {
  guard.allowConsoleError('net::ERR_INTERNET_DISCONNECTED');
  await page.clock.setFixedTime(new Date('2026-11-25T18:00:00'));
  await recordNotificationsAndBadge(page);
  await startWithSuggestedPlan(page);
  await waitForServiceWorker(page);
  // A reminder at 07:30 on day 2 that must not come.
  await nav(page, 'Plan');
  await page.locator('.plan-entry').first().getByRole('checkbox', { name: 'Remind me' }).check();

  await nav(page, 'Safety');
  await answerAll(page, ['legs-weakness']);
  const alert = page.getByRole('alertdialog', { name: 'Get emergency care now' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(alert).toContainText('Emergency number for the United Kingdom');
  await expect(alert).toContainText('Do not exercise until a doctor has checked you.');
  // Escape does not dismiss it: it must be acknowledged.
  await page.keyboard.press('Escape');
  await expect(alert).toBeVisible();
  await expectNoAxeViolations(page);
  await alert.getByRole('button', { name: 'I understand' }).click();

  // Day 2, 07:31, offline: the hold has not lifted by itself.
  await context.setOffline(true);
  await page.clock.setFixedTime(new Date('2026-11-26T07:31:00'));
  await page.goto('/');
  const hold = page.getByRole('region', { name: 'Get emergency care now' });
  await expect(hold).toBeVisible();
  await expect(hold.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.locator('.due-item')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skip today' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Get relief' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  await nav(page, 'Relief');
  await expect(page.getByRole('region', { name: 'Get emergency care now' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Tight mid-walk/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Quick reset/ })).toHaveCount(0);

  await page.goto('/session?routine=core');
  await expect(page.getByRole('heading', { level: 1, name: 'No exercise for now' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Start|Pause)/ })).toHaveCount(0);

  await page.goto('/plan');
  await expect(page.getByText(/on hold until a doctor has seen you/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Add plan to my phone’s calendar/ })).toHaveCount(0);
  expect(await shownNotifications(page)).toEqual([]);

  // Seen by a doctor: a dated confirmation lifts the hold.
  await page.goto('/');
  await page.getByRole('button', { name: 'I have been seen by a doctor' }).click();
  await page.getByRole('button', { name: 'Yes, a doctor has seen me' }).click();
  await expect(page.locator('.due-item').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Get emergency care now' })).toHaveCount(0);
  await nav(page, 'Safety');
  const past = page.getByRole('region', { name: 'Your past answers' });
  await past.getByText(/Get emergency care now/).first().click();
  await expect(past.getByText(/seen by a doctor \(told us on/)).toBeVisible();
  await expect(past.getByRole('definition').first()).toHaveText('No');
});

test('a "see soon" answer shows a banner on Today and Relief until booked, then asks a week later', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
  await startWithSuggestedPlan(page);
  await nav(page, 'Safety');
  await answerAll(page, ['calf-circulation']);
  await expect(page.getByRole('heading', { name: 'See a doctor or physiotherapist soon', exact: true })).toBeVisible();

  await nav(page, 'Today');
  const banner = page.getByRole('region', { name: 'See a doctor or physiotherapist soon' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Your program is on hold until you have been checked.');
  await expect(page.locator('.due-item')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  // The person may choose to carry on.
  await banner.getByRole('button', { name: 'Carry on with my routines' }).click();
  await expect(page.locator('.due-item').first()).toBeVisible();
  await expect(banner).toContainText('You chose to carry on');

  await nav(page, 'Relief');
  const reliefBanner = page.getByRole('region', { name: 'See a doctor or physiotherapist soon' });
  await expect(reliefBanner).toBeVisible();
  await expect(page.getByRole('link', { name: /Tight mid-walk/ })).toBeVisible();
  await reliefBanner.getByRole('button', { name: 'I have booked an appointment' }).click();
  await expect(reliefBanner).toHaveCount(0);

  await nav(page, 'Today');
  await expect(page.getByText(/You have booked an appointment about your warning sign\. On Wednesday 2 December/)).toBeVisible();
  // Seven days later: the follow-up question.
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00'));
  await page.reload();
  const followUp = page.getByRole('region', { name: 'Were you seen? Did they say exercise is fine?' });
  await expect(followUp).toBeVisible();
  await expectNoAxeViolations(page);
  await followUp.getByRole('button', { name: 'Yes, exercise is fine' }).click();
  await expect(followUp).toHaveCount(0);
  await expect(page.locator('.due-item').first()).toBeVisible();
});

test('welcome, safety and settings screens are accessible in dark mode and work offline', async ({ page, context, guard }) => {
  guard.allowConsoleError('net::ERR_INTERNET_DISCONNECTED');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/welcome');
  await waitForServiceWorker(page);
  await expectNoAxeViolations(page);
  await context.setOffline(true);
  await page.goto('/safety');
  await expect(page.getByRole('group', { name: SCREENING_QUESTIONS[0].question })).toBeVisible();
  await expect(page.getByText(/Last reviewed on/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Emergency number' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/welcome');
  await expect(page.getByRole('button', { name: 'Skip for now' })).toBeVisible();
});

test('the emergency number can be typed where the region is unknown; bad numbers are refused at the field', async ({ page }) => {
  await page.goto('/settings');
  const region = page.getByLabel('Where you are');
  await region.selectOption({ label: 'Somewhere else: type it' });
  const number = page.getByLabel('Your emergency number');
  await number.fill('11a');
  await page.getByRole('button', { name: 'Save number' }).click();
  await expect(number).toHaveAccessibleDescription('Use digits only, for example 112.');
  await number.fill('1234567');
  await page.getByRole('button', { name: 'Save number' }).click();
  await expect(number).toHaveAccessibleDescription('An emergency number has 2 to 6 digits, for example 112.');
  await number.fill('0118');
  await page.getByRole('button', { name: 'Save number' }).click();
  await expect(number).toHaveAccessibleDescription('Saved: 0118.');
  await page.reload();
  await expect(page.getByLabel('Your emergency number')).toHaveAccessibleDescription('Saved: 0118.');
});

test('a check-in that jumps by 3 or reports new leg symptoms offers the screening again; bad values are refused at the field', async ({ page }) => {
  await startWithSuggestedPlan(page);
  const tightness = page.getByLabel('How tight is your back right now? (0–10)');
  await tightness.fill('11');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(tightness).toHaveAccessibleDescription('Enter a whole number from 0 (not tight) to 10 (worst).');

  await tightness.fill('2');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Saved: 2 out of 10.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'answer the safety questions' })).toHaveCount(0);

  // Same tightness, but new leg symptoms: that alone offers the questions.
  await tightness.fill('2');
  await page.getByRole('checkbox', { name: 'New numbness, tingling or weakness in a leg' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('New numbness, tingling or weakness in a leg is worth checking.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'New numbness, tingling or weakness in a leg' })).not.toBeChecked();

  await tightness.fill('5');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Saved: 5 out of 10.')).toBeVisible();
  await expect(page.getByText('That is a big change.')).toBeVisible();
  await page.getByRole('link', { name: 'answer the safety questions' }).click();
  await expect(page.getByRole('heading', { name: 'Check for warning signs' })).toBeVisible();
  await expect(page.getByRole('group', { name: SCREENING_QUESTIONS[0].question })).toBeVisible();
});
