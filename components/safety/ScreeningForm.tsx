'use client';
// The red-flag questions, one yes/no each, with why each matters. Answers are saved with the
// date; an emergency answer opens a message that must be acknowledged before anything else.
import { useId, useRef, useState } from 'react';
import { newId } from '@/lib/db/ids';
import { acknowledgeScreening, saveScreening } from '@/lib/db/safety';
import { dayKey } from '@/lib/days';
import { SCREENING_QUESTIONS, screen, type ScreeningAnswers, type ScreeningOutcome, type ScreeningRecord } from '@/lib/safety/screening';
import { OutcomeMessage } from './OutcomeMessage';

export function ScreeningForm({ rolloverHour, onDone }: { rolloverHour: number; onDone?: (outcome: ScreeningOutcome) => void }) {
  const id = useId();
  const [answers, setAnswers] = useState<ScreeningAnswers>({});
  const [result, setResult] = useState<ScreeningRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const emergencyRef = useRef<HTMLDialogElement>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const { outcome } = screen(answers);
    if (outcome === 'incomplete') {
      setError('Please answer every question with yes or no.');
      return;
    }
    setError(null);
    const at = Date.now();
    const record: ScreeningRecord = { id: newId(), at, day: dayKey(at, rolloverHour), answers, outcome };
    await saveScreening(record).catch(() => setSaveFailed(true));
    setResult(record);
    if (outcome === 'emergency') emergencyRef.current?.showModal();
    else onDone?.(outcome);
  };

  const acknowledge = async () => {
    if (!result) return;
    await acknowledgeScreening(result.id, Date.now()).catch(() => setSaveFailed(true));
    emergencyRef.current?.close();
    onDone?.('emergency');
  };

  return (
    <>
      <form onSubmit={submit} noValidate className="screening" aria-describedby={error ? `${id}-error` : undefined}>
        {SCREENING_QUESTIONS.map((q, i) => (
          <fieldset key={q.id} className="card question">
            <legend>
              <span className="question-number">{i + 1}.</span> {q.question}
            </legend>
            <p className="muted">{q.why}</p>
            <div className="choice-group compact">
              {([true, false] as const).map((value) => (
                <label key={String(value)} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${q.id}`}
                    checked={answers[q.id] === value}
                    onChange={() => setAnswers((a) => ({ ...a, [q.id]: value }))}
                  />
                  {value ? 'Yes' : 'No'}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button">
          Check my answers
        </button>
      </form>
      {saveFailed && (
        <p className="notice" role="alert">
          Your answers could not be saved on this device, but the advice below still applies.
        </p>
      )}
      {result && result.outcome !== 'emergency' && (
        <div role="status">
          <OutcomeMessage outcome={result.outcome} />
        </div>
      )}
      <dialog ref={emergencyRef} className="dialog emergency" role="alertdialog" aria-labelledby={`${id}-em-title`} aria-describedby={`${id}-em-body`} onCancel={(e) => e.preventDefault()}>
        <OutcomeMessage outcome="emergency" titleId={`${id}-em-title`} bodyId={`${id}-em-body`} />
        <button type="button" className="button danger" onClick={acknowledge}>
          I understand
        </button>
      </dialog>
    </>
  );
}
