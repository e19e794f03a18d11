// The guided player against the real build: Playwright's clock drives time, IndexedDB is real.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, readStore, settle, test, waitForServiceWorker } from './fixtures';

const T0 = new Date('2026-11-25T07:30:00').getTime();

const readSessions = (page: Page) => readStore(page, 'sessions');

/** When Start is pressed: the page has loaded by then, and the clock stands still. */
const START_AT = T0 + 60_000;

async function startCore(page: Page) {
  await page.clock.install({ time: T0 });
  await page.goto('/session?routine=core');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.clock.pauseAt(START_AT);
  await page.getByRole('button', { name: 'Start' }).click();
}

const timer = (page: Page) => page.getByRole('timer');
const phaseTitle = (page: Page) => page.locator('.player[data-status] .player-title');

test('a full routine runs to the summary and the session is saved with effort and tightness', async ({ page }) => {
  await startCore(page);
  // Down to the floor for a plank: 15 s to get ready (lib/content/transitions.ts).
  await expect(phaseTitle(page)).toHaveText('Get ready');
  await expect(timer(page)).toHaveText('15');
  await page.clock.runFor(15_000);
  await expect(phaseTitle(page)).toHaveText('Hold');
  await expect(page.locator('.player[data-status] .player-exercise')).toHaveText('Forearm plank');
  await expect(timer(page)).toHaveText('20');
  // One long gap (a locked phone): the whole routine has passed.
  await page.clock.fastForward(10 * 60_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Forearm plank:' })).toHaveText('Forearm plank: 3 × 20 s');

  await page.getByRole('radio', { name: 'Easy' }).check();
  const tightness = page.getByRole('slider', { name: /How tight is your back now/ });
  await tightness.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => readSessions(page)).toEqual([
    expect.objectContaining({ routineId: 'core', completed: true, day: '2026-11-25', effort: 'easy', tightness: 2, source: 'player' }),
  ]);
  const [session] = (await readSessions(page)) as { startedAt: number; endedAt: number; results: unknown[] }[];
  expect(session!.startedAt).toBe(START_AT);
  expect(session!.endedAt).toBe(START_AT + 115_000);
  expect(session!.results).toEqual([{ exerciseId: 'forearm-plank', side: null, unit: 'seconds', planned: 60, done: 60, skipped: false }]);
});

test('pausing for a minute leaves the remaining time unchanged', async ({ page }) => {
  await startCore(page);
  await page.clock.runFor(15_000 + 8_100);
  await expect(timer(page)).toHaveText('12');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(timer(page)).toHaveText('12');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(timer(page)).toHaveText('10');
});

test('reloading in the middle of a hold returns to the same phase and remaining time', async ({ page }) => {
  await startCore(page);
  await page.clock.runFor(15_000 + 7_100);
  await expect(timer(page)).toHaveText('13');
  await page.reload();
  // Loading the page again takes a few timer turns; let at most half a second pass.
  await settle(page, phaseTitle(page), 500);
  await expect(phaseTitle(page)).toHaveText('Hold');
  await expect(timer(page)).toHaveText('13');
  await page.clock.runFor(3_000);
  await expect(timer(page)).toHaveText('10');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('keyboard: arrows skip and go back, Escape asks before ending', async ({ page }) => {
  await startCore(page);
  await page.clock.runFor(15_000);
  await expect(phaseTitle(page)).toHaveText('Hold');
  await page.keyboard.press('ArrowRight');
  await expect(phaseTitle(page)).toHaveText('Rest');
  await page.keyboard.press('ArrowLeft');
  await expect(phaseTitle(page)).toHaveText('Hold');
  await expect(timer(page)).toHaveText('20');

  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'End this session?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await page.clock.runFor(4_000);
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();
  await expect.poll(async () => readSessions(page)).toEqual([expect.objectContaining({ completed: false })]);
  const [session] = (await readSessions(page)) as { results: { done: number }[] }[];
  expect(session!.results[0]!.done).toBe(4);
});

test('phase changes are announced politely, not every second', async ({ page }) => {
  await startCore(page);
  const live = page.locator('[aria-live="polite"]');
  await expect(live).toHaveText('Get ready for Forearm plank. Lie face down on the mat.');
  await page.clock.runFor(12_000);
  await expect(live).toHaveText('Get ready for Forearm plank. Lie face down on the mat.');
  await page.clock.runFor(3_000);
  await expect(live).toHaveText('Forearm plank. Hold 20 seconds.');
});

test('axe finds no violations on the player, before and during a session, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/session?routine=core-glutes');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'End' }).click();
    await page.getByRole('button', { name: 'End session' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('an unknown routine gets a clear message and a way back', async ({ page }) => {
  await page.goto('/session?routine=moonwalk');
  await expect(page.getByRole('heading', { level: 1, name: 'Routine not found' })).toBeVisible();
  await page.getByRole('link', { name: 'See all routines' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
});

test('the player works offline after the first visit', async ({ page, context, guard }) => {
  guard.allowConsoleError('net::ERR_INTERNET_DISCONNECTED');
  await page.goto('/routines/core');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Start Core: plank' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.goto('/session?routine=quick-reset');
  await expect(page.getByRole('heading', { level: 1, name: 'Quick reset' })).toBeVisible();
});

test('two easy sessions make the next plank hold longer, on the routine page and in the player', async ({ page }) => {
  for (const day of ['2026-11-23', '2026-11-24']) {
    await page.clock.install({ time: new Date(`${day}T07:30:00`) });
    await page.goto('/session?routine=core');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(5 * 60_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
    await page.getByRole('radio', { name: 'Easy' }).check();
    await expect.poll(async () => (await readSessions(page)).filter((s) => (s as { effort?: string }).effort === 'easy').length).toBeGreaterThan(
      day === '2026-11-23' ? 0 : 1,
    );
  }
  await page.goto('/routines/core');
  const nextTime = page.getByRole('region', { name: 'Next time' });
  await expect(nextTime).toContainText('Forearm plank: 3 × 25 s hold');
  await expect(nextTime).toContainText('your last two sessions felt easy');
  await page.getByRole('link', { name: 'Start Core: plank' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(15_000);
  await expect(phaseTitle(page)).toHaveText('Hold');
  await expect(timer(page)).toHaveText('25');
});

// Going to another page leaves the player: no heartbeat after that, so the 20 minutes away do
// not count (a page left open with the screen locked does: the first test's fast-forward).
test('reopening a session left mid-hold 20 minutes later finds it paused where it was left, not run out', async ({ page }) => {
  await startCore(page);
  // 5 s into the hold, on the fourth 5 s heartbeat since Start: the moment last seen.
  await page.clock.runFor(15_000 + 5_000);
  await expect(timer(page)).toHaveText('15');
  await page.goto('/routines');
  await page.clock.fastForward('20:00');
  await page.goto('/session?routine=core');
  await settle(page, page.getByRole('button', { name: 'Resume' }));
  await expect(page.locator('.player[data-status]')).toHaveAttribute('data-status', 'paused');
  await expect(timer(page)).toHaveText('15');
  await expect(page.locator('.notice').filter({ hasText: 'You left at 0:15 in Forearm plank — resume or end.' })).toBeVisible();
  expect(await readSessions(page)).toEqual([]);
  // Ended from there, it is saved as it happened: 5 s of the first 20 s hold, not complete.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect.poll(async () => readSessions(page)).toEqual([
    expect.objectContaining({ routineId: 'core', completed: false, results: [expect.objectContaining({ exerciseId: 'forearm-plank', planned: 60, done: 5 })] }),
  ]);
  // It no longer waits as a session in progress.
  await page.goto('/session?routine=core');
  await settle(page, page.getByRole('button', { name: 'Start' }));
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
});
