'use client';
// Settings: session cues, days, reminders, and the person's data (backup and import, storage,
// delete). Loaded on the client only, so Dexie stays out of the first load; the backup code
// itself loads only when the person exports or imports.
import { useLiveQuery } from 'dexie-react-hooks';
import Link from 'next/link';
import { useId, useState, type ReactNode } from 'react';
import { readSettings } from '@/lib/db/settings';
import { BackupSection } from './BackupSection';
import { CueSettings } from './CueSettings';
import { DaySettings } from './DaySettings';
import { DeleteData } from './DeleteData';
import { EmergencySettings } from './EmergencySettings';
import { ReminderSupport } from './ReminderSupport';
import { StorageSection } from './StorageSection';

/** `about` is the page's own "About this app" card, drawn last so nothing below the settings moves when they arrive. */
export function SettingsScreen({ about = null }: { about?: ReactNode }) {
  const id = useId();
  // null when storage cannot be read: said at once, rather than "Loading" for ever.
  const settings = useLiveQuery(() => readSettings().catch(() => null), []);
  // Bumped after an import or a delete, so the storage figures are read again.
  const [dataVersion, setDataVersion] = useState(0);
  const dataChanged = () => setDataVersion((v) => v + 1);

  // The whole screen appears at once when the settings are read: cards shown before would be
  // pushed down by the ones that need them.
  if (settings === undefined) return <p role="status">Loading your settings…</p>;
  return (
    <>
      {settings ? (
        <CueSettings settings={settings} />
      ) : (
        <p className="notice" role="alert">
          Backstride cannot read this device’s storage, so your settings cannot be shown or changed right now.
        </p>
      )}
      <section className="card" aria-labelledby={`${id}-appearance`}>
        <h2 id={`${id}-appearance`}>Appearance</h2>
        <p>Backstride follows your device’s light or dark setting. To switch, change the appearance in your device or browser settings.</p>
      </section>
      {settings && <DaySettings settings={settings} />}
      {settings && <EmergencySettings settings={settings} />}
      <ReminderSupport />
      <BackupSection onImported={dataChanged} />
      <StorageSection refreshKey={dataVersion} />
      <section className="card" aria-labelledby={`${id}-welcome`}>
        <h2 id={`${id}-welcome`}>Welcome questions</h2>
        <p>Go through the goal questions, the safety check and the suggested plan again.</p>
        <p>
          <Link href="/welcome">Answer the welcome questions again</Link>
        </p>
      </section>
      <DeleteData onDeleted={dataChanged} />
      {about}
    </>
  );
}
