// Full storage in a real browser: the final save of a session fails with a real
// QuotaExceededError (IndexedDB's own put throws it), the summary says storage is full and
// what to do, and the record it offers imports back with Merge once there is room.
import { readFile } from 'node:fs/promises';
import { expect, expectProgressRead, startWithSuggestedPlan, test } from './fixtures';

test('storage full at the end of a session: its downloaded record merges back into the history', async ({ page }) => {
  await page.addInitScript(() => {
    // Storage is full only while the flag is set, and only for sessions: the plan and the
    // running session were written before the disk filled up.
    const w = window as unknown as { __storageFull?: boolean };
    const full = (store: IDBObjectStore) => w.__storageFull === true && store.name === 'sessions';
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (full(this)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await startWithSuggestedPlan(page);
  await page.goto('/progress');
  await expectProgressRead(page);
  await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();

  await page.goto('/session?routine=quick-reset');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.evaluate(() => ((window as unknown as { __storageFull?: boolean }).__storageFull = true));
  await page.getByRole('button', { name: 'End' }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();

  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await expect(alert).toContainText('storage on this device is full');
  await expect(alert).toContainText('Free up space on this device');
  await expect(alert).toContainText('export a backup in Settings');
  await expect(alert).not.toContainText('try again');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download session record' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^backstride-session-\d{4}-\d{2}-\d{2}\.json$/);
  const content = await readFile((await file.path())!);

  // Room again (the flag is gone with the page): import the record with Merge.
  await page.goto('/settings');
  await page.getByLabel('Backup file').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: content });
  await expect(page.getByRole('group', { name: /is a backup from/ })).toContainText('1 session');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup merged. Added 1 session.' })).toBeVisible();

  await page.goto('/progress');
  const history = page.getByRole('list', { name: /^Sessions, newest first/ });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText('Quick reset');
});
