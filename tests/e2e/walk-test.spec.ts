// The guided walking test against the real build: a test with "tightness starts" at 8:00 and
// "I have to stop" at 12:30, reloaded in between, saved to IndexedDB; the 30-minute end; a
// test ended within 10 seconds is not saved; an emergency answer holds it; accessibility in
// light and dark. Playwright's clock drives time; IndexedDB is real.
import type { Page } from '@playwright/test';
import { captureSpeech, expect, expectNoAxeViolations, readStore, spoken, test, writeStores } from './fixtures';

const T0 = new Date('2026-11-25T09:00:00').getTime();
const START = T0 + 10_000;
const MIN = 60_000;
const SHOTS = process.env.WALK_TEST_SHOTS;

async function openTest(page: Page) {
  await captureSpeech(page);
  await page.clock.install({ time: T0 });
  await page.goto('/walk-test');
  await expect(page.getByRole('heading', { level: 1, name: 'Walking test' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the walking test' })).toBeEnabled();
  await page.clock.pauseAt(START);
}

const clock = (page: Page) => page.getByRole('timer', { name: 'Walking time' });

test('a walking test: tightness at 8:00, a reload, "I have to stop" at 12:30, saved with the answers', async ({ page }) => {
  await openTest(page);
  // The safety check comes first: the stop signs and where to walk.
  const signs = page.getByRole('region', { name: 'Stop at once and rest if you notice' });
  for (const sign of ['chest', 'dizzy', 'out of breath', 'Staggering', 'leg that feels weak']) await expect(signs).toContainText(sign);
  await expect(page.getByText('Walk somewhere safe and flat, with a place to sit down.')).toBeVisible();

  await page.getByRole('button', { name: 'Start the walking test' }).click();
  await expect(clock(page)).toHaveText('00:00');
  await page.clock.runFor(5 * MIN);
  await expect(clock(page)).toHaveText('05:00');
  await expect.poll(() => spoken(page)).toContain('Five minutes. Keep your own pace.');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('Five minutes. Keep your own pace.');

  await page.clock.runFor(3 * MIN);
  await expect(clock(page)).toHaveText('08:00');
  await page.getByRole('button', { name: 'Tightness starts now' }).click();
  await expect(page.getByText('Tightness started at 08:00')).toBeVisible();

  // The phone locked for 2 minutes and the page reloaded: the time went on counting.
  await page.clock.fastForward(2 * MIN);
  await page.reload();
  await expect(clock(page)).toHaveText('10:00');
  await expect(page.getByText('Tightness started at 08:00')).toBeVisible();
  await page.clock.runFor(2 * MIN + 30_000);
  await expect(clock(page)).toHaveText('12:30');
  // The ten-minute prompt came while the page was away: it is not said late after the reload.
  expect(await spoken(page)).not.toContain('Ten minutes. Keep your own pace.');
  await page.getByRole('button', { name: 'I have to stop' }).click();

  await expect(page.getByRole('heading', { name: 'You walked 12 minutes 30 seconds' })).toBeVisible();
  await expect(page.getByText('Tightness started at 8 minutes.')).toBeVisible();
  // What made you stop is needed; the error is at the question.
  await page.getByRole('button', { name: 'Save the result' }).click();
  await expect(page.getByText('Choose what made you stop.')).toBeVisible();
  await page.getByLabel('Tightness now, 0 to 10 (optional)').fill('12');
  await page.getByRole('radio', { name: 'Back tightness' }).check();
  await page.getByRole('button', { name: 'Save the result' }).click();
  await expect(page.getByText('Enter tightness as a whole number from 0 to 10, or leave it empty.')).toBeVisible();
  await expect(page.getByLabel('Tightness now, 0 to 10 (optional)')).toBeFocused();
  await page.getByLabel('Tightness now, 0 to 10 (optional)').fill('6');
  await page.getByRole('radio', { name: 'Leaning forward' }).check();
  await page.getByRole('button', { name: 'Save the result' }).click();

  await expect(page.getByText('You walked 12 minutes 30 seconds; tightness started at 8 minutes.')).toBeVisible();
  await expect(page.getByText(/Saved on this device/)).toBeVisible();
  expect(await readStore(page, 'walkTests')).toEqual([
    expect.objectContaining({
      startedAt: START,
      endedAt: START + 12 * MIN + 30_000,
      day: '2026-11-25',
      totalMs: 12 * MIN + 30_000,
      symptomAtMs: 8 * MIN,
      endReason: 'back',
      eased: 'leaning',
      tightness: 6,
    }),
  ]);
  // The running test is gone: a reload opens the safety check again.
  expect((await readStore<{ key: string }>(page, 'kv')).map((r) => r.key)).not.toContain('active-walk-test');

  // Its result on Progress, against the tests to come, and in the report to share.
  await page.clock.resume();
  await page.goto('/progress');
  await expect(page.getByText('Today you walked 8 minutes before tightness started. This is your first walking test: the next ones are measured against it.')).toBeVisible();
  await page.getByRole('link', { name: 'Make a report' }).click();
  await expect(page.getByRole('row', { name: /8 minutes 12 minutes 30 seconds Stopped for back tightness; eased by leaning forward; tightness 6\/10/ })).toBeVisible();
});

test('the test ends by itself at 30:00, even when the phone was locked past it', async ({ page }) => {
  await openTest(page);
  await page.getByRole('button', { name: 'Start the walking test' }).click();
  await page.clock.runFor(MIN);
  await page.clock.fastForward(41 * MIN);
  await expect(page.getByRole('heading', { name: 'Time is up: 30 minutes' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'The 30 minutes were up' })).toBeChecked();
  await page.getByRole('button', { name: 'Save the result' }).click();
  await expect(page.getByText('You walked 30 minutes without tightness starting.')).toBeVisible();
  expect(await readStore(page, 'walkTests')).toEqual([expect.objectContaining({ totalMs: 30 * MIN, endedAt: START + 30 * MIN, symptomAtMs: null, endReason: 'time-up' })]);
});

test('a test ended within 10 seconds is discarded with a message, not saved', async ({ page }) => {
  await openTest(page);
  await page.getByRole('button', { name: 'Start the walking test' }).click();
  await page.clock.runFor(4_000);
  await page.getByRole('button', { name: 'I have to stop' }).click();
  await expect(page.getByText('That test ended within 10 seconds, so it was not saved.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the walking test' })).toBeEnabled();
  expect(await readStore(page, 'walkTests')).toEqual([]);
  expect((await readStore<{ key: string }>(page, 'kv')).map((r) => r.key)).not.toContain('active-walk-test');
});

test('a step length outside 30–120 cm is refused at the field, and nothing starts', async ({ page }) => {
  await openTest(page);
  await page.getByRole('checkbox', { name: /Also count my steps/ }).check();
  const length = page.getByLabel(/Your step length in centimetres/);
  await length.fill('20');
  await page.getByRole('button', { name: 'Start the walking test' }).click();
  await expect(page.getByText('Enter your step length in centimetres, from 30 to 120, or leave it empty.')).toBeVisible();
  await expect(length).toBeFocused();
  await expect(length).toHaveAttribute('aria-invalid', 'true');
  await expect(clock(page)).toHaveCount(0);
  expect((await readStore<{ key: string }>(page, 'kv')).map((r) => r.key)).not.toContain('active-walk-test');
});

test('steps from the motion sensor: counted while readings come, and a sensor that stops leaves the times intact and is named', async ({ page }) => {
  await openTest(page);
  await page.getByRole('checkbox', { name: /Also count my steps/ }).check();
  await page.getByLabel(/Your step length in centimetres/).fill('70');
  await page.getByRole('button', { name: 'Start the walking test' }).click();
  await expect(clock(page)).toHaveText('00:00');
  // A phone in the hand at 110 steps a minute: readings 50 times a second, on the page's clock.
  await page.evaluate(() => {
    const f = 110 / 60;
    const w = window as unknown as { __motion: number };
    w.__motion = window.setInterval(() => {
      const t = Date.now() / 1000;
      const a = 9.81 + 2 * Math.sin(2 * Math.PI * f * t) + 0.7 * Math.sin(4 * Math.PI * f * t + 0.6);
      window.dispatchEvent(new DeviceMotionEvent('devicemotion', { accelerationIncludingGravity: { x: 0.5, y: a, z: 0.3 } }));
    }, 20);
  });
  await page.clock.runFor(60_000);
  // The sensor stops a minute in; the test goes on by time alone.
  await page.evaluate(() => window.clearInterval((window as unknown as { __motion: number }).__motion));
  await page.clock.runFor(2 * MIN);
  await expect(clock(page)).toHaveText('03:00');
  await page.getByRole('button', { name: 'I have to stop' }).click();
  await page.getByRole('radio', { name: 'I was tired' }).check();
  await page.getByRole('button', { name: 'Save the result' }).click();
  await expect(page.getByText('You walked 3 minutes without tightness starting.')).toBeVisible();
  await expect(page.getByText(/^The motion sensor stopped at 01:0\d, so only the steps until then were counted: \d+ steps, about \d+ metres\. The times are not affected\.$/)).toBeVisible();
  const [record] = await readStore<{ totalMs: number; steps: number; cadence: number; stepLengthCm: number }>(page, 'walkTests');
  expect(record?.totalMs).toBe(3 * MIN);
  expect(record?.stepLengthCm).toBe(70);
  expect(Math.abs((record?.steps ?? 0) - 110)).toBeLessThanOrEqual(6);
  expect(Math.abs((record?.cadence ?? 0) - 110)).toBeLessThanOrEqual(6);
});

test('steps asked for on a phone that gives no readings: the test runs by time and says so', async ({ page }) => {
  await openTest(page);
  await page.getByRole('checkbox', { name: /Also count my steps/ }).check();
  await page.getByRole('button', { name: 'Start the walking test' }).click();
  await page.clock.runFor(MIN);
  await page.getByRole('button', { name: 'I have to stop' }).click();
  await page.getByRole('radio', { name: 'Back tightness' }).check();
  await page.getByRole('button', { name: 'Save the result' }).click();
  await expect(page.getByText('Steps were not counted: no motion readings came from this phone. The times are not affected.')).toBeVisible();
  const [record] = await readStore<Record<string, unknown>>(page, 'walkTests');
  expect(record).toMatchObject({ totalMs: MIN, endReason: 'back' });
  expect(record).not.toHaveProperty('steps');
});

test('an emergency screening answer holds the walking test', async ({ page }) => {
  await page.goto('/walk-test');
  // The app has opened its database (the gate has read the screenings) before records go in.
  await expect(page.getByRole('button', { name: 'Start the walking test' })).toBeEnabled();
  await writeStores(page, { screenings: [{ id: 'q1', at: Date.now(), day: new Date().toISOString().slice(0, 10), answers: { 'bladder-bowel': true }, outcome: 'emergency' }] });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Get emergency care now' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the walking test' })).toHaveCount(0);
});

test('Relief links to the walking test', async ({ page }) => {
  await page.goto('/relief');
  await page.getByRole('link', { name: 'take the guided walking test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Walking test' })).toBeVisible();
});

// axe waits on timers, so here the clock runs (installed, never paused) and jumps ahead.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`no accessibility violations on the safety check, the running test and the questions (${colorScheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: T0 });
    await page.goto('/walk-test');
    await expect(page.getByRole('button', { name: 'Start the walking test' })).toBeEnabled();
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/walk-test-check-${colorScheme}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Start the walking test' }).click();
    await page.clock.fastForward(8 * MIN);
    await expect(clock(page)).toHaveText(/^08:0\d$/);
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/walk-test-running-${colorScheme}.png` });
    await page.getByRole('button', { name: 'Tightness starts now' }).click();
    await page.clock.fastForward(4 * MIN + 30_000);
    await expect(clock(page)).toHaveText(/^12:3\d$/);
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/walk-test-symptom-${colorScheme}.png` });
    await page.getByRole('button', { name: 'I have to stop' }).click();
    await page.getByRole('button', { name: 'Save the result' }).click();
    await expect(page.getByText('Choose what made you stop.')).toBeVisible();
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/walk-test-questions-${colorScheme}.png`, fullPage: true });
    await page.getByRole('radio', { name: 'Back tightness' }).check();
    await page.getByRole('button', { name: 'Save the result' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/walk-test-result-${colorScheme}.png` });
  });
}
