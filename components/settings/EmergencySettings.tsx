'use client';
// Which emergency number the call button dials: guessed from the browser's language, chosen
// from a list of regions, or typed by the person (digits only, 2 to 6 of them).
import { useId } from 'react';
import { browserLanguages, EmergencyNumberField } from '@/components/safety/CallEmergency';
import type { Settings } from '@/lib/model';
import { EMERGENCY_REGIONS, guessRegion } from '@/lib/safety/emergency-number';
import { useSettingsEditor } from './use-settings-editor';

const GUESS = '';
const CUSTOM = 'custom';

export function EmergencySettings({ settings }: { settings: Settings }) {
  const id = useId();
  const { shown, save, error } = useSettingsEditor(settings);
  const guess = guessRegion(browserLanguages());
  const choice = shown.emergencyRegion ?? GUESS;

  return (
    <section className="card" aria-labelledby={`${id}-title`} id="emergency-number">
      <h2 id={`${id}-title`}>Emergency number</h2>
      <p className="muted">The number the call button dials if you answer yes to an emergency warning sign.</p>
      <div className="field">
        <label htmlFor={`${id}-region`}>Where you are</label>
        <select
          id={`${id}-region`}
          value={choice}
          onChange={(e) => {
            const value = e.target.value;
            if (value === CUSTOM) save({ emergencyRegion: CUSTOM });
            else save({ emergencyRegion: value === GUESS ? null : value, emergencyNumber: null });
          }}
        >
          <option value={GUESS}>{guess ? `Guessed: ${guess.name.replace(/^the /, '')} (${guess.number})` : 'Not known: type it below'}</option>
          {EMERGENCY_REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name.replace(/^the /, '')} ({r.number})
            </option>
          ))}
          <option value={CUSTOM}>Somewhere else: type it</option>
        </select>
      </div>
      {(choice === CUSTOM || (choice === GUESS && !guess)) && (
        <EmergencyNumberField saved={shown.emergencyRegion === CUSTOM ? shown.emergencyNumber : null} intro={false} />
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
