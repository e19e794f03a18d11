import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test resets the database and writes rows from older versions
import { db } from '@/lib/db/db';
import { markVoiceAsked, readSettings, updateSettings, voiceAsked } from '@/lib/db/settings';
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

describe('changing a default never flips a choice already made', () => {
  // What the app before voice-on-by-default wrote after any change: every setting, the
  // defaults of the time included (voice: false), at version 1.
  const OLD_FULL_RECORD = {
    sound: true,
    voice: false,
    vibration: true,
    keepAwake: true,
    reducedMotion: 'system',
    weekStartsOn: 1,
    rolloverHour: 5,
    minimumPerDay: null,
    emergencyRegion: null,
    emergencyNumber: null,
  };

  it('a fresh install has voice, beeps and vibration on', async () => {
    expect(await readSettings()).toMatchObject({ voice: true, sound: true, vibration: true });
  });

  it.each([
    ['a record that stored every setting keeps voice off (it may have been chosen)', { key: 'settings', version: 1, value: OLD_FULL_RECORD }, false],
    ['a record without a version (the first app) keeps voice off', { key: 'settings', value: OLD_FULL_RECORD }, false],
    ['voice turned on before stays on', { key: 'settings', version: 1, value: { ...OLD_FULL_RECORD, voice: true } }, true],
    ['a record that never stored voice follows the new default', { key: 'settings', value: { sound: false, rolloverHour: 4 } }, true],
    ['an unreadable voice follows the new default', { key: 'settings', version: 1, value: { voice: 'yes' } }, true],
  ])('%s', async (_name, row, voice) => {
    await db.kv.put(row);
    expect((await readSettings()).voice).toBe(voice);
    // Changing something else keeps it as it was.
    await updateSettings({ weekStartsOn: 0 });
    expect(await readSettings()).toMatchObject({ voice, weekStartsOn: 0 });
  });

  it('stores only what the person chose, so the defaults stay defaults', async () => {
    await updateSettings({ sound: false });
    await updateSettings({ voice: false });
    expect((await db.kv.get('settings'))?.value).toEqual({ sound: false, voice: false });
    await updateSettings({ voice: true });
    expect((await db.kv.get('settings'))?.value).toEqual({ sound: false, voice: true });
  });
});

describe('the spoken-cues question', () => {
  it('is asked once per device', async () => {
    expect(await voiceAsked()).toBe(false);
    await markVoiceAsked(1_764_000_000_000);
    expect(await voiceAsked()).toBe(true);
    // Not a setting: it is not in the settings record.
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
