'use client';
// Session cues: beeps, voice, vibration, screen wake lock, and still pictures instead of
// animations. Each switch saves at once; the player reads them when a session starts.
import { useId } from 'react';
import type { Settings } from '@/lib/model';
import { useVoiceStatus, VOICE_UNAVAILABLE } from '@/components/ui/use-voice-status';
import styles from './settings.module.css';
import { useSettingsEditor } from './use-settings-editor';

type CueKey = 'sound' | 'voice' | 'vibration' | 'keepAwake';

const CUES: readonly { key: CueKey; label: string; hint: string }[] = [
  { key: 'sound', label: 'Sound (beeps)', hint: 'Three short ticks before a hold or rest ends, and a tone when it changes.' },
  { key: 'voice', label: 'Spoken cues (voice)', hint: 'Your device’s voice says each step out loud: which arm and leg, and what comes next.' },
  { key: 'vibration', label: 'Vibration', hint: 'A short buzz at each change, on phones that can vibrate.' },
  { key: 'keepAwake', label: 'Keep screen awake', hint: 'The screen stays on while a session runs.' },
];

export function CueSettings({ settings }: { settings: Settings }) {
  const id = useId();
  const { shown, save, error } = useSettingsEditor(settings);
  const voice = useVoiceStatus();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Session cues</h2>
      <ul className={styles.switches}>
        {CUES.map((cue) => (
          <li key={cue.key}>
            <label className="switch">
              <input
                type="checkbox"
                role="switch"
                checked={shown[cue.key]}
                aria-describedby={`${id}-${cue.key}`}
                onChange={(e) => save({ [cue.key]: e.target.checked })}
              />
              {cue.label}
            </label>
            <p id={`${id}-${cue.key}`} className="field-note">
              {cue.key === 'voice' && voice !== 'ready' ? VOICE_UNAVAILABLE : cue.hint}
            </p>
          </li>
        ))}
        <li>
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={shown.reducedMotion === 'reduce'}
              aria-describedby={`${id}-motion`}
              onChange={(e) => save({ reducedMotion: e.target.checked ? 'reduce' : 'system' })}
            />
            Always show still pictures instead of animations
          </label>
          <p id={`${id}-motion`} className="field-note">
            When this is off, Backstride follows your device’s reduce-motion setting.
          </p>
        </li>
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
