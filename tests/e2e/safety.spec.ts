// First run, the red-flag screening and its emergency path, against the real build.
import type { Page } from '@playwright/test';
import { SCREENING_QUESTIONS } from '../../lib/safety/screening';
import { expect, expectNoAxeViolations, test, startWithSuggestedPlan, waitForServiceWorker } from './fixtures';

async function answerAll(page: Page, yes: readonly string[] = []) {
  for (const q of SCREENING_QUESTIONS) {
    const group = page.getByRole('group', { name: q.question });
    await group.getByRole('radio', { name: yes.includes(q.id) ? 'Yes' : 'No' }).check();
  }
  await page.getByRole('button', { name: 'Check my answers' }).click();
}

test('onboarding with no red flags lands on Today with the chosen plan', async ({ page }) => {
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

  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByText('Please answer every question with yes or no.')).toBeVisible();
  await answerAll(page);
  await expect(page.getByRole('heading', { name: 'No warning signs today' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /Just the daily routine/ }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start using Backstride' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const items = page.locator('.due-item');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('Walk-ready');
  // Never asked again.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Set up Backstride' })).toHaveCount(0);
});

test('answering yes to bladder or bowel control shows the emergency message and no routine until acknowledged', async ({ page }) => {
  await startWithSuggestedPlan(page);

  await page.goto('/safety');
  await answerAll(page, ['bladder-bowel']);
  const alert = page.getByRole('alertdialog', { name: 'Get emergency care now' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Do not exercise today.');
  // Escape does not dismiss it: it must be acknowledged.
  await page.keyboard.press('Escape');
  await expect(alert).toBeVisible();
  await expectNoAxeViolations(page);

  // Leaving without acknowledging: Today shows the message, not routines.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Please get emergency care' })).toBeVisible();
  await expect(page.locator('.due-item')).toHaveCount(0);
  await page.getByRole('button', { name: 'I understand' }).click();
  // Acknowledged, but still no exercise suggested today.
  await expect(page.getByRole('heading', { name: 'Please get emergency care' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'I understand' })).toHaveCount(0);
  await expect(page.locator('.due-item')).toHaveCount(0);
  // Nor can a routine be started from anywhere else today.
  await page.goto('/routines/core');
  await page.getByRole('link', { name: 'Start Core: plank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'No exercise today' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
});

test('a "see a clinician soon" answer says so and keeps the dated answers', async ({ page }) => {
  await page.goto('/safety');
  await answerAll(page, ['night-position']);
  await expect(page.getByRole('heading', { name: 'See a clinician soon', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your past answers' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'See a clinician soon' })).toBeVisible();
});

test('welcome and safety screens are accessible in dark mode and work offline', async ({ page, context, guard }) => {
  guard.allowConsoleError('net::ERR_INTERNET_DISCONNECTED');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/welcome');
  await waitForServiceWorker(page);
  await expectNoAxeViolations(page);
  await context.setOffline(true);
  await page.goto('/safety');
  await expect(page.getByRole('group', { name: SCREENING_QUESTIONS[0].question })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/welcome');
  await expect(page.getByRole('button', { name: 'Skip for now' })).toBeVisible();
});

test('a check-in that jumps by 3 or more offers the screening again; bad values are refused at the field', async ({ page }) => {
  await startWithSuggestedPlan(page);
  const tightness = page.getByLabel('How tight is your back right now? (0–10)');
  await tightness.fill('11');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(tightness).toHaveAccessibleDescription('Enter a whole number from 0 (not tight) to 10 (worst).');

  await tightness.fill('2');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Saved: 2 out of 10.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'answer the safety questions' })).toHaveCount(0);

  await tightness.fill('5');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Saved: 5 out of 10.')).toBeVisible();
  await page.getByRole('link', { name: 'answer the safety questions' }).click();
  await expect(page.getByRole('heading', { name: 'Check for warning signs' })).toBeVisible();
  await expect(page.getByRole('group', { name: SCREENING_QUESTIONS[0].question })).toBeVisible();
});
