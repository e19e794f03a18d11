// The person's settings: one versioned record holding only the settings the person chose;
// reads lay them over the defaults, so new settings get sensible values without a schema
// change and a changed default reaches everyone who never chose otherwise. A choice is never
// lost or flipped: a record written by earlier versions (which stored every setting, chosen
// or not) keeps all of them. Settings a newer version of the app saved are not read (the
// defaults are used, which is safe) and never overwritten: a change is refused.
import { db } from './db';
import { CHOSEN_SETTINGS_RECORD, DEFAULT_SETTINGS, SETTINGS_RECORD, VOICE_ASKED_RECORD, parseChosenSettings, parseSettings, type Settings } from '@/lib/model';
import { assertWritable, readKv, writeKv } from './kv';

const KEY = 'settings';
const VOICE_ASKED = 'voice-asked';

export async function readSettings(): Promise<Settings> {
  const read = await readKv(KEY, SETTINGS_RECORD);
  return read.state === 'ok' ? read.value : DEFAULT_SETTINGS;
}

/** Throws NewerRecordError when a newer version of the app saved the settings. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.kv, async () => {
    await assertWritable(KEY, SETTINGS_RECORD);
    const read = await readKv(KEY, CHOSEN_SETTINGS_RECORD);
    const chosen = parseChosenSettings({ ...(read.state === 'ok' ? read.value : {}), ...patch });
    await db.kv.put({ key: KEY, version: SETTINGS_RECORD.version, value: chosen });
    return parseSettings(chosen);
  });
}

/** Whether the first session has asked about spoken cues on this device. */
export async function voiceAsked(): Promise<boolean> {
  return (await readKv(VOICE_ASKED, VOICE_ASKED_RECORD)).state !== 'missing';
}

export async function markVoiceAsked(now: number): Promise<void> {
  await writeKv(VOICE_ASKED, VOICE_ASKED_RECORD, now);
}
