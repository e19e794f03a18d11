import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test resets the database and writes rows from older versions
import { db } from '@/lib/db/db';
import { readSettings, updateSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS } from '@/lib/model';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('settings', () => {
  it('are the defaults before anything is saved', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merge a change over what was there and keep it', async () => {
    await updateSettings({ reducedMotion: 'reduce' });
    const next = await updateSettings({ voice: true, minimumPerDay: 1 });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, reducedMotion: 'reduce', voice: true, minimumPerDay: 1 });
    expect(await readSettings()).toEqual(next);
  });

  it('can set a value back to null', async () => {
    await updateSettings({ minimumPerDay: 2 });
    await updateSettings({ minimumPerDay: null });
    expect((await readSettings()).minimumPerDay).toBeNull();
  });

  it('fill settings added after they were saved from the defaults', async () => {
    await db.kv.put({ key: 'settings', value: { sound: false } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, sound: false });
  });

  it('two changes at once both land', async () => {
    await Promise.all([updateSettings({ sound: false }), updateSettings({ rolloverHour: 5 })]);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, sound: false, rolloverHour: 5 });
  });
});
