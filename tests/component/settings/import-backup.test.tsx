import './setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupSection } from '@/components/settings/BackupSection';
import { MAX_BACKUP_CHARS, buildBackup, type BackupData } from '@/lib/backup';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
import { importWrite } from '@/lib/backup/merge';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { readSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { T0, emptyData, jsonFile, screening, session } from './fixtures';

const onDevice: BackupData = { ...emptyData, sessions: [session('here', { note: 'mine' })], settings: { ...DEFAULT_SETTINGS, voice: true } };

const backupData: BackupData = {
  ...emptyData,
  sessions: [session('here', { note: 'from the backup' }), session('new')],
  screenings: [screening('q1')],
  settings: { ...DEFAULT_SETTINGS, sound: false },
};

beforeEach(async () => {
  await db.delete();
  await db.open();
  await writeAllData(importWrite(onDevice, 'replace'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

function setup() {
  const user = userEvent.setup();
  const onImported = vi.fn();
  render(<BackupSection onImported={onImported} />);
  return { user, onImported, input: screen.getByLabelText('Backup file') };
}

async function expectUnchanged() {
  const data = await readAllData();
  expect(data.sessions).toEqual(onDevice.sessions);
  expect(data.screenings).toEqual([]);
  expect(await readSettings()).toEqual(onDevice.settings);
}

describe('importing a file that is not a valid backup', () => {
  it('lists what is wrong at the file field, offers no import, and writes nothing', async () => {
    const { user, input, onImported } = setup();
    const json = JSON.parse(JSON.stringify(buildBackup(backupData, T0))) as { data: { sessions: { tightness?: unknown; day?: unknown }[] } };
    const first = json.data.sessions[0];
    if (!first) throw new Error('fixture has a session');
    first.tightness = 11;
    first.day = '2026-02-30';
    await user.upload(input, jsonFile(json, 'edited.json'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('edited.json cannot be imported. Nothing was changed.');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'sessions[0].day: not a valid date (2026-02-30)',
      'sessions[0].tightness: expected a whole number from 0 to 10, got 11',
    ]);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('sessions[0].tightness: expected a whole number from 0 to 10, got 11'));
    expect(screen.queryByRole('button', { name: 'Merge' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Replace' })).not.toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();
    await expectUnchanged();
  });

  it('says plainly when the file is not JSON at all', async () => {
    const { user, input } = setup();
    await user.upload(input, jsonFile('{"format": "backstride-backup", ', 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(/^This file is not a Backstride backup: it is not valid JSON/);
    await expectUnchanged();
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { user, input } = setup();
    const file = jsonFile(buildBackup(backupData, T0));
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_CHARS + 1 });
    const read = vi.spyOn(file, 'text');
    await user.upload(input, file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file is too large (20.0 MB). A Backstride backup is at most 20 MB.');
    expect(read).not.toHaveBeenCalled();
    await expectUnchanged();
  });

  it('clears the errors when a good file is chosen next', async () => {
    const { user, input } = setup();
    await user.upload(input, jsonFile('[]', 'list.json'));
    await screen.findByRole('alert');
    await user.upload(input, jsonFile(buildBackup(backupData, T0)));
    expect(await screen.findByRole('button', { name: 'Merge' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(input).not.toHaveAttribute('aria-invalid');
  });
});

describe('importing a valid backup', () => {
  it('says what the file holds and changes nothing until merge or replace is chosen', async () => {
    const { user, input } = setup();
    await user.upload(input, jsonFile(buildBackup(backupData, T0)));
    const group = await screen.findByRole('group', { name: /backup\.json is a backup from .* with 2 sessions and 1 safety check\./ });
    expect(within(group).getByRole('button', { name: 'Merge' })).toHaveAccessibleDescription('Merge keeps everything already here and adds what is new.');
    expect(screen.getByText('The file is a valid backup. Choose Merge or Replace to import it.')).toHaveAttribute('role', 'status');
    await expectUnchanged();
  });

  it('merge keeps what is here, adds what is new, and reports both', async () => {
    const { user, input, onImported } = setup();
    await user.upload(input, jsonFile(buildBackup(backupData, T0)));
    await user.click(await screen.findByRole('button', { name: 'Merge' }));

    expect(await screen.findByText('Backup merged. Added 1 session and 1 safety check. Skipped 1 session already on this device.')).toHaveAttribute('role', 'status');
    const data = await readAllData();
    expect(data.sessions).toEqual(expect.arrayContaining([session('here', { note: 'mine' }), session('new')]));
    expect(data.sessions).toHaveLength(2);
    expect(data.screenings).toEqual([screening('q1')]);
    expect(await readSettings()).toEqual(onDevice.settings);
    expect(onImported).toHaveBeenCalledTimes(1);
    // Ready for another file, with focus where the person left off.
    expect(screen.queryByRole('button', { name: 'Merge' })).not.toBeInTheDocument();
    expect(input).toHaveFocus();
  });

  it('replace asks first, saying what would go; keeping the data writes nothing', async () => {
    const { user, input } = setup();
    await user.upload(input, jsonFile(buildBackup(backupData, T0)));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace your data with this backup?' });
    expect(dialog).toHaveAccessibleDescription(
      'This removes 1 session from this device, and your settings, and puts the backup’s 2 sessions and 1 safety check in their place. It cannot be undone.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep my data' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await expectUnchanged();
    // The choice is still open.
    expect(screen.getByRole('button', { name: 'Merge' })).toBeInTheDocument();
  });

  it('replace, once confirmed, makes the backup the data, settings included', async () => {
    const { user, input } = setup();
    await user.upload(input, jsonFile(buildBackup(backupData, T0)));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace my data' }));

    expect(await screen.findByText('Your data was replaced by the backup: 2 sessions and 1 safety check, and its settings.')).toBeInTheDocument();
    const data = await readAllData();
    expect(data.sessions).toEqual(expect.arrayContaining(backupData.sessions.map((s) => expect.objectContaining(s))));
    expect(data.sessions).toHaveLength(2);
    expect(await readSettings()).toEqual(backupData.settings);
  });

  it('an old backup without screenings imports too', async () => {
    const { user, input } = setup();
    // Such files are version 1: version 2 always has the table.
    const old = JSON.parse(JSON.stringify(buildBackup(backupData, T0))) as { version: number; data: Record<string, unknown> };
    old.version = 1;
    delete old.data.screenings;
    await user.upload(input, jsonFile(old, 'old.json'));
    await user.click(await screen.findByRole('button', { name: 'Merge' }));
    expect(await screen.findByText('Backup merged. Added 1 session. Skipped 1 session already on this device.')).toBeInTheDocument();
    expect((await readAllData()).screenings).toEqual([]);
  });

  it('a write that fails because storage is full leaves everything as it was and says what to do', async () => {
    const { user, input } = setup();
    vi.spyOn(db.screenings, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await user.upload(input, jsonFile(buildBackup(backupData, T0)));
    await user.click(await screen.findByRole('button', { name: 'Merge' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The backup could not be saved: storage on this device is full.');
    expect(alert).toHaveTextContent('Free up space on this device');
    expect(alert).toHaveTextContent('Nothing was changed: import it again once there is room.');
    expect(alert).not.toHaveTextContent(/please try again/i);
    await expectUnchanged();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Merge' })).toBeEnabled());
  });
});

describe('a large backup', () => {
  it('shows a labelled progress bar while it imports, then says how many records it added', async () => {
    const { user, input } = setup();
    const checkIns = Array.from({ length: 2_500 }, (_, i) => ({ id: `k${i}`, at: T0 + i, day: '2026-03-01', tightness: i % 11, context: 'other' as const }));
    await user.upload(input, jsonFile(buildBackup({ ...emptyData, checkIns }, T0), 'large.json'));
    expect(await screen.findByRole('group', { name: /large\.json is a backup from/ })).toHaveTextContent('2,500 check-ins');

    await user.click(screen.getByRole('button', { name: 'Merge' }));
    const bar = await screen.findByRole('progressbar', { name: 'Importing the backup' });
    // The status line speaks at the start and at the end only; the bar itself is not announced.
    expect(screen.getByText('Importing…')).toHaveAttribute('role', 'status');
    expect(await screen.findByText('Backup merged. Added 2,500 check-ins.')).toBeInTheDocument();
    expect(bar).not.toBeInTheDocument();
    expect((await readAllData()).checkIns).toHaveLength(2_500);
  });
});
