'use client';
// "Next time": the dose each exercise of a routine will use in the next session, why, and a
// way to pin an amount (or let progression take over again).
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ReactNode } from 'react';
import { formatDose, getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import { listDayMarks } from '@/lib/db/day-marks';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { listDoses, pinDose, unpinDose } from '@/lib/db/doses';
import { listSessions } from '@/lib/db/sessions';
import { DOSE_AMOUNT, parseWholeNumber } from '@/lib/model';
import { doseCeiling, doseFloor, isAlternatingReps, nextDoses, withAmount, type DoseReason } from '@/lib/schedule';

const REASON: Record<DoseReason, string> = {
  pinned: 'you set this',
  'no-history': 'the starting dose',
  'easy-twice': 'up a step: your last two sessions felt easy',
  'at-most': 'your last two sessions felt easy, and this is already the most it asks for',
  steady: 'same as last time',
  hard: 'down a step: your last session felt hard',
  'too-hard': 'down a step: you said this one was too hard last time',
  tight: 'down a step: your back was tight after the last session',
  flare: 'down two steps after a flare day, to go gently',
};

const STRETCH_AT_MOST = 'your last two sessions felt easy; 30 seconds is enough for a stretch, holding longer adds nothing';

export function NextTime({ routineId, placeholder = null }: { routineId: string; placeholder?: ReactNode }) {
  const routine = getRoutine(routineId);
  const exercises = (routine?.exerciseIds ?? []).map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
  const data = useLiveQuery(async () => {
    const [sessions, marks, doses] = await Promise.all([listSessions(), listDayMarks(), listDoses()]);
    return nextDoses(exercises, sessions, marks, doses);
  }, [routineId]);
  if (!data) return placeholder;
  return (
    <section className="card" aria-labelledby="next-time">
      <h2 id="next-time">Next time</h2>
      <ul className="next-time">
        {exercises.map((exercise) => {
          const decision = data.get(exercise.id);
          if (!decision) return null;
          return (
            <li key={exercise.id}>
              <strong>{exercise.name}:</strong> {formatDose(withAmount(exercise.dose, decision.amount))}{' '}
              <span className="muted">({decision.reason === 'at-most' && exercise.kind === 'stretch' ? STRETCH_AT_MOST : REASON[decision.reason]})</span>
              <PinDose exercise={exercise} amount={decision.amount} pinned={decision.reason === 'pinned'} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function PinDose({ exercise, amount, pinned }: { exercise: Exercise; amount: number; pinned: boolean }) {
  const id = useId();
  const [value, setValue] = useState(String(amount));
  const [error, setError] = useState<string | null>(null);
  const unit = exercise.dose.kind === 'hold' ? 'seconds' : 'reps';
  // This exercise's own range, inside the outer limit every stored pin must meet.
  const min = Math.max(DOSE_AMOUNT.min, doseFloor(exercise.dose));
  const max = Math.min(DOSE_AMOUNT.max, doseCeiling(exercise.dose, exercise.ceiling, exercise.kind === 'stretch'));
  // Left and right take turns: an even number gives both sides the same count.
  const even = isAlternatingReps(exercise.dose);

  const pin = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseWholeNumber(value, even ? { min, max, multipleOf: 2 } : { min, max }, {
      message: even ? `Enter an even number of ${unit} from ${min} to ${max}, so both sides get the same.` : `Enter whole ${unit} from ${min} to ${max}.`,
    });
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    pinDose(exercise.id, parsed.value, Date.now()).catch((error: unknown) => setError(saveFailedMessage('That', error)));
  };

  return (
    <details className="pin-dose">
      <summary>Set my own {unit}</summary>
      <form onSubmit={pin} noValidate className="pin-form">
        <label htmlFor={`${id}-amount`}>
          {exercise.name}, {unit}
        </label>
        <input
          id={`${id}-amount`}
          // Text, not type=number, so "1e1" or "+5" reach the parser and are refused with a word.
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="button secondary">
          Keep it at this
        </button>
        {pinned && (
          <button type="button" className="link-button" onClick={() => void unpinDose(exercise.id).catch(() => {})}>
            Let progression decide again
          </button>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </form>
    </details>
  );
}
