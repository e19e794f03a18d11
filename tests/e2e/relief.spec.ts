// The Relief screen against the real build: the mid-walk reset and its walk-log entry, the
// heat and ice timers, the walk log, accessibility and offline use. Playwright's clock
// drives time; IndexedDB is real.
import type { Page } from '@playwright/test';
import { captureSpeech, expect, expectNoAxeViolations, readStore, spoken, test, waitForServiceWorker, settle, startWithSuggestedPlan } from './fixtures';

const T0 = new Date('2026-11-25T07:30:00').getTime();
const MIN = 60_000;

async function openRelief(page: Page) {
  await page.clock.install({ time: T0 });
  await page.goto('/relief');
  await expect(page.getByRole('heading', { level: 1, name: 'Relief' })).toBeVisible();
  // The interactive cards load lazily; both must be in before the clock stops. The static page
  // draws the walk log's button too, disabled until the card has read the walks.
  await expect(page.getByRole('button', { name: 'Start a walk' })).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Heat before a walk' })).toBeVisible();
  await page.clock.pauseAt(T0 + 10_000);
}

test('the page title and the mid-walk reset button', async ({ page }) => {
  await page.goto('/relief');
  await expect(page).toHaveTitle(/Relief/);
  const reset = page.getByRole('link', { name: /^Tight mid-walk\? Start a \d+-(second|minute) reset$/ });
  await expect(reset).toHaveAttribute('href', '/session?routine=mid-walk-reset&mode=walk');
  await expect(page.getByRole('link', { name: /^Quick reset/ })).toHaveAttribute('href', '/session?routine=quick-reset');
  const tips = [
    'Lean forward on something steady',
    'Walk with a slight forward lean',
    'Push a cart or use walking poles on longer walks',
    'Take shorter steps',
    'Roll from heel to toe',
    'Take a short break',
    'Check your shoes',
  ];
  for (const tip of tips) {
    await expect(page.getByRole('heading', { level: 3, name: tip })).toBeVisible();
  }
});

test('the mid-walk reset runs to the end with voice on, then logs the walk', async ({ page }) => {
  await captureSpeech(page);
  await page.clock.install({ time: T0 });
  await page.goto('/relief');
  await page.getByRole('link', { name: /^Tight mid-walk\? Start a/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mid-walk reset' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.clock.pauseAt(T0 + 10_000);
  await page.getByRole('button', { name: 'Start' }).click();
  // Mid-walk mode speaks whatever the settings say.
  await expect.poll(() => spoken(page)).toContain('Get ready for Standing hip-flexor stretch. Stand tall: left leg back, right foot forward.');

  // The person puts the phone away; the whole reset passes.
  await page.clock.fastForward(3 * MIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
  await expect.poll(() => spoken(page)).toContain('Session complete.');

  const minutes = page.getByRole('textbox', { name: 'How many minutes into your walk were you?' });
  // No walk is running in the walk log, so the summary asks (once it has looked, under the paused clock).
  await settle(page, minutes);
  await page.getByRole('button', { name: 'Save to walk log' }).click();
  await expect(page.getByText('Enter minutes as a number from 0 to 600.')).toBeVisible();
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');

  await minutes.fill('14');
  const tightness = page.getByRole('slider', { name: /How tight is your back now/ });
  await tightness.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Save to walk log' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your walk log' })).toBeVisible();

  await expect.poll(() => readStore(page, 'walks')).toEqual([
    expect.objectContaining({ day: '2026-11-25', minutesWalked: 14, tightnessAtMinute: 14, tightnessAfter: 3 }),
  ]);
  const [walk] = (await readStore(page, 'walks')) as { startedAt: number; endedAt: number }[];
  expect(walk!.endedAt - walk!.startedAt).toBe(14 * MIN);
  await expect.poll(() => readStore(page, 'sessions')).toEqual([
    expect.objectContaining({ routineId: 'mid-walk-reset', completed: true, tightness: 3 }),
  ]);

  await page.getByRole('link', { name: 'Back to Relief' }).click();
  const recent = page.getByRole('list', { name: 'Recent walks' });
  await settle(page, recent);
  await expect(recent.getByRole('listitem')).toHaveText([/14 min · tight from minute 14 · tightness after 3/]);
});

test('the heat timer counts down from the chosen length and finishes', async ({ page }) => {
  await openRelief(page);
  const heat = page.getByRole('region', { name: 'Heat before a walk' });
  const timer = heat.getByRole('timer', { name: 'Heat time left' });
  await expect(timer).toHaveText('15:00');
  await heat.getByRole('radio', { name: '20 minutes' }).check();
  await expect(timer).toHaveText('20:00');

  await heat.getByRole('button', { name: 'Start' }).click();
  await expect(heat.getByText('Heat timer started: 20 minutes.')).toBeAttached();
  await expect(heat.getByRole('radio', { name: '15 minutes' })).toBeDisabled();
  await page.clock.runFor(MIN);
  await expect(timer).toHaveText('19:00');

  // A locked phone: no ticks for nineteen minutes, then the page looks again.
  await page.clock.fastForward(19 * MIN);
  await expect(timer).toHaveText('0:00');
  await expect(heat.getByText(/^Time is up\./)).toBeVisible();
  await expect(heat.getByText(/^Heat timer finished\./)).toBeAttached();
  await expect(heat.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(heat.getByRole('button', { name: 'Stop' })).toBeDisabled();
});

test('the ice timer pauses, resumes and stops', async ({ page }) => {
  await openRelief(page);
  const ice = page.getByRole('region', { name: 'Ice after a walk' });
  const timer = ice.getByRole('timer', { name: 'Ice time left' });
  await expect(ice.getByText(/never put it straight on your skin/)).toBeVisible();
  await expect(ice.getByText(/numb or turns very red/)).toBeVisible();
  await expect(timer).toHaveText('10:00');

  await ice.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(2 * MIN);
  await expect(timer).toHaveText('8:00');
  await ice.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(MIN);
  await expect(timer).toHaveText('8:00');
  await ice.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(30_000);
  await expect(timer).toHaveText('7:30');

  await ice.getByRole('button', { name: 'Stop' }).click();
  await expect(timer).toHaveText('10:00');
  await expect(ice.getByText('Ice timer stopped.')).toBeAttached();
  await expect(ice.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.clock.runFor(MIN);
  await expect(timer).toHaveText('10:00');
});

test('a walk is started, tightness tapped and undone, ended with ratings, and listed', async ({ page }) => {
  await openRelief(page);
  const log = page.getByRole('region', { name: 'Walk log' });
  await expect(log.getByText('No walks logged yet.')).toBeVisible();
  await log.getByRole('button', { name: 'Start a walk' }).click();
  await expect(log.getByText(/Walking for 0 minutes/)).toBeVisible();

  await page.clock.fastForward(12 * MIN);
  await expect(log.getByText(/Walking for 12 minutes/)).toBeVisible();
  await log.getByRole('button', { name: 'Tightness started now' }).click();
  await expect(log.getByText('Tightness started at minute 12.')).toBeVisible();
  await log.getByRole('button', { name: 'Undo' }).click();
  await log.getByRole('button', { name: 'Tightness started now' }).click();
  await expect(log.getByText('Tightness started at minute 12.')).toBeVisible();

  await page.clock.fastForward(8 * MIN);
  await log.getByRole('button', { name: 'End walk' }).click();
  await expect(log.getByRole('heading', { name: 'Walk ended after 20 minutes' })).toBeFocused();
  const before = log.getByRole('textbox', { name: 'Tightness before the walk (0–10)' });
  const after = log.getByRole('textbox', { name: 'Tightness now, after the walk (0–10)' });
  await before.fill('2');
  await after.fill('11');
  await log.getByRole('button', { name: 'Save walk' }).click();
  await expect(log.getByText('Enter tightness after the walk as a whole number from 0 to 10.')).toBeVisible();
  await expect(after).toHaveAttribute('aria-invalid', 'true');
  await expect(after).toBeFocused();

  await after.fill('5');
  await log.getByRole('button', { name: 'Save walk' }).click();
  await expect(log.getByRole('button', { name: 'Start a walk' })).toBeFocused();
  await expect(log.getByRole('list', { name: 'Recent walks' }).getByRole('listitem')).toHaveText([
    /20 min · tight from minute 12 · tightness 2 → 5/,
  ]);
  await expect.poll(() => readStore(page, 'walks')).toEqual([
    expect.objectContaining({ startedAt: T0 + 10_000, day: '2026-11-25', minutesWalked: 20, tightnessAtMinute: 12, tightnessBefore: 2, tightnessAfter: 5 }),
  ]);
});

test('a running walk survives a reload', async ({ page }) => {
  await openRelief(page);
  const log = page.getByRole('region', { name: 'Walk log' });
  await log.getByRole('button', { name: 'Start a walk' }).click();
  await expect(log.getByRole('button', { name: 'Tightness started now' })).toBeVisible();
  await page.clock.fastForward(5 * MIN);
  await page.reload();
  await settle(page, log.getByText(/Walking for 5 minutes/));
  await expect(log.getByText(/Walking for 5 minutes/)).toBeVisible();
  await expect(log.getByRole('button', { name: 'End walk' })).toBeVisible();
});

test('axe finds no violations on Relief, idle and busy, light and dark', async ({ page }) => {
  // Six full-page axe runs: on a loaded machine they alone take most of the default minute.
  test.slow();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/relief');
    await expect(page.getByRole('button', { name: 'Start a walk' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ice after a walk' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('region', { name: 'Heat before a walk' }).getByRole('button', { name: 'Start' }).click();
    await page.getByRole('region', { name: 'Ice after a walk' }).getByRole('button', { name: 'Start' }).click();
    await page.getByRole('region', { name: 'Ice after a walk' }).getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Start a walk' }).click();
    await page.getByRole('button', { name: 'Tightness started now' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'End walk' }).click();
    await page.getByRole('textbox', { name: 'Tightness before the walk (0–10)' }).fill('12');
    await page.getByRole('button', { name: 'Save walk' }).click();
    await expect(page.getByText('Enter tightness before the walk as a whole number from 0 to 10.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Keep walking' }).click();
    await page.getByRole('button', { name: 'End walk' }).click();
    await page.getByRole('button', { name: 'Save walk' }).click();
    await expect(page.getByRole('button', { name: 'Start a walk' })).toBeVisible();
  }
});

test('Relief and the mid-walk reset work offline after the first visit', async ({ page, context, guard }) => {
  guard.allowConsoleError('net::ERR_INTERNET_DISCONNECTED');
  await page.goto('/relief');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Relief' })).toBeVisible();
  // The lazily loaded cards come from the cache too.
  await expect(page.getByRole('button', { name: 'Start a walk' })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Heat time left' })).toHaveText('15:00');
  await page.getByRole('button', { name: 'Start a walk' }).click();
  await expect(page.getByRole('button', { name: 'Tightness started now' })).toBeVisible();

  await page.getByRole('link', { name: /^Tight mid-walk\? Start a/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mid-walk reset' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
});

test('a mid-walk reset during a logged walk asks no minutes, notes the tightness on that walk, and Today can stop it', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await startWithSuggestedPlan(page);
  await page.goto('/relief');
  const log = page.getByRole('region', { name: 'Walk log' });
  await log.getByRole('button', { name: 'Start a walk' }).click();
  await expect(log.getByRole('button', { name: 'Tightness started now' })).toBeVisible();
  await page.clock.fastForward(12 * MIN);
  await page.getByRole('link', { name: /^Tight mid-walk\? Start a/ }).click();
  // Only the player's own Start: the Relief page (with its timers' Start buttons) is gone.
  await expect(page.getByRole('heading', { level: 1, name: 'Mid-walk reset' })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.fastForward(3 * MIN);
  await settle(page, page.getByRole('heading', { level: 1, name: 'Well done' }));

  const onWalk = page.getByRole('region', { name: 'Your walk is still running' });
  await expect(onWalk).toContainText('You stopped 12 minutes into the walk you started at 07:30.');
  await expect(onWalk.getByText(/^Noted on this walk: tightness from minute 12\./)).toHaveAttribute('role', 'status');
  await expect(page.getByRole('textbox', { name: /minutes into your walk/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save to walk log' })).toHaveCount(0);
  // "Continue walk" is the main button; going back is the secondary one.
  await expect(onWalk.getByRole('link', { name: 'Continue walk' })).toHaveClass('button');
  await expect(onWalk.getByRole('link', { name: 'Back to Today' })).toHaveClass(/secondary/);
  await expectNoAxeViolations(page);

  expect(await readStore(page, 'walks')).toEqual([]);
  const kv = (await readStore(page, 'kv')) as { key: string; value: { startedAt: number; tightnessAt: number | null } }[];
  const active = kv.find((row) => row.key === 'active-walk')?.value;
  expect(active?.tightnessAt).not.toBeNull();
  expect(Math.floor((active!.tightnessAt! - active!.startedAt) / MIN)).toBe(12);

  // Today shows the running walk first, with its time and a stop button.
  await onWalk.getByRole('link', { name: 'Back to Today' }).click();
  const running = page.getByRole('region', { name: 'Walk in progress' });
  await settle(page, running);
  await expect(running).toContainText('Walking for 15 minutes · started at 07:30 · tight from minute 12');
  // At the top: after any safety card, above the streak and the day's routines.
  const routines = page.getByRole('heading', { level: 2, name: 'Today’s routines' });
  await expect(routines).toBeVisible();
  expect((await running.boundingBox())!.y).toBeLessThan((await routines.boundingBox())!.y);
  expect((await running.boundingBox())!.y).toBeLessThan((await page.getByRole('region', { name: 'At a glance' }).boundingBox())!.y);
  await expectNoAxeViolations(page);
  await running.getByRole('button', { name: 'Stop walk' }).click();
  await expect(running).toHaveCount(0);
  await expect.poll(() => readStore(page, 'walks')).toHaveLength(1);
  const [walk] = (await readStore(page, 'walks')) as { minutesWalked: number; tightnessAtMinute: number }[];
  expect(Math.floor(walk!.minutesWalked)).toBe(15);
  expect(Math.floor(walk!.tightnessAtMinute)).toBe(12);
  await expect(page.getByRole('status').filter({ hasText: /^Walk saved: 15(\.\d)? minutes\.$/ })).toBeAttached();
});

test('the walk log is near the top of Relief, right after the reset button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/relief');
  const log = page.getByRole('region', { name: 'Walk log' });
  // Enabled: the card itself, not the static page's placeholder for it.
  await expect(log.getByRole('button', { name: 'Start a walk' })).toBeEnabled();
  const top = (await log.boundingBox())!.y;
  expect(top).toBeLessThan(844);
});
