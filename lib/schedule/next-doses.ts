// The doses the next session will use, per exercise: progression from how recent sessions
// felt, unless the person pinned an amount. Pure: history and stored doses come in as data.
import type { Dose, Exercise } from '@/lib/content/types';
import type { DayMark, DoseState, SessionRecord } from '@/lib/db/types';
import { baseAmount, doseDecision, type DoseDecision } from './progression';

/** The dose with its hold seconds (hold doses) or reps (rep doses) set to `amount`. */
export function withAmount(dose: Dose, amount: number): Dose {
  return dose.kind === 'hold' ? { ...dose, holdSeconds: amount } : { ...dose, reps: amount };
}

export function nextDoses(
  exercises: readonly Exercise[],
  sessions: readonly SessionRecord[],
  marks: readonly DayMark[],
  states: readonly DoseState[],
): Map<string, DoseDecision> {
  const flareDays = marks.filter((m) => m.kind === 'flare').map((m) => m.day);
  const stateById = new Map(states.map((s) => [s.exerciseId, s]));
  const decisions = new Map<string, DoseDecision>();
  for (const exercise of exercises) {
    const state = stateById.get(exercise.id);
    const history = sessions
      .filter((s) => s.source === 'player' && s.completed && s.results.some((r) => r.exerciseId === exercise.id))
      .map((s) => ({ day: s.day, effort: s.effort, tightness: s.tightness }));
    decisions.set(
      exercise.id,
      doseDecision({
        exerciseId: exercise.id,
        base: exercise.dose,
        ceiling: exercise.ceiling,
        history,
        flareDays,
        pinned: state?.pinned ? state.amount : undefined,
        current: state && !state.pinned ? state.amount : undefined,
      }),
    );
  }
  return decisions;
}

/** Dose overrides for planSession: only where the amount differs from the content's. */
export function doseOverrides(exercises: readonly Exercise[], decisions: ReadonlyMap<string, DoseDecision>): Record<string, Dose> {
  const overrides: Record<string, Dose> = {};
  for (const exercise of exercises) {
    const decision = decisions.get(exercise.id);
    if (decision && decision.amount !== baseAmount(exercise.dose)) overrides[exercise.id] = withAmount(exercise.dose, decision.amount);
  }
  return overrides;
}
