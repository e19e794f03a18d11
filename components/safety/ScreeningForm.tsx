'use client';
// The red-flag questions, one yes/no each, with why each matters. Answers are saved with the
// date; an emergency answer opens a message with a call button that must be acknowledged.
// Unanswered questions are named at their own field, and nothing is saved until all are.
import { useId, useRef, useState } from 'react';
import { newId } from '@/lib/model';
import { acknowledgeScreening, saveScreening } from '@/lib/db/safety';
import { dayKey } from '@/lib/days';
import {
  NERVE_OR_CIRCULATION,
  SCREENING_QUESTIONS,
  screen,
  unanswered,
  type QuestionId,
  type ScreeningAnswers,
  type ScreeningOutcome,
  type ScreeningRecord,
} from '@/lib/safety/screening';
import { CallEmergency } from './CallEmergency';
import { OutcomeMessage } from './OutcomeMessage';

export function ScreeningForm({ rolloverHour, onDone }: { rolloverHour: number; onDone?: (outcome: ScreeningOutcome) => void }) {
  const id = useId();
  const [answers, setAnswers] = useState<ScreeningAnswers>({});
  const [missing, setMissing] = useState<readonly QuestionId[]>([]);
  const [result, setResult] = useState<ScreeningRecord | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const emergencyRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const left = unanswered(answers);
    if (left.length > 0) {
      setMissing(left);
      // Take the person to the first question left, where its message is.
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${id}-${left[0]}"]`)?.focus();
      return;
    }
    setMissing([]);
    const { outcome } = screen(answers);
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

  const answer = (question: QuestionId, value: boolean) => {
    setAnswers((a) => ({ ...a, [question]: value }));
    setMissing((m) => m.filter((q) => q !== question));
  };

  return (
    <>
      <form ref={formRef} onSubmit={submit} noValidate className="screening">
        {SCREENING_QUESTIONS.map((q, i) => {
          const isMissing = missing.includes(q.id);
          const errorId = `${id}-${q.id}-error`;
          return (
            <fieldset key={q.id} className="card question" aria-describedby={isMissing ? errorId : undefined} data-missing={isMissing || undefined}>
              <legend className="question-text">
                <span className="question-number">{i + 1}.</span> {q.question}
              </legend>
              <p className="muted">{q.why}</p>
              {q.id === 'calf-circulation' && (
                <p className="muted">
                  <strong>{NERVE_OR_CIRCULATION.title}</strong> {NERVE_OR_CIRCULATION.nerve} {NERVE_OR_CIRCULATION.circulation}
                </p>
              )}
              <div className="choice-group compact">
                {([true, false] as const).map((value) => (
                  <label key={String(value)} className="choice">
                    <input type="radio" name={`${id}-${q.id}`} checked={answers[q.id] === value} onChange={() => answer(q.id, value)} />
                    {value ? 'Yes' : 'No'}
                  </label>
                ))}
              </div>
              {isMissing && (
                <p id={errorId} className="field-error">
                  Please answer yes or no.
                </p>
              )}
            </fieldset>
          );
        })}
        <div role="alert">
          {missing.length > 0 && (
            <p className="field-error">
              {missing.length === 1 ? 'One question is' : `${missing.length} questions are`} still unanswered (number{' '}
              {missing.map((q) => QUESTION_NUMBER[q]).join(', ')}). Nothing has been saved yet.
            </p>
          )}
        </div>
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
        <CallEmergency />
        <button type="button" className="button secondary" onClick={acknowledge}>
          I understand
        </button>
      </dialog>
    </>
  );
}

const QUESTION_NUMBER = Object.fromEntries(SCREENING_QUESTIONS.map((q, i) => [q.id, i + 1])) as Record<QuestionId, number>;
