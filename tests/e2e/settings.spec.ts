// Settings against real IndexedDB: backup export and import, delete everything, settings that
// persist, and accessibility in light and dark.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, startWithSuggestedPlan } from './fixtures';
import { pythonCsvRows, spreadsheetNumber } from '../fixtures/python-csv';

// Wednesday 25 November 2026, 07:00 local time.
const WEDNESDAY_7AM = new Date('2026-11-25T07:00:00');


/** The numbers the progress screen shows: streaks, habit strength, this week. */
async function progressFigures(page: Page): Promise<string[]> {
  const values = page.locator('main .stat .stat-value');
  await expect(values).toHaveCount(3);
  return values.allTextContents();
}

async function downloaded(page: Page, buttonName: string): Promise<{ download: Download; content: Buffer }> {
  const downloadEvent = page.waitForEvent('download');
  await page.getByRole('button', { name: buttonName }).click();
  const download = await downloadEvent;
  const path = await download.path();
  return { download, content: await readFile(path) };
}

/** The settings record as stored in IndexedDB, read without the app. */
function storedSettings(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('backstride');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('kv').objectStore('kv').get('settings');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { value?: Record<string, unknown> } | undefined)?.value);
          };
          get.onerror = () => {
            db.close();
            reject(get.error);
          };
        };
      }),
  );
}

async function deleteAllData(page: Page) {
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All your data was deleted from this device.' })).toBeVisible();
  await expect(dialog).toBeHidden();
}

test('a backup brings back what was deleted', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY_7AM });
  await startWithSuggestedPlan(page);
  await page.getByRole('button', { name: 'Mark Walk-ready as done' }).click();
  const walkReady = page.locator('.due-item').filter({ hasText: 'Walk-ready' });
  await expect(walkReady).toContainText('Done');

  await page.goto('/progress');
  const progressBefore = { figures: await progressFigures(page), history: /Walk-ready/ };

  await page.goto('/settings');
  const backup = await downloaded(page, 'Back up your data to a file');
  expect(backup.download.suggestedFilename()).toBe('backstride-backup-2026-11-25.json');
  await expect(page.getByRole('status').filter({ hasText: 'Saved backstride-backup-2026-11-25.json.' })).toBeVisible();
  const json = JSON.parse(backup.content.toString('utf8')) as { format: string; data: { plan: unknown[]; sessions: { routineId: string }[] } };
  expect(json.format).toBe('backstride-backup');
  expect(json.data.plan).toHaveLength(4);
  expect(json.data.sessions.map((s) => s.routineId)).toEqual(['walk-ready']);

  const csv = await downloaded(page, 'Save the spreadsheet');
  expect(csv.download.suggestedFilename()).toBe('backstride-sessions-2026-11-25.csv');
  expect(csv.content.toString('utf8')).toContain('Walk-ready');

  await deleteAllData(page);
  await page.goto('/');
  // Nothing left: Today greets a newcomer.
  await expect(page.getByRole('button', { name: 'Skip and use the suggested plan' })).toBeVisible();

  await page.goto('/settings');
  await page.getByLabel('Backup file').setInputFiles({ name: backup.download.suggestedFilename(), mimeType: 'application/json', buffer: backup.content });
  await expect(page.getByRole('group', { name: /backstride-backup-2026-11-25\.json is a backup from/ })).toContainText('4 plan entries and 1 session');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup merged. Added 4 plan entries and 1 session.' })).toBeVisible();
  await expect(page.getByLabel('Backup file')).toBeFocused();

  await page.goto('/');
  // The welcome answers came back with the backup: no welcome card, the same day as before.
  await expect(page.locator('.due-item')).toHaveCount(2);
  await expect(walkReady).toContainText('Done');
  await page.goto('/progress');
  await expect(page.getByText(progressBefore.history)).toBeVisible();
  expect(await progressFigures(page)).toEqual(progressBefore.figures);
});

test('the spreadsheet of two sessions reads right in Python’s csv, with commas and with semicolons and decimal commas', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY_7AM });
  await startWithSuggestedPlan(page);
  await page.getByRole('button', { name: 'Mark Walk-ready as done' }).click();
  await expect(page.locator('.due-item').filter({ hasText: 'Walk-ready' })).toContainText('Done');

  // A second session, with a note that has a comma, a quote, a line break and a leading "=".
  await page.goto('/settings');
  const note = '=1+1, then "easy"\nwalked after';
  const { content } = await downloaded(page, 'Back up your data to a file');
  const json = JSON.parse(content.toString('utf8')) as { data: { sessions: Record<string, unknown>[] } };
  const first = json.data.sessions[0]!;
  const start = WEDNESDAY_7AM.getTime() - 86_400_000;
  json.data.sessions.push({ ...first, id: 'second-session', day: '2026-11-24', startedAt: start, endedAt: start + 150_000, note });
  await page.getByLabel('Backup file').setInputFiles({ name: 'two.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 session' })).toBeVisible();

  for (const [style, delimiter, decimal] of [
    [/^2\.5 minutes, columns split by commas/, ',', '.'],
    [/^2,5 minutes, columns split by semicolons/, ';', ','],
  ] as const) {
    await page.getByRole('radio', { name: style }).check();
    const csv = await downloaded(page, 'Save the spreadsheet');
    await expect(page.getByRole('status').filter({ hasText: 'with 2 sessions.' })).toBeVisible();
    const rows = pythonCsvRows(csv.content, delimiter);
    expect(rows[0]).toEqual(['date', 'start', 'routine', 'completed', 'minutes', 'effort', 'tightness', 'note']);
    expect(rows.map((r) => r[0])).toEqual(['date', '2026-11-24', '2026-11-25']);
    expect(rows[1]?.[7]).toBe(` ${note}`);
    expect(rows[1]?.[4] && spreadsheetNumber(rows[1][4], decimal)).toBe(2.5);
    expect(rows[2]?.[2]).toBe('Walk-ready');
    expect(typeof spreadsheetNumber(rows[2]?.[4] ?? '', decimal)).toBe('number');
  }
});

test('a bad backup file is explained at the field and changes nothing', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY_7AM });
  await startWithSuggestedPlan(page);
  await page.goto('/settings');
  const { content } = await downloaded(page, 'Back up your data to a file');
  const fileField = page.getByLabel('Backup file');

  await fileField.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "backstride-backup", oops') });
  const notJson = page.getByRole('alert').filter({ hasText: 'notes.json cannot be imported. Nothing was changed.' });
  await expect(notJson).toContainText('This file is not a Backstride backup: it is not valid JSON');
  await expect(fileField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Merge', exact: true })).toHaveCount(0);

  // A real backup, edited: one new plan entry that is fine, and one with a time that is not.
  const json = JSON.parse(content.toString('utf8')) as { data: { plan: Record<string, unknown>[] } };
  const first = json.data.plan[0];
  json.data.plan.push({ ...first, id: 'fine-entry', routineId: 'quick-reset', time: '12:00' }, { ...first, id: 'bad-entry', time: '25:00' });
  await fileField.setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  const wrongField = page.getByRole('alert').filter({ hasText: 'edited.json cannot be imported. Nothing was changed.' });
  await expect(wrongField.getByRole('listitem')).toHaveText(['plan[5].time: expected a time of day like 07:30, got "25:00"']);
  await expect(fileField).toHaveAccessibleDescription(/plan\[5\]\.time: expected a time of day like 07:30, got "25:00"/);
  await expect(page.getByRole('button', { name: 'Merge', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto('/plan');
  await expect(page.locator('.plan-entry')).toHaveCount(4);
  await expect(page.locator('.plan-entry').filter({ has: page.locator('input[type="time"][value="12:00"]') })).toHaveCount(0);
});

test('settings are saved at once and kept after a reload', async ({ page }) => {
  await page.goto('/settings');
  const voice = page.getByRole('switch', { name: 'Spoken cues (voice)' });
  const sound = page.getByRole('switch', { name: 'Sound (beeps)' });
  const still = page.getByRole('switch', { name: 'Always show still pictures instead of animations' });
  // A fresh install: voice, beeps and vibration on.
  await expect(voice).toBeChecked();
  await expect(sound).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Vibration' })).toBeChecked();
  await voice.click();
  await sound.click();
  await still.click();
  await page.getByRole('radio', { name: 'Sunday' }).click();
  await page.getByLabel('A new day starts at').selectOption({ label: '05:00' });
  // Saved, not only shown.
  await expect
    .poll(() => storedSettings(page))
    .toEqual({ voice: false, sound: false, reducedMotion: 'reduce', weekStartsOn: 0, rolloverHour: 5 });

  await page.reload();
  await expect(voice).not.toBeChecked();
  await expect(sound).not.toBeChecked();
  await expect(still).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Sunday' })).toBeChecked();
  await expect(page.getByLabel('A new day starts at')).toHaveValue('5');
});

test('an older backup without screenings imports, and replace asks first', async ({ page }) => {
  await page.goto('/settings');
  const older = {
    format: 'backstride-backup',
    version: 1,
    exportedAt: WEDNESDAY_7AM.getTime(),
    data: { plan: [], sessions: [], checkIns: [], walks: [], dayMarks: [], doses: [], settings: { voice: false } },
  };
  await page.getByLabel('Backup file').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
  await expect(page.getByRole('group', { name: /older\.json is a backup from .* with no records\./ })).toBeVisible();
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace your data with this backup?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my data' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('switch', { name: 'Spoken cues (voice)' })).toBeChecked();

  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  await dialog.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your data was replaced by the backup: no records, and its settings.' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Spoken cues (voice)' })).not.toBeChecked();
});

test('Merge refuses a plan entry that clashes with one already here, naming it, and changes nothing', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY_7AM });
  await startWithSuggestedPlan(page);
  await page.goto('/settings');
  const first = await downloaded(page, 'Back up your data to a file');
  type Entry = { id: string; routineId: string; time: string; weekdays: number[] };
  const json = JSON.parse(first.content.toString('utf8')) as { data: { plan: Entry[] } };
  const [entry] = json.data.plan;
  if (!entry) throw new Error('the suggested plan has no entries');
  // The same routine at the same time on one of its days, made on another device (another id).
  json.data.plan = [{ ...entry, id: 'from-another-phone', weekdays: [entry.weekdays[0]!] }];
  await page.getByLabel('Backup file').setInputFiles({ name: 'other-phone.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This backup cannot be merged with the data on this device, so nothing was changed.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(new RegExp(`plan\\[0\\]\\.time: plan entry \\(.+ ${entry.time}\\) clashes with a plan entry already on this device`));

  const again = await downloaded(page, 'Back up your data to a file');
  const data = (file: Buffer) => JSON.stringify((JSON.parse(file.toString('utf8')) as { data: unknown }).data);
  expect(data(again.content)).toBe(data(first.content));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`settings has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/settings');
    await expect(page.getByRole('switch', { name: 'Sound (beeps)' })).toBeVisible();
    await expect(page.getByText('Kept safe on this device')).toBeVisible();
    await expectNoAxeViolations(page);

    const backup = { format: 'backstride-backup', version: 1, exportedAt: 0, data: { plan: [], sessions: [], checkIns: [], walks: [], dayMarks: [], doses: [], screenings: [] } };
    await page.getByLabel('Backup file').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await expect(page.getByRole('button', { name: 'Merge', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Backup file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
    await expect(page.getByRole('alert').filter({ hasText: 'bad.json cannot be imported' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect(dialog.getByText('Type DELETE in capital letters to confirm, or choose Cancel.')).toBeVisible();
    await expect(dialog.getByLabel('Type DELETE to confirm')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
}
