// The player's static layout (issue 14): /session's static HTML draws the routine's idle player
// in its final size and place, so nothing moves when the records arrive. Each case measures the
// player's parts with the app's scripts blocked (only the static HTML and CSS), then with the
// app running, and compares; before and after the question about spoken cues is answered.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectProgressRead, readStore, test } from './fixtures';

// The key-value row that says the question about spoken cues was answered (lib/db/settings.ts).
const VOICE_ASKED_KEY = 'voice-asked';

const PARTS = [
  '.player-routine',
  '.player-exercise',
  '.player-title',
  '.player-instruction',
  '.player-stage',
  '.countdown',
  '.player-figure',
  '.player-controls',
  '.session-bar',
  '.voice-intro',
  '.player-stop',
  '.keys-hint',
] as const;

type Boxes = Record<string, { x: number; y: number; width: number; height: number } | null>;

/** Each part's place on the page (not in the viewport: a reload may restore a scroll). */
function boxesIn(page: Page, root: string): Promise<Boxes> {
  return page.evaluate(
    ({ root, parts }) => {
      const boxes: Boxes = {};
      for (const part of parts) {
        const found = document.querySelectorAll(`${root} ${part}`);
        const el = found.length === 1 ? found[0]! : null;
        const r = el?.getBoundingClientRect();
        boxes[part] = r && r.width > 0 ? { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height } : null;
      }
      return boxes;
    },
    { root, parts: PARTS },
  );
}

/** The static page alone: the app's own scripts answer empty, the service worker stays out. */
async function staticOnly(page: Page) {
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.fulfill({ status: 200, contentType: 'application/javascript', body: '' }));
}

function expectSameLayout(staticBoxes: Boxes, liveBoxes: Boxes) {
  for (const part of PARTS) {
    const [s, l] = [staticBoxes[part], liveBoxes[part]];
    expect(s === null, `${part} drawn in one and not the other: static ${JSON.stringify(s)}, live ${JSON.stringify(l)}`).toBe(l === null);
    if (!s || !l) continue;
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(s[key] - l[key]), `${part} ${key}: static ${s[key]}, live ${l[key]}`).toBeLessThanOrEqual(1);
    }
  }
}

test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

for (const routine of ['walk-ready', 'hamstrings', 'quick-reset']) {
  test(`/session?routine=${routine}: the static page draws the idle player where the app draws it`, async ({ browser }) => {
    // First visit: the question about spoken cues is part of the layout.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const live = await context.newPage();
    await live.goto(`/session?routine=${routine}`);
    await expect(live.locator('.player[data-status="idle"]')).toBeVisible();
    await expect(live.getByRole('heading', { name: /^Spoken cues are/ })).toBeVisible();
    const liveAsking = await boxesIn(live, '.player[data-status]');

    const still = await context.newPage();
    await staticOnly(still);
    await still.goto(`/session?routine=${routine}`);
    const shown = '.routine-skeleton[data-shown]';
    await expect(still.locator(shown)).toHaveCount(1, { timeout: 15_000 });
    await expect(still.getByRole('heading', { level: 1 })).toHaveText(/\S/);
    expect(await still.getByRole('heading', { level: 1 }).textContent()).toBe(await live.getByRole('heading', { level: 1 }).textContent());
    expectSameLayout(await boxesIn(still, shown), liveAsking);
    await expectNoAxeViolations(still);

    // Answered once: neither draws the question again.
    await live.getByRole('button', { name: 'Keep voice on' }).click();
    // The answer is written in the background: reload once it is stored, not before.
    await expect.poll(async () => (await readStore<{ key: string }>(live, 'kv')).some((row) => row.key === VOICE_ASKED_KEY)).toBe(true);
    await live.reload();
    await expect(live.locator('.player[data-status="idle"]')).toBeVisible();
    await expect(live.getByRole('heading', { name: /^Spoken cues are/ })).toHaveCount(0);
    const liveAnswered = await boxesIn(live, '.player[data-status]');
    await still.reload();
    await expect(still.locator(shown)).toHaveCount(1, { timeout: 15_000 });
    expectSameLayout(await boxesIn(still, shown), liveAnswered);
    await context.close();
  });
}

test('a session under way: the static page shows no routine’s start, only that the session is loading', async ({ page }) => {
  await page.goto('/session?routine=walk-ready');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.player[data-status="running"]')).toBeVisible();
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.fulfill({ status: 200, contentType: 'application/javascript', body: '' }));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Loading your session…' })).toBeVisible();
  await expect(page.locator('.routine-skeleton')).toHaveCount(8);
  for (const skeleton of await page.locator('.routine-skeleton').all()) await expect(skeleton).toBeHidden();
});

test('/progress: a new device’s static page draws the empty card where the app draws it; one with a history says it is loading', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const live = await context.newPage();
  await live.goto('/progress');
  await expectProgressRead(live);
  const card = (page: Page) => page.locator('section.card').filter({ has: page.getByRole('heading', { name: 'Nothing here yet' }) });
  await expect(card(live)).toBeVisible();
  const liveBox = await card(live).boundingBox();

  const still = await context.newPage();
  await staticOnly(still);
  await still.goto('/progress');
  await expect(card(still)).toBeVisible();
  await expect(still.getByText('Loading your progress…')).toBeHidden();
  const stillBox = await card(still).boundingBox();
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(stillBox![key] - liveBox![key]), `card ${key}`).toBeLessThanOrEqual(1);
  await expectNoAxeViolations(still);

  // A session later, the static page no longer promises an empty screen.
  await live.goto('/session?routine=quick-reset');
  await live.getByRole('button', { name: 'Start' }).click();
  await live.getByRole('button', { name: 'End' }).click();
  await live.getByRole('button', { name: 'End session' }).click();
  await expect(live.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();
  await live.goto('/progress');
  await expectProgressRead(live);
  await expect(live.getByRole('heading', { name: 'Streak and habit strength' })).toBeVisible();
  await still.reload();
  await expect(still.getByRole('status').filter({ hasText: 'Loading your progress…' })).toBeVisible();
  await expect(card(still)).toBeHidden();
  await context.close();
});
