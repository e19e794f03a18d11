'use client';
// After the walking test: what made you stop, whether leaning forward or sitting eased it, and
// tightness now (0–10). Problems are shown at their field; nothing is saved until they are fixed.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { optionalNumber, parseWholeNumber, TIGHTNESS, type ActiveWalkTest, type WalkTest, type WalkTestEased, type WalkTestEndReason } from '@/lib/model';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { durationWords, elapsedMs, symptomMs, toWalkTest } from '@/lib/walks/walk-test';
import styles from './walk-test.module.css';

const REASONS: readonly { readonly value: WalkTestEndReason; readonly label: string }[] = [
  { value: 'back', label: 'Back tightness' },
  { value: 'legs', label: 'Leg symptoms (pain, numbness, heaviness)' },
  { value: 'tired', label: 'I was tired' },
  { value: 'time-up', label: 'The 30 minutes were up' },
  { value: 'other', label: 'Something else' },
];

const EASED: readonly { readonly value: WalkTestEased; readonly label: string }[] = [
  { value: 'leaning', label: 'Leaning forward' },
  { value: 'sitting', label: 'Sitting down' },
  { value: 'both', label: 'Both' },
  { value: 'neither', label: 'Neither' },
];

const TIGHTNESS_MESSAGE = 'Enter tightness as a whole number from 0 to 10, or leave it empty.';

interface Props {
  readonly test: ActiveWalkTest;
  readonly timeUp: boolean;
  readonly rolloverHour: number;
  readonly onSave: (record: WalkTest) => Promise<void>;
  readonly onDiscard: () => void;
}

export function WalkTestQuestions({ test, timeUp, rolloverHour, onSave, onDiscard }: Props) {
  const id = useId();
  const [reason, setReason] = useState<WalkTestEndReason | null>(timeUp ? 'time-up' : null);
  const [eased, setEased] = useState<WalkTestEased | null>(null);
  const [tightness, setTightness] = useState('');
  const [problems, setProblems] = useState<{ reason?: string; tightness?: string }>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const tightnessRef = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const total = elapsedMs(test, test.stoppedAt ?? test.startedAt);
  const symptom = symptomMs(test);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: { reason?: string; tightness?: string } = {};
    if (reason === null) found.reason = 'Choose what made you stop.';
    const typed = optionalNumber(parseWholeNumber(tightness, TIGHTNESS, { message: TIGHTNESS_MESSAGE }));
    if (!typed.ok) found.tightness = typed.message;
    setProblems(found);
    if (found.reason) return reasonRef.current?.focus();
    if (found.tightness || reason === null || !typed.ok) return tightnessRef.current?.focus();
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(toWalkTest(test, { endReason: reason, ...(eased ? { eased } : {}), ...(typed.value !== undefined ? { tightness: typed.value } : {}) }, rolloverHour));
    } catch (caught) {
      setSaveError(saveFailedMessage('The walking test', caught));
      setSaving(false);
    }
  };

  return (
    <form className={`card ${styles.questions}`} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {timeUp ? 'Time is up: 30 minutes' : `You walked ${durationWords(total)}`}
      </h2>
      <p>{symptom === null ? 'You did not mark tightness starting.' : `Tightness started at ${durationWords(symptom)}.`} Rest now, then answer these.</p>
      <fieldset className="choice-group column" aria-describedby={problems.reason ? `${id}-reason-error` : undefined} aria-invalid={problems.reason ? true : undefined}>
        <legend>What made you stop?</legend>
        {REASONS.filter((r) => timeUp || r.value !== 'time-up').map((r, i) => (
          <label key={r.value} className="choice">
            <input type="radio" name={`${id}-reason`} value={r.value} checked={reason === r.value} onChange={() => setReason(r.value)} ref={i === 0 ? reasonRef : undefined} />
            {r.label}
          </label>
        ))}
        {problems.reason && (
          <p id={`${id}-reason-error`} className="field-error">
            {problems.reason}
          </p>
        )}
      </fieldset>
      <fieldset className="choice-group">
        <legend>Did leaning forward or sitting down ease it? (optional)</legend>
        {EASED.map((e) => (
          <label key={e.value} className="choice">
            <input type="radio" name={`${id}-eased`} value={e.value} checked={eased === e.value} onChange={() => setEased(e.value)} />
            {e.label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-tightness`}>Tightness now, 0 to 10 (optional)</label>
        <input
          id={`${id}-tightness`}
          ref={tightnessRef}
          className={styles.shortInput}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={tightness}
          onChange={(e) => setTightness(e.target.value)}
          aria-invalid={problems.tightness ? true : undefined}
          aria-describedby={problems.tightness ? `${id}-tightness-error` : `${id}-tightness-hint`}
        />
        {problems.tightness ? (
          <p id={`${id}-tightness-error`} className="field-error">
            {problems.tightness}
          </p>
        ) : (
          <p id={`${id}-tightness-hint`} className="muted">
            0 = not tight at all, 10 = the worst you can imagine.
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={saving}>
          Save the result
        </button>
        <button type="button" className="button secondary" onClick={onDiscard}>
          Discard this test
        </button>
      </div>
      {saveError && (
        <p className="field-error" role="alert">
          {saveError}
        </p>
      )}
    </form>
  );
}
