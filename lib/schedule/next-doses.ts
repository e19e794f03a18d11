// The doses the next session will use, per exercise: progression from how recent sessions
// felt, unless the person pinned an amount (a rating the person gave one exercise on the
// summary stands for that exercise instead of the session's), and what that makes of a
// routine (its doses and total time, the numbers Today, the routine cards and the calendar
// quote). Pure: history and stored doses come in as data.
import { exercises as library, formatDuration, getExercise, routineSeconds } from '@/lib/content';
import type { Dose, Exercise, Routine } from '@/lib/content/types';
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

export interface NextExerciseDose {
  readonly exercise: Exercise;
  /** The dose the next session will use. */
  readonly dose: Dose;
  /** "up from 30 s" / "down from 10 reps" when it differs from the starting dose; else null. */
  readonly change: string | null;
}

export interface NextRoutine {
  /** Seconds the next session of this routine will take, as the player plans it. */
  readonly seconds: number;
  /** "up from about 6 min" when the rounded total differs from the starting one; else null. */
  readonly change: string | null;
  readonly doses: readonly NextExerciseDose[];
}

const amountWords = (dose: Dose, amount: number): string =>
  dose.kind === 'hold' ? `${amount} s` : `${amount} ${amount === 1 ? 'rep' : 'reps'}`;

/** "up from 30 s", "down from 10 reps"; null when the amount is the starting one. */
export function doseChange(base: Dose, amount: number): string | null {
  const start = baseAmount(base);
  if (amount === start) return null;
  return `${amount > start ? 'up' : 'down'} from ${amountWords(base, start)}`;
}

/**
 * The routine as the next session will run it. With no decisions (nothing stored yet, or a
 * screen that has not read them) it is the routine as written.
 */
export function nextRoutine(routine: Routine, decisions: ReadonlyMap<string, DoseDecision> | undefined): NextRoutine {
  const doses = routine.exerciseIds.flatMap((id): NextExerciseDose[] => {
    const exercise = getExercise(id);
    if (!exercise) return [];
    const amount = decisions?.get(id)?.amount ?? baseAmount(exercise.dose);
    return [{ exercise, dose: withAmount(exercise.dose, amount), change: doseChange(exercise.dose, amount) }];
  });
  const changed = new Map(doses.map((d) => [d.exercise.id, d.dose]));
  const progressed = library.map((e) => {
    const dose = changed.get(e.id);
    return dose ? { ...e, dose } : e;
  });
  const seconds = routineSeconds(routine, progressed);
  const before = formatDuration(routineSeconds(routine));
  const after = formatDuration(seconds);
  const change = before === after ? null : `${seconds > routineSeconds(routine) ? 'up' : 'down'} from ${before}`;
  return { seconds, change, doses };
}
