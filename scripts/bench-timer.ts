// Drives a whole session through the reducer with ticks as sparse as a throttled tab or a
// locked phone delivers them, and measures how far phase boundaries land from the ideal
// schedule. Pure, for the benchmark (scripts/bench-engine.mjs) and the engine tests; the answer
// should always be 0.
import { createSession, sessionReducer, type SessionEvent, type SessionState } from '@/lib/timer/engine';
import { planSession, type DoseOverrides, type Phase, type PlanExercise, type PlanRoutine } from '@/lib/timer/plan';

export interface SessionFixture {
  readonly routine: PlanRoutine;
  readonly exercises: readonly PlanExercise[];
  readonly doses?: DoseOverrides;
}

/** A routine with every planning case: plain holds, holds each side, timed alternating reps, untimed reps. */
export const BENCH_FIXTURE: SessionFixture = {
  routine: { prepareSeconds: 10, switchSeconds: 5 },
  exercises: [
    { id: 'plank', dose: { kind: 'hold', holdSeconds: 30, sets: 3, sides: 'none', restSeconds: 30 } },
    {
      id: 'bird-dog',
      dose: { kind: 'reps', reps: 10, holdSeconds: 5, secondsPerRep: 8, sets: 2, sides: 'alternating', restSeconds: 30 },
    },
    { id: 'hip-flexor-stretch', dose: { kind: 'hold', holdSeconds: 30, sets: 2, sides: 'each', restSeconds: 15 } },
    {
      id: 'glute-bridge',
      dose: { kind: 'reps', reps: 12, holdSeconds: 0, secondsPerRep: 3, sets: 2, sides: 'none', restSeconds: 30 },
    },
  ],
};

/** Ideal start of every phase, and the ideal end, with untimed phases taking their planned time. */
export function idealSchedule(phases: readonly Phase[], startAt: number): { starts: number[]; endAt: number } {
  const starts: number[] = [];
  let t = startAt;
  for (const p of phases) {
    starts.push(t);
    t += p.plannedMs;
  }
  return { starts, endAt: t };
}

/**
 * Runs the fixture from START to finish with a TICK every `tickGapMs`. The person's REP_DONE
 * taps are not throttled (they are real input), so they arrive exactly when the ideal schedule
 * says, spread evenly over each untimed phase. Returns the worst absolute error in ms between
 * the recorded phase starts (and the session end) and the ideal schedule.
 */
export function simulateThrottled(fixture: SessionFixture, tickGapMs: number, startAt = 1_700_000_000_000): number {
  if (!(tickGapMs > 0) || !Number.isFinite(tickGapMs)) throw new RangeError('tickGapMs must be a positive number');
  const phases = planSession(fixture.routine, fixture.exercises, fixture.doses);
  const ideal = idealSchedule(phases, startAt);

  const taps: number[] = [];
  phases.forEach((p, i) => {
    const start = ideal.starts[i] ?? startAt;
    if (p.targetReps === undefined) return;
    for (let k = 1; k <= p.targetReps; k++) taps.push(start + Math.round((k * p.plannedMs) / p.targetReps));
  });

  let state: SessionState = sessionReducer(createSession(phases), { type: 'START', now: startAt });
  let tap = 0;
  let tick = 1;
  // Ticks run past the ideal end by one gap; a correct engine finishes well before that.
  const lastTick = ideal.endAt + tickGapMs;
  while (state.status !== 'finished') {
    const tickAt = startAt + tick * tickGapMs;
    const tapAt = taps[tap];
    if (tapAt === undefined && tickAt > lastTick) break;
    let event: SessionEvent;
    if (tapAt !== undefined && tapAt <= tickAt) {
      event = { type: 'REP_DONE', now: tapAt };
      tap++;
    } else {
      event = { type: 'TICK', now: tickAt };
      tick++;
    }
    state = sessionReducer(state, event);
  }

  let worst = state.endedAt === null ? Infinity : Math.abs(state.endedAt - ideal.endAt);
  phases.forEach((_, i) => {
    const entry = state.log.find((r) => r.phaseIndex === i);
    const expected = ideal.starts[i] ?? startAt;
    worst = Math.max(worst, entry ? Math.abs(entry.startedAt - expected) : Infinity);
  });
  return worst;
}
