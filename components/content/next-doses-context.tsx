'use client';
// The doses and times the next session will use, where a static page quotes a routine: the
// page renders the routine as written, and once NextDosesProvider has read the history (in a
// lazily loaded chunk) the same spots show the progressed numbers, "up from 30 s" beside a change.
import { createContext, useContext } from 'react';
import { formatDose, formatDuration, getExercise, getRoutine } from '@/lib/content';
import { doseChange, nextRoutine, withAmount } from '@/lib/schedule/next-doses';
import type { DoseDecision } from '@/lib/schedule/progression';

export const NextDosesContext = createContext<ReadonlyMap<string, DoseDecision> | undefined>(undefined);

/** "3 × 40 s hold (up from 30 s)". */
export function NextDoseText({ exerciseId }: { exerciseId: string }) {
  const decisions = useContext(NextDosesContext);
  const exercise = getExercise(exerciseId);
  if (!exercise) return null;
  const amount = decisions?.get(exerciseId)?.amount;
  if (amount === undefined) return <>{formatDose(exercise.dose)}</>;
  const change = doseChange(exercise.dose, amount);
  return (
    <>
      {formatDose(withAmount(exercise.dose, amount))}
      {change && <span className="muted"> ({change})</span>}
    </>
  );
}

/** "about 7 min (up from about 6 min)". */
export function NextRoutineTime({ routineId }: { routineId: string }) {
  const decisions = useContext(NextDosesContext);
  const routine = getRoutine(routineId);
  if (!routine) return null;
  const next = nextRoutine(routine, decisions);
  return (
    <>
      {formatDuration(next.seconds)}
      {next.change && ` (${next.change})`}
    </>
  );
}
