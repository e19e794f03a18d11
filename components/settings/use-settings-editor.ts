'use client';
// Editing settings: each change is shown at once and saved at once. The change is laid over
// the settings it was made on until the saved settings come back from the database, so a
// switch never flicks back while the write is under way; a failed write shows a message.
import { useCallback, useState } from 'react';
import { updateSettings } from '@/lib/db/settings';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { announceStillPictures, rememberStillPictures } from '@/lib/prefs/motion';
import { NewerRecordError, type Settings } from '@/lib/model';

interface Pending {
  /** The settings object the change was made on; a newer one from the database replaces it. */
  readonly base: Settings;
  readonly patch: Partial<Settings>;
}

export interface SettingsEditor {
  readonly shown: Settings;
  readonly save: (patch: Partial<Settings>) => void;
  readonly error: string | null;
}

export function useSettingsEditor(settings: Settings): SettingsEditor {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = pending?.base === settings ? pending : null;

  const save = useCallback(
    (patch: Partial<Settings>) => {
      setError(null);
      setPending({ base: settings, patch: { ...current?.patch, ...patch } });
      updateSettings(patch).then((next) => {
        // Static pages read the "still pictures" choice from this mirror.
        if (patch.reducedMotion !== undefined) {
          rememberStillPictures(next.reducedMotion === 'reduce');
          announceStillPictures();
        }
      }, (error: unknown) => {
        setPending(null);
        setError(error instanceof NewerRecordError ? error.message : saveFailedMessage('That change', error));
      });
    },
    [settings, current],
  );

  return { shown: current ? { ...settings, ...current.patch } : settings, save, error };
}
