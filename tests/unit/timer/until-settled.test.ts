// A hold until it settles (the lean-forward rest) ends when the person carries on: SKIP there
// finishes the hold rather than skipping it, so the record does not call the rest skipped.
import { describe, expect, it } from 'vitest';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import { createSession, planSession, sessionReducer, toSessionRecord, type SessionState } from '@/lib/timer';

const routine = getRoutine('mid-walk-reset')!;
const list = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);

function runToLean(): { state: SessionState; now: number } {
  let state = sessionReducer(createSession(planSession(routine, list)), { type: 'START', now: 0 });
  let now = 0;
  // Let the clock carry every phase before the lean-forward rest's hold.
  const lean = state.phases.findIndex((p) => p.exerciseId === 'lean-forward-rest' && p.kind === 'work');
  while (state.phaseIndex < lean) {
    now = state.phaseEndsAt ?? now;
    state = sessionReducer(state, { type: 'TICK', now });
  }
  return { state, now };
}

describe('carrying on from a hold until it settles', () => {
  it('counts the rest as done, not skipped, and the session as completed', () => {
    const { state, now } = runToLean();
    const finished = sessionReducer(state, { type: 'SKIP', now: now + 20_000 });
    expect(finished.status).toBe('finished');
    const record = toSessionRecord({ id: 's', routineId: routine.id, state: finished, rolloverHour: 3 });
    expect(record.completed).toBe(true);
    expect(record.results.find((r) => r.exerciseId === 'lean-forward-rest')).toMatchObject({ done: 20, skipped: false });
  });

  it('still marks an ordinary hold skipped', () => {
    let state = sessionReducer(createSession(planSession(routine, list)), { type: 'START', now: 0 });
    state = sessionReducer(state, { type: 'SKIP', now: 1_000 }); // prepare
    state = sessionReducer(state, { type: 'SKIP', now: 2_000 }); // standing hip-flexor, left
    expect(state.log.at(-1)).toMatchObject({ skipped: true, completed: false });
  });
});
