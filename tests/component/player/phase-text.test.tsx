// A hold until it settles (the lean-forward rest) has no target time: the player says to stay
// until it settles and carry on when ready, instead of "hold 45 seconds".
import { describe, expect, it } from 'vitest';
import { phaseAnnouncement, phaseDetail, UNTIL_SETTLED_DETAIL } from '@/components/player/phase-text';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import { createSession, planSession, sessionReducer, type SessionState } from '@/lib/timer';

const name = (id: string) => getExercise(id)?.name ?? id;
const routine = getRoutine('mid-walk-reset')!;
const list = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);

/** The running session at the first work phase of `exerciseId`. */
function at(exerciseId: string): SessionState {
  let state = sessionReducer(createSession(planSession(routine, list)), { type: 'START', now: 0 });
  for (let i = 0; i < 100 && state.phases[state.phaseIndex]!.exerciseId !== exerciseId; i++) {
    state = sessionReducer(state, { type: 'SKIP', now: 0 });
  }
  while (state.phases[state.phaseIndex]!.kind !== 'work') state = sessionReducer(state, { type: 'SKIP', now: 0 });
  return state;
}

describe('a hold until it settles', () => {
  it('is planned as a timed hold marked untilSettled, at most its holdSeconds', () => {
    const work = planSession(routine, list).filter((p) => p.exerciseId === 'lean-forward-rest' && p.kind === 'work');
    expect(work).toHaveLength(1);
    expect(work[0]).toMatchObject({ untilSettled: true, durationMs: 45_000 });
  });

  it('says on screen to stay until it settles and tap Skip to carry on', () => {
    const state = at('lean-forward-rest');
    expect(phaseDetail(state.phases[state.phaseIndex]!, name)).toContain(UNTIL_SETTLED_DETAIL);
  });

  it('is announced without a number of seconds', () => {
    const text = phaseAnnouncement(at('lean-forward-rest'), name);
    expect(text).toBe('Lean-forward rest. Stay until it settles, then carry on when you are ready.');
  });

  it('leaves other holds as they were', () => {
    const state = at('standing-hip-flexor');
    expect(state.phases[state.phaseIndex]!.untilSettled).toBeUndefined();
    expect(phaseAnnouncement(state, name)).toBe('Standing hip-flexor stretch, left side, hold 12 seconds.');
  });
});
