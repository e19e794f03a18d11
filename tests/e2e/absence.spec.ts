// A session left behind is recorded as it happened: a tab closed mid-hold and reopened 40
// minutes later comes back paused where it was left, not as a finished session.
// Playwright's clock drives time (one clock for the whole context); IndexedDB is real.
import type { Page } from '@playwright/test';
import { expect, readStore, settle, test } from './fixtures';

const T0 = new Date('2026-11-25T07:30:00').getTime();
const START_AT = T0 + 60_000;
const NOTE = 'You left at 0:18 in Lying hamstring stretch with a strap — resume or end.';

const lastSeen = async (page: Page) => {
  const rows = (await readStore(page, 'kv')) as { key: string; value: { lastSeen?: number } }[];
  return rows.find((r) => r.key === 'active-session')?.value.lastSeen;
};

test('closed 12 s into the first hold and reopened 40 minutes later: paused at 0:18, not completed; Resume carries on', async ({ page, context }) => {
  await page.clock.install({ time: T0 });
  await page.goto('/session?routine=hamstrings');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.clock.pauseAt(START_AT);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.player[data-status] .player-title')).toHaveText('Get ready');
  await page.clock.runFor(3_000);
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.locator('.player[data-status] .player-title')).toHaveText('Hold');
  await expect(page.getByRole('timer')).toHaveText('30');
  // 12 s into the hold is also the third 5 s heartbeat since Start: the moment last seen.
  await page.clock.runFor(12_000);
  await expect(page.getByRole('timer')).toHaveText('18');
  await expect.poll(() => lastSeen(page)).toBe(START_AT + 15_000);
  await page.close();

  await context.clock.fastForward('40:00');
  const again = await context.newPage();
  await again.goto('/session');
  const resume = again.getByRole('button', { name: 'Resume' });
  await settle(again, resume);
  await expect(again.locator('.player[data-status]')).toHaveAttribute('data-status', 'paused');
  await expect(again.locator('.player[data-status] .player-title')).toHaveText('Hold');
  await expect(again.getByRole('timer')).toHaveText('18');
  await expect(again.locator('.notice').filter({ hasText: NOTE })).toBeVisible();
  // Said once, politely, in the player's live region: not an alert.
  await expect(again.locator('[aria-live="polite"]')).toHaveText(NOTE);
  await expect(again.getByRole('alert').filter({ hasText: 'You left' })).toHaveCount(0);
  expect(await readStore(again, 'sessions')).toEqual([]);

  await resume.click();
  await expect(again.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(again.getByText(NOTE)).toHaveCount(0);
  await again.clock.runFor(5_000);
  await expect(again.getByRole('timer')).toHaveText('13');
  // The rest of the routine, live: left 18 s + rest + hold, switch, hold + rest + hold.
  await again.clock.runFor(13_000 + 10_000 + 30_000 + 10_000 + 30_000 + 10_000 + 30_000);
  await expect(again.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
  await expect.poll(() => readStore(again, 'sessions')).toEqual([
    expect.objectContaining({
      routineId: 'hamstrings',
      completed: true,
      results: [
        expect.objectContaining({ side: 'left', planned: 60, done: 60 }),
        expect.objectContaining({ side: 'right', planned: 60, done: 60 }),
      ],
    }),
  ]);
  // The 40 minutes away sit inside the session as a pause, after the 2:33 of activity.
  const [session] = (await readStore(again, 'sessions')) as { startedAt: number; endedAt: number }[];
  expect(session!.endedAt - session!.startedAt).toBeGreaterThanOrEqual(3_000 + 150_000 + 40 * 60_000);
});
