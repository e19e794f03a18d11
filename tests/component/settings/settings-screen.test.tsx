import './setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { SettingsScreen } from '@/components/settings/SettingsScreen';
import { csvStyleFor } from '@/components/settings/data-actions';
import { parseBackup } from '@/lib/backup';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
import { importWrite } from '@/lib/backup/merge';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { readOnboarding, saveOnboarding } from '@/lib/db/safety';
import { readSettings, updateSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { T0, emptyData, screening, session } from './fixtures';

// Downloads are the browser's business; the tests check what would be saved.
const saveFile = vi.hoisted(() => vi.fn<(text: string, fileName: string, type: string) => void>());
vi.mock('@/components/ui/save-file', () => ({ saveFile }));

beforeEach(async () => {
  saveFile.mockClear();
  await db.delete();
  await db.open();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function renderScreen() {
  const user = userEvent.setup();
  render(<SettingsScreen />);
  await screen.findByRole('switch', { name: 'Sound (beeps)' });
  return user;
}

describe('session cues and days', () => {
  it('show the saved settings and save each change at once', async () => {
    await updateSettings({ voice: true, rolloverHour: 4 });
    const user = await renderScreen();
    expect(screen.getByRole('switch', { name: 'Spoken cues (voice)' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Sound (beeps)' })).toHaveAccessibleDescription('Three short ticks before a hold or rest ends, and a tone when it changes.');
    expect(screen.getByLabelText('A new day starts at')).toHaveValue('4');

    await user.click(screen.getByRole('switch', { name: 'Sound (beeps)' }));
    await user.click(screen.getByRole('switch', { name: 'Keep screen awake' }));
    await user.click(screen.getByRole('switch', { name: 'Always show still pictures instead of animations' }));
    await user.click(screen.getByRole('radio', { name: 'Sunday' }));
    await user.selectOptions(screen.getByLabelText('A new day starts at'), '00:00 (midnight)');

    await waitFor(async () =>
      expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, voice: true, sound: false, keepAwake: false, reducedMotion: 'reduce', weekStartsOn: 0, rolloverHour: 0 }),
    );
    expect(screen.getByRole('switch', { name: 'Sound (beeps)' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Sunday' })).toBeChecked();
  });

  it('a change that cannot be saved is undone on screen and explained in its section', async () => {
    const user = await renderScreen();
    vi.spyOn(db.kv, 'put').mockRejectedValueOnce(new Error('disk full'));
    const voice = screen.getByRole('switch', { name: 'Spoken cues (voice)' });
    // On by default; turning it off fails.
    await user.click(voice);
    const cues = screen.getByRole('region', { name: 'Session cues' });
    expect(await within(cues).findByRole('alert')).toHaveTextContent('That change could not be saved on this device. Please try again.');
    expect(voice).toBeChecked();
    expect((await readSettings()).voice).toBe(true);
  });

  it('a change refused because storage is full says so and what to do', async () => {
    const user = await renderScreen();
    vi.spyOn(db.kv, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await user.click(screen.getByRole('switch', { name: 'Spoken cues (voice)' }));
    const alert = await within(screen.getByRole('region', { name: 'Session cues' })).findByRole('alert');
    expect(alert).toHaveTextContent('That change could not be saved: storage on this device is full.');
    expect(alert).toHaveTextContent('export a backup in Settings');
    expect(alert).not.toHaveTextContent(/please try again/i);
  });

  it('explains the rollover hour, and keeps a later hour from a backup visible', async () => {
    await updateSettings({ rolloverHour: 9 });
    await renderScreen();
    const select = screen.getByLabelText('A new day starts at');
    expect(select).toHaveValue('9');
    expect(select).toHaveAccessibleDescription(expect.stringContaining('a session at 00:40 counts for the day before'));
  });
});

describe('the rest of the screen', () => {
  it('says what reminders this browser supports, how storage stands, and links back to the welcome questions', async () => {
    await renderScreen();
    const reminders = screen.getByRole('region', { name: 'Reminders' });
    // jsdom has no Notification API.
    expect(reminders).toHaveTextContent('Notification permission: not available in this browser');
    expect(within(reminders).getAllByRole('listitem')).toHaveLength(5);
    expect(reminders).toHaveTextContent('This browser cannot show notifications; use the calendar export for reminders.');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Storage' })).toHaveTextContent(/Kept safe on this deviceUnknown/));
    expect(screen.getByRole('button', { name: 'Keep my data safe on this device' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Answer the welcome questions again' })).toHaveAttribute('href', '/welcome');
    expect(screen.getByRole('region', { name: 'Appearance' })).toHaveTextContent('follows your device’s light or dark setting');
  });

  it('reports storage and asks for persistence where the browser can', async () => {
    const storage = {
      persisted: vi.fn().mockResolvedValueOnce(false).mockResolvedValue(true),
      persist: vi.fn().mockResolvedValue(true),
      estimate: vi.fn().mockResolvedValue({ usage: 2.5 * 1024 * 1024, quota: 1024 * 1024 * 1024 }),
    };
    // jsdom has no navigator.storage; this browser has one.
    Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
    onTestFinished(() => {
      Reflect.deleteProperty(navigator, 'storage');
    });
    const user = await renderScreen();
    const region = screen.getByRole('region', { name: 'Storage' });
    await within(region).findByText('No: the browser may clear it when space runs low.');
    expect(region).toHaveTextContent(/2.5 MB of 1.024 MB available/); // Any locale's separators.
    await user.click(within(region).getByRole('button', { name: 'Keep my data safe on this device' }));
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await within(region).findByText(/^Done\. This browser will keep/)).toHaveAttribute('role', 'status');
    expect(await within(region).findByText('Yes: the browser will not clear it on its own.')).toBeInTheDocument();
  });
});

describe('exports', () => {
  it('a backup holds everything, screenings included, and reads back', async () => {
    const data = { ...emptyData, sessions: [session('s1')], screenings: [screening('q1')] };
    await writeAllData(importWrite(data, 'replace'));
    const user = await renderScreen();
    await user.click(screen.getByRole('button', { name: 'Back up your data to a file' }));
    await screen.findByText(/^Saved backstride-backup-\d{4}-\d{2}-\d{2}\.json\.$/);
    const [text, name, type] = saveFile.mock.calls[0] ?? [];
    expect(name).toMatch(/^backstride-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    const parsed = parseBackup(text ?? '');
    expect(parsed.ok && parsed.backup.data).toEqual(data);
  });

  it('the sessions spreadsheet has no byte-order mark, names routines, and writes numbers in the chosen style', async () => {
    await writeAllData(importWrite({ ...emptyData, sessions: [session('s1', { startedAt: T0, endedAt: T0 + 150_000 })] }, 'replace'));
    const user = await renderScreen();
    await user.click(screen.getByRole('radio', { name: /^2\.5 minutes, columns split by commas/ }));
    await user.click(screen.getByRole('button', { name: 'Save the spreadsheet' }));
    expect(await screen.findByText(/^Saved backstride-sessions-.*\.csv with 1 session\.$/, {}, { timeout: 5_000 })).toBeInTheDocument();
    const [text, , type] = saveFile.mock.calls[0] ?? [];
    expect(type).toBe('text/csv;charset=utf-8');
    expect(text?.startsWith('date,start,routine,')).toBe(true);
    expect(text).toMatch(/,Walk-ready,[a-z]+,2\.5,/);

    await user.click(screen.getByRole('radio', { name: /^2,5 minutes, columns split by semicolons/ }));
    await user.click(screen.getByRole('button', { name: 'Save the spreadsheet' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(2));
    const [semicolons] = saveFile.mock.calls[1] ?? [];
    expect(semicolons?.startsWith('date;start;routine;')).toBe(true);
    expect(semicolons).toMatch(/;Walk-ready;[a-z]+;2,5;/);
  });
});

describe('csvStyleFor', () => {
  it.each([
    ['en-US', 'comma'],
    ['en-GB', 'comma'],
    ['de-DE', 'semicolon'],
    ['fr-FR', 'semicolon'],
    ['de-CH', 'comma'],
  ] as const)('%s → %s', (locale, style) => {
    expect(csvStyleFor(locale)).toBe(style);
  });
});

describe('delete all my data', () => {
  beforeEach(async () => {
    await writeAllData(importWrite({ ...emptyData, sessions: [session('s1')], screenings: [screening('q1')] }, 'replace'));
    await updateSettings({ voice: false });
    await saveOnboarding({ finishedAt: T0, skipped: true });
  });

  it('asks for DELETE to be typed, says so at the field when it is not, and deletes nothing', async () => {
    const user = await renderScreen();
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete all your data?' });
    const field = within(dialog).getByLabelText('Type DELETE to confirm');

    await user.click(within(dialog).getByRole('button', { name: 'Delete everything' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Type DELETE in capital letters to confirm, or choose Cancel.');
    expect(field).toHaveFocus();

    await user.type(field, 'delete{Enter}');
    expect(field).toHaveAccessibleDescription('Type DELETE in capital letters to confirm, or choose Cancel.');
    expect((await readAllData()).sessions).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await readAllData()).sessions).toHaveLength(1);
    expect(await readOnboarding()).toBeDefined();
  });

  it('with DELETE typed, removes everything and says so', async () => {
    const user = await renderScreen();
    expect(screen.getByRole('switch', { name: 'Spoken cues (voice)' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(within(dialog).getByRole('button', { name: 'Delete everything' }));

    expect(await screen.findByText('All your data was deleted from this device.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await readAllData()).toEqual(emptyData);
    expect(await readOnboarding()).toBeUndefined();
    // The settings on screen follow: back to the defaults.
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Spoken cues (voice)' })).toBeChecked());
  });

  it('opens afresh each time, without the last attempt’s text or message', async () => {
    const user = await renderScreen();
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    const field = within(await screen.findByRole('dialog')).getByLabelText('Type DELETE to confirm');
    await user.type(field, 'nope{Enter}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    expect(field).toHaveValue('');
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});
