// The progress screen against real IndexedDB, with a pinned clock. History is made through
// the UI (ticking routines off on Today, checking in); weeks past and walks are written
// straight into IndexedDB.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectProgressRead, readStore, test, writeStores } from './fixtures';

// Monday 23 and Tuesday 24 November 2026, 07:00 local time. The starter plan has Walk-ready
// every day, Core + glutes on Mondays, and the two stretches on Tuesdays.
const MONDAY_7AM = new Date('2026-11-23T07:00:00');
const TUESDAY_7AM = new Date('2026-11-24T07:00:00');
const MONDAY = ['Walk-ready', 'Core + glutes: bird-dog and bridge'];
const TUESDAY = ['Walk-ready', 'Hamstring stretch', 'Hip-flexor stretch'];

async function tickOff(page: Page, routines: readonly string[]) {
  for (const name of routines) {
    const button = page.getByRole('button', { name: `Mark ${name} as done` });
    await button.click();
    await expect(button).toHaveCount(0);
  }
}

/** Two planned days, both done in full: a two-day streak ending today (Tuesday). */
async function twoDaysDone(page: Page) {
  await page.clock.install({ time: MONDAY_7AM });
  await page.goto('/');
  await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
  await tickOff(page, MONDAY);
  await page.clock.setSystemTime(TUESDAY_7AM);
  await page.goto('/');
  await tickOff(page, TUESDAY);
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 2, name: 'Streak and habit strength' })).toBeVisible();
}

const statValue = (page: Page, label: string) => page.locator('.stat').filter({ hasText: label }).locator('.stat-value');
const historyItems = (page: Page) => page.getByRole('list', { name: /^Sessions, newest first/ }).getByRole('listitem');

const writeRecords = (page: Page, store: 'walks' | 'checkIns', records: readonly object[]) => writeStores(page, { [store]: records });

/**
 * Dates the plan back, as if the person had set Backstride up on `createdAt`: its creation
 * instant and its stored first day (the local day of `createdAt`, a morning past the rollover
 * hour in every caller). Reload to see it.
 */
async function planCreatedOn(page: Page, createdAt: number) {
  const local = new Date(createdAt);
  const startDay = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  await page.evaluate(
    ({ createdAt, startDay }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstride');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('plan', 'readwrite');
          const store = tx.objectStore('plan');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const entry of all.result as { createdAt: number }[]) store.put({ ...entry, createdAt, startDay });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { createdAt, startDay },
  );
}

test('with no history yet, Progress says how to start', async ({ page }) => {
  await page.goto('/progress');
  await expect(page).toHaveTitle('Progress · Backstride');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await expectProgressRead(page);
  await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to Today' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('routines marked done on Today show as a streak, a calendar and a history', async ({ page }) => {
  await twoDaysDone(page);
  await expect(statValue(page, 'day streak')).toHaveText('2');
  await expect(statValue(page, 'best streak')).toHaveText('2');
  await expect(statValue(page, 'habit strength')).toHaveText(/^\d+ %$/);
  await expect(page.getByRole('gridcell', { name: 'Monday 23 November: done' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Tuesday 24 November: done' })).toBeVisible();
  await expect(page.getByText('November: 2 of 2 planned days done.')).toBeVisible();
  // The first weeks: what there is in words; no weeks of 0 % before the first use.
  const firstWeeks = page.getByRole('region', { name: 'Your first weeks' });
  await expect(firstWeeks).toContainText('This week: 2 of 2 planned days done so far.');
  await expect(firstWeeks).toContainText('Since you started on Monday 23 November: 5 sessions.');
  await expect(page.getByRole('heading', { name: 'Weekly adherence' })).toHaveCount(0);
  await expect(historyItems(page)).toHaveCount(MONDAY.length + TUESDAY.length);
  await expect(historyItems(page).first()).toContainText('Tuesday 24 November');
  await expect(historyItems(page).last()).toContainText('Monday 23 November');
});

test('Progress on day 1 shows this week and the first session, and no empty months, weeks or charts', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T07:00:00') });
  await page.goto('/');
  await page.getByRole('button', { name: 'Skip and use the suggested plan' }).click();
  await tickOff(page, ['Walk-ready', 'Core + glutes: bird-dog and bridge']);
  await page.goto('/progress');
  const firstWeeks = page.getByRole('region', { name: 'Your first weeks' });
  await expect(firstWeeks).toContainText('This week: 1 of 1 planned day done so far.');
  await expect(firstWeeks).toContainText('Since you started on Wednesday 25 November: 2 sessions.');
  // The calendar starts at the first use: one month, whose first cell is today.
  await expect(page.getByRole('heading', { level: 3, name: /^\w+ 2026$/ })).toHaveText(['November 2026']);
  await expect(page.locator('[role="gridcell"][data-day]')).toHaveCount(1);
  await expect(page.getByRole('gridcell', { name: 'Wednesday 25 November: done' })).toBeVisible();
  await expect(page.getByText('November: 1 of 1 planned day done.')).toBeVisible();
  for (const empty of ['Weekly adherence', 'Tightness', 'Walking tolerance']) {
    await expect(page.getByRole('heading', { level: 2, name: empty, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
  await expect(historyItems(page)).toHaveCount(2);
  for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    }
  }
});

test('the calendar is one tab stop and arrow keys move between days', async ({ page }) => {
  await twoDaysDone(page);
  // Set up in early October: the calendar starts there (the days since, not done, are missed).
  await planCreatedOn(page, new Date('2026-10-05T07:00:00').getTime());
  await page.reload();
  const today = page.getByRole('gridcell', { name: 'Tuesday 24 November: done' });
  await expect(page.locator('[role="gridcell"][tabindex="0"]')).toHaveCount(1);
  await expect(today).toHaveAttribute('tabindex', '0');

  // Reach the calendar from the element before it with Tab, as a keyboard user would.
  await expect(page.getByRole('img', { name: /^Habit strength over the last \d+ days/ })).toBeVisible();
  await page.locator('summary', { hasText: 'Show as table: habit strength' }).focus();
  await page.keyboard.press('Tab');
  await expect(today).toBeFocused();

  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('gridcell', { name: 'Monday 23 November: done' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('gridcell', { name: 'Monday 16 November: missed' })).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('gridcell', { name: 'Friday 16 October: missed' })).toBeFocused();
  await page.keyboard.press('Control+End');
  await expect(today).toBeFocused();
  await page.keyboard.press('ArrowLeft');

  // Leaving and coming back lands on the day last visited: still one tab stop.
  await page.keyboard.press('Tab');
  await expect(page.locator('[role="gridcell"]:focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('gridcell', { name: 'Monday 23 November: done' })).toBeFocused();
});

test('a session can be edited, and a deleted one comes back with Undo', async ({ page }) => {
  await twoDaysDone(page);
  const item = historyItems(page).filter({ hasText: 'Hamstring stretch' });
  await item.locator('summary').click();
  await item.getByRole('radio', { name: 'Hard' }).check();
  const tightness = item.getByRole('textbox', { name: 'Tightness after the session (0–10)' });
  await tightness.fill('12');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByText('Enter a whole number from 0 to 10.')).toBeVisible();
  await expect(tightness).toHaveAttribute('aria-invalid', 'true');
  await expect(tightness).toHaveAccessibleDescription('Enter a whole number from 0 to 10.');
  await expect(tightness).toBeFocused();

  await tightness.fill('3');
  await item.getByRole('textbox', { name: 'Note (optional)' }).fill('Tight after the bus ride');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Tuesday 24 November, Hamstring stretch.' })).toBeVisible();
  await expect(item.locator('summary')).toContainText('Effort: hard, Tightness: 3/10, Has a note');
  // One rated day is not a trend yet: no chart with a single dot.
  await expect(page.getByRole('img', { name: /^Tightness from 0/ })).toHaveCount(0);

  await page.reload();
  const saved = historyItems(page).filter({ hasText: 'Hamstring stretch' });
  await expect(saved.locator('summary')).toContainText('Effort: hard, Tightness: 3/10, Has a note');

  // Delete: gone at once, and today (Tuesday) is no longer complete, so the streak drops.
  await saved.locator('summary').click();
  await saved.getByRole('button', { name: 'Delete session' }).click();
  await expect(historyItems(page)).toHaveCount(4);
  await expect(historyItems(page).filter({ hasText: 'Hamstring stretch' })).toHaveCount(0);
  const status = page.getByRole('status').filter({ hasText: 'Session deleted' });
  await expect(status).toHaveText('Session deleted — Undo');
  await expect(statValue(page, 'day streak')).toHaveText('1');
  await expect(status.getByRole('button', { name: 'Undo' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(historyItems(page)).toHaveCount(5);
  await expect(page.getByRole('status').filter({ hasText: 'Restored: Tuesday 24 November, Hamstring stretch.' })).toBeVisible();
  // The same record: its edits came back with it.
  await expect(historyItems(page).filter({ hasText: 'Hamstring stretch' }).locator('summary')).toContainText('Effort: hard, Tightness: 3/10, Has a note');
  await expect(statValue(page, 'day streak')).toHaveText('2');
  await page.reload();
  await expect(historyItems(page)).toHaveCount(5);
});

test('a check-in made on Today is corrected on Progress, and a deleted one comes back whole with Undo', async ({ page }) => {
  await twoDaysDone(page);
  await page.goto('/');
  await page.getByLabel('How tight is your back right now? (0–10)').fill('4');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Saved: 4 out of 10.')).toBeVisible();
  await page.goto('/progress');

  const list = page.getByRole('list', { name: /^Check-ins, newest first \(1 of 1\)/ });
  const item = list.getByRole('listitem').first();
  await expect(item).toContainText('Tuesday 24 November, 07:00');
  await expect(item).toContainText('Tightness 4/10');
  await item.locator('summary').click();
  const rating = item.getByRole('textbox', { name: 'Tightness (0–10)' });
  await rating.fill('2');
  await item.getByRole('combobox', { name: 'When' }).selectOption({ label: 'Before a walk' });
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: check-in of Tuesday 24 November at 07:00.' })).toBeVisible();
  await expect(item).toContainText('Tightness 2/10');
  const [edited] = await readStore<{ tightness: number; context: string; updatedAt?: number }>(page, 'checkIns');
  expect(edited).toMatchObject({ tightness: 2, context: 'before-walk', updatedAt: expect.any(Number) });

  await item.getByRole('button', { name: 'Delete check-in' }).click();
  await expect(list).toHaveCount(0);
  await expect.poll(() => readStore(page, 'checkIns')).toEqual([]);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Restored: check-in of Tuesday 24 November at 07:00.')).toBeVisible();
  await expect.poll(() => readStore(page, 'checkIns')).toEqual([edited]);
  await expect(page.getByRole('list', { name: /^Check-ins, newest first/ }).locator('summary')).toBeFocused();
});

test('Progress with every chart, an open editor and an open table has no axe violations in light and dark', async ({ page }) => {
  await twoDaysDone(page);
  const at = (iso: string) => new Date(iso).getTime();
  // Started three weeks earlier (and missed those days), so every chart has weeks to draw.
  await planCreatedOn(page, at('2026-11-02T07:00:00'));
  await writeRecords(page, 'walks', [
    { id: 'w1', startedAt: at('2026-11-23T17:00:00'), endedAt: at('2026-11-23T17:20:00'), day: '2026-11-23', minutesWalked: 20, tightnessAtMinute: 11 },
    { id: 'w2', startedAt: at('2026-11-24T07:10:00'), endedAt: at('2026-11-24T07:35:00'), day: '2026-11-24', minutesWalked: 25, tightnessAtMinute: null },
  ]);
  await writeRecords(page, 'checkIns', [
    { id: 'c1', at: at('2026-11-23T08:00:00'), day: '2026-11-23', tightness: 5, context: 'before-walk' },
    { id: 'c2', at: at('2026-11-24T08:00:00'), day: '2026-11-24', tightness: 3, context: 'other' },
  ]);
  await page.reload();
  await expect(page.getByRole('img', { name: /^Minutes walked before tightness started, 2 walks/ })).toBeVisible();
  await expect(page.getByText('Minutes of walking until tightness started: a dot per walk (open: no tightness), the line is the trend.')).toBeVisible();
  await expect(page.getByText(/^(Up|Down) from \d+ to \d+ minutes since you started\.$|^About \d+ minutes, as when you started\.$/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Tightness from 0 \(none\) to 10 \(worst\), 2 days rated/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Weekly adherence/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Habit strength over the last/ })).toBeVisible();

  await page.locator('summary', { hasText: 'Show as table: walking tolerance' }).click();
  await expect(page.getByRole('table', { name: 'Minutes walked before tightness started, per walk' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Minutes walked before tightness started, per walk' })).toContainText('25+ (no tightness)');
  const item = historyItems(page).first();
  await item.locator('summary').click();
  await item.getByRole('textbox', { name: /Tightness/ }).fill('11');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByText('Enter a whole number from 0 to 10.')).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
});
