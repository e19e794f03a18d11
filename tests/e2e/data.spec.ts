// Data safety in a real browser: two tabs stay in step, and a device that refuses storage
// still runs a session and offers its record for download.
import { readFile } from 'node:fs/promises';
import { expect, expectProgressRead, startWithSuggestedPlan, test } from './fixtures';

test('two tabs: a session finished in one appears in the other', async ({ page, context }) => {
  await startWithSuggestedPlan(page);
  const other = await context.newPage();
  await other.goto('/progress');
  await expectProgressRead(other);
  await expect(other.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();

  await page.goto('/session?routine=quick-reset');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'End' }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();

  const history = other.getByRole('list', { name: /^Sessions, newest first/ });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText('Quick reset');

  // And back: ticking off on Today in the second tab updates the first tab's Today.
  await page.goto('/');
  await other.goto('/');
  await other.getByRole('button', { name: /^Mark .* as done$/ }).first().click();
  await expect(page.locator('.due-item[data-status="done"]')).toHaveCount(1);
});

test('when the device refuses storage, the session still runs and its record can be downloaded', async ({ page, guard }) => {
  guard.allowConsoleError(/IndexedDB|storage|SecurityError|MissingAPIError|DatabaseClosedError/i);
  await page.addInitScript(() => {
    // As in some private modes: opening any database is refused.
    IDBFactory.prototype.open = () => {
      throw new DOMException('Storage is blocked for this test', 'SecurityError');
    };
  });
  await page.clock.install({ time: new Date('2026-11-25T07:30:00') });
  await page.goto('/session?routine=core');
  await expect(page.getByRole('alert').filter({ hasText: 'not letting Backstride save' })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward(5 * 60_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await expect(alert).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download session record' }).click();
  const file = await download;
  // A backup file of that one session, which Settings can import (storage-full.spec.ts).
  const backup = JSON.parse(await readFile((await file.path())!, 'utf8'));
  expect(backup).toMatchObject({ format: 'backstride-backup', version: 3 });
  expect(backup.data.sessions).toHaveLength(1);
  expect(backup.data.sessions[0]).toMatchObject({ routineId: 'core', completed: true, day: '2026-11-25' });
});

test('two tabs on one running session: only one drives it, and the other never brings it back', async ({ page, context }) => {
  await page.goto('/session?routine=core');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  const other = await context.newPage();
  await other.goto('/session?routine=core');
  await expect(other.getByRole('button', { name: 'Pause' })).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'now running in another tab' });
  await expect(notice).toBeVisible();

  await other.getByRole('button', { name: 'End' }).click();
  await other.getByRole('button', { name: 'End session' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'finished in another tab' })).toBeVisible();

  // The first tab keeps ticking, but saves nothing: no session in progress comes back. The
  // player TICKs on every animation frame, so 60 frames painted are 60 ticks it could have saved on.
  await page.bringToFront();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let left = 60;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
  );
  const active = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('backstride');
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('active-session');
          get.onsuccess = () => resolve(get.result ?? null);
        };
      }),
  );
  expect(active).toBeNull();
});

test('with IndexedDB refused at open, every data screen says storage cannot be read instead of loading; the player and Relief still work', async ({ page, guard }) => {
  guard.allowConsoleError(/IndexedDB|storage|SecurityError|MissingAPIError|DatabaseClosedError|OpenFailedError/i);
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Storage is blocked for this test', 'SecurityError');
    };
  });
  for (const route of ['/', '/plan', '/progress', '/settings', '/safety']) {
    await page.goto(route);
    // The refusal is told, never an endless "Loading…" (how fast is a benchmark's business:
    // a timed assertion here failed on a busy 2-core machine).
    await expect(page.getByRole('alert').filter({ hasText: 'cannot read this device’s storage' })).toBeVisible();
    await expect(page.getByText(/^Loading /)).toHaveCount(0);
  }
  await page.goto('/session?routine=quick-reset');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.goto('/relief');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Start/ }).first()).toBeEnabled();
});

test('two tabs editing one plan entry: a time changed here keeps the days changed in the other tab', async ({ page, context }) => {
  await page.goto('/plan');
  const first = page.locator('.plan-entry').first();
  await expect(first.getByLabel('Time')).toBeVisible();
  // The other tab writes first, and this tab has not heard of it yet (a raw write is not
  // announced to Dexie's live queries): only a write of the changed fields keeps it.
  const other = await context.newPage();
  await other.goto('/relief');
  const id = await other.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('backstride');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('plan', 'readwrite').objectStore('plan');
          const all = store.getAll();
          all.onsuccess = () => {
            const entries = all.result as { id: string; time: string; createdAt: number; weekdays: number[] }[];
            const entry = entries.sort((a, b) => a.time.localeCompare(b.time) || a.createdAt - b.createdAt)[0]!;
            store.put({ ...entry, weekdays: [0, 6] }).onsuccess = () => resolve(entry.id);
          };
        };
      }),
  );
  await first.getByLabel('Time').fill('06:45');
  await expect
    .poll(() =>
      page.evaluate(
        (entryId) =>
          new Promise((resolve) => {
            const open = indexedDB.open('backstride');
            open.onsuccess = () => {
              const get = open.result.transaction('plan').objectStore('plan').get(entryId);
              get.onsuccess = () => resolve({ time: get.result.time, weekdays: get.result.weekdays });
            };
          }),
        id,
      ),
    )
    .toEqual({ time: '06:45', weekdays: [0, 6] });
});
