// The doses the next session will use, per exercise: progression from how recent sessions
// felt, unless the person pinned an amount. A rating the person gave one exercise on the
// summary stands for that exercise instead of the session's. Pure: history and stored doses come in as data.
import type { Dose, Exercise } from '@/lib/content/types';
import type { DayMark, DoseState, SessionRecord } from '@/lib/model';
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
    // Never progressed (a rest held until it settles): judged as if it had no history, so it
    // keeps its content dose, or the amount the person pinned.
    if (exercise.progresses === false) {
      const pinned = state?.pinned ? state.amount : undefined;
      decisions.set(exercise.id, doseDecision({ exerciseId: exercise.id, base: exercise.dose, ceiling: exercise.ceiling, history: [], flareDays: [], pinned }));
      continue;
    }
    const history = sessions
      // A session ended early still counts where the person rated this exercise too hard.
      .filter((s) => s.source === 'player' && (s.completed || s.tooHard?.includes(exercise.id) || s.exerciseEffort?.[exercise.id] === 'hard') && s.results.some((r) => r.exerciseId === exercise.id))
      .map((s) => {
        // The person's rating of this exercise, where given, says more than the session's.
        const own = s.exerciseEffort?.[exercise.id];
        return {
          day: s.day,
          effort: own ?? s.effort,
          tightness: s.tightness,
          skipped: s.results.some((r) => r.exerciseId === exercise.id && r.skipped),
          tooHard: own === 'hard' || (s.tooHard?.includes(exercise.id) ?? false),
        };
      });
    decisions.set(
      exercise.id,
      doseDecision({
        exerciseId: exercise.id,
        base: exercise.dose,
        ceiling: exercise.ceiling,
        stretch: exercise.kind === 'stretch',
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
