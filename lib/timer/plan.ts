// Turns a routine and its resolved exercises into the ordered phases the guided player walks
// through: get ready, work, rest, switch side. Owns the planning rules (sides, alternation,
// untimed reps); knows nothing about clocks or events.
import { transitionsFor, type Placed, type Transition } from '@/lib/content/transitions';
import type { Dose, Exercise, Routine } from '@/lib/content/types';
import type { Phase, Side } from '@/lib/model';

export type { Phase, PhaseKind, Side } from '@/lib/model';

/**
 * A routine: its transition times come from its exercises' positions and props
 * (lib/content/transitions.ts, as the routine's total time does). Or fixed times for every
 * exercise, for timers that are not routines (the relief hold timer) and for tests.
 */
export type PlanRoutine = Pick<Routine, 'exerciseIds'> | Transition;
/** planSession needs only these parts, so full Exercise values fit as they are. */
export type PlanExercise = Pick<Exercise, 'id' | 'dose'> & Placed;
/** Per-exercise overrides (the person's progressed doses), keyed by exercise id. */
export type DoseOverrides = Partial<Record<string, Dose>>;

type Draft = Omit<Phase, 'index'>;
type WorkDraft = Omit<Draft, 'kind' | 'exerciseId' | 'exerciseIndex' | 'setCount'>;

// Whole milliseconds keep every boundary exact integer arithmetic, whatever the dose says.
const toMs = (seconds: number): number => Math.max(0, Math.round(seconds * 1000));
// Content with 0 sets or reps is a data slip; still show the exercise once rather than vanish.
const atLeastOne = (n: number): number => Math.max(1, Math.floor(n));

/**
 * Plans a session. Rules, chosen for what a person can follow:
 * - `prepare` before every exercise (its length from the move into the exercise's position); `rest` between sets only (the next exercise's prepare
 *   already gives a break); zero-second prepare/rest/switch phases are left out.
 * - sides 'each': every set on the left, one `switch`, every set on the right, so the person
 *   changes position once per exercise instead of after every set.
 * - sides 'alternating': hold doses do left then right within each set; rep doses alternate
 *   left, right, left… over the set's `reps` (a total, so an odd count ends on the left).
 * - rep doses with holdSeconds > 0 become one timed phase per rep (bird-dog), lasting
 *   max(holdSeconds, secondsPerRep): the rep includes moving into and out of the hold.
 * - a hold until it settles stays timed (its holdSeconds is the most it waits) and its work
 *   phases are marked untilSettled, so the screen and voice say "carry on when ready".
 * - rep doses with holdSeconds 0 become one untimed phase per set (per side for 'each';
 *   side null for 'alternating', the person alternates within it), ended by REP_DONE.
 */
export function planSession(
  routine: PlanRoutine,
  exercises: readonly PlanExercise[],
  doses: DoseOverrides = {},
): Phase[] {
  const drafts: Draft[] = [];
  const fixed = 'prepareSeconds' in routine ? routine : null;
  const transitions = fixed ? exercises.map(() => fixed) : transitionsFor(exercises);
  exercises.forEach((exercise, exerciseIndex) => {
    const { prepareSeconds, switchSeconds } = transitions[exerciseIndex]!;
    const dose = doses[exercise.id] ?? exercise.dose;
    const setCount = atLeastOne(dose.sets);
    const common = { exerciseId: exercise.id, exerciseIndex, setCount };
    const sideRuns: readonly Side[] = dose.sides === 'each' ? ['left', 'right'] : [null];
    const own: Draft[] = [];

    sideRuns.forEach((runSide, runIndex) => {
      for (let set = 1; set <= setCount; set++) {
        const work = workForSet(dose, set, runSide);
        const first = work[0];
        if (!first) continue;
        if (runIndex > 0 && set === 1) {
          own.push({ ...common, kind: 'switch', set, side: first.side, ...timed(toMs(switchSeconds)) });
        } else if (set > 1) {
          own.push({ ...common, kind: 'rest', set, side: first.side, ...timed(toMs(dose.restSeconds)) });
        }
        for (const w of work) own.push({ ...common, kind: 'work', ...w });
      }
    });

    const firstWork = own.find((d) => d.kind === 'work');
    if (firstWork) {
      drafts.push({ ...common, kind: 'prepare', set: 1, side: firstWork.side, ...timed(toMs(prepareSeconds)) });
    }
    drafts.push(...own);
  });

  return drafts
    .filter((d) => d.kind === 'work' || d.plannedMs > 0)
    .map((d, index) => ({ index, ...d }));
}

function timed(ms: number): { durationMs: number; plannedMs: number } {
  return { durationMs: ms, plannedMs: ms };
}

function workForSet(dose: Dose, set: number, runSide: Side): WorkDraft[] {
  if (dose.kind === 'hold') {
    const hold = { ...timed(toMs(dose.holdSeconds)), ...(dose.untilSettled ? { untilSettled: true as const } : {}) };
    if (dose.sides === 'alternating') {
      return [
        { set, side: 'left', ...hold },
        { set, side: 'right', ...hold },
      ];
    }
    return [{ set, side: runSide, ...hold }];
  }

  const reps = atLeastOne(dose.reps);
  if (dose.holdSeconds > 0) {
    const perRep = timed(toMs(Math.max(dose.holdSeconds, dose.secondsPerRep)));
    return Array.from({ length: reps }, (_, i): WorkDraft => ({
      set,
      side: dose.sides === 'alternating' ? (i % 2 === 0 ? 'left' : 'right') : runSide,
      rep: i + 1,
      repCount: reps,
      ...perRep,
    }));
  }
  return [{ set, side: runSide, targetReps: reps, durationMs: null, plannedMs: toMs(reps * dose.secondsPerRep) }];
}
