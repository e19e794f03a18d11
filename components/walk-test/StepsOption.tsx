// The walking test's optional step counting: a checkbox, and the step length for a distance
// (30–120 cm, refused at the field otherwise). Drawn disabled in the static page too, so the
// Start button does not move when the screen's code arrives.
import styles from './walk-test.module.css';

export interface StepsOptionProps {
  readonly want: boolean;
  readonly onWant?: (want: boolean) => void;
  readonly length: string;
  readonly onLength?: (length: string) => void;
  readonly error: string | null;
  /** In the static page, before the screen's code is here. */
  readonly disabled?: boolean;
}

export function StepsOption({ want, onWant, length, onLength, error, disabled = false }: StepsOptionProps) {
  return (
    <div className={styles.steps}>
      <label className={styles.check}>
        <input type="checkbox" checked={want} disabled={disabled} onChange={(e) => onWant?.(e.target.checked)} />
        Also count my steps with the phone&apos;s motion sensor (optional; only while the screen is on; nothing leaves this phone)
      </label>
      {want && (
        <div className="field">
          <label htmlFor="walk-test-step-length">Your step length in centimetres, for a distance (optional, 30 to 120)</label>
          <input
            id="walk-test-step-length"
            className={styles.stepInput}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={length}
            onChange={(e) => onLength?.(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'walk-test-step-length-error' : undefined}
          />
          {error && (
            <p id="walk-test-step-length-error" className="field-error">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

