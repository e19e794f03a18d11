'use client';
// The call button in every emergency message: a tel: link to the emergency number of the
// person's region. Without a known region it asks for the number (digits only) and keeps it.
import Link from 'next/link';
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readSettings, updateSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/model';
import { emergencyContact, parseEmergencyNumber, type EmergencyChoice, type RegionCode } from '@/lib/safety/emergency-number';

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
}

export function choiceOf(settings: Pick<Settings, 'emergencyRegion' | 'emergencyNumber'>): EmergencyChoice {
  return { emergencyRegion: settings.emergencyRegion as RegionCode | 'custom' | null, emergencyNumber: settings.emergencyNumber };
}

export function CallEmergency() {
  // Read live, so a number saved below (or in another tab) turns into the call button at once.
  const settings = useLiveQuery(() => readSettings().catch(() => DEFAULT_SETTINGS), []) ?? DEFAULT_SETTINGS;
  const contact = emergencyContact(choiceOf(settings), browserLanguages());
  if (contact) {
    return (
      <p className="call-row">
        <a className="button danger call-button" href={`tel:${contact.number}`}>
          Call {contact.number}
        </a>
        <span className="muted">
          {contact.regionName ? `Emergency number for ${contact.regionName}. ` : 'Your emergency number. '}
          You can change it in <Link href="/settings#emergency-number">Settings</Link>.
        </span>
      </p>
    );
  }
  return <EmergencyNumberField />;
}

/**
 * Asks for the number (digits only, 2 to 6 of them) and keeps it as the person's own: in the
 * emergency message when the region is unknown, and in Settings.
 */
export function EmergencyNumberField({ saved, intro = true }: { saved?: string | null; intro?: boolean }) {
  const id = useId();
  const [value, setValue] = useState(saved ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseEmergencyNumber(value);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    try {
      await updateSettings({ emergencyRegion: 'custom', emergencyNumber: parsed.value });
    } catch {
      setError('The number could not be saved on this device. Dial your emergency number directly.');
    }
  };
  return (
    <form className="emergency-number-form" onSubmit={save} noValidate>
      {intro && <p>We do not know the emergency number where you are. Dial it now, and tell us what it is so the call button is ready next time.</p>}
      <div className="field">
        <label htmlFor={`${id}-number`}>Your emergency number</label>
        <input
          id={`${id}-number`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-note`}
        />
        <p id={`${id}-note`} className={error ? 'field-error' : 'field-note'}>
          {error ?? (saved ? `Saved: ${saved}.` : 'Digits only, for example 112.')}
        </p>
      </div>
      <button type="submit" className="button secondary">
        Save number
      </button>
    </form>
  );
}
