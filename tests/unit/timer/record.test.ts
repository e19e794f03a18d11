// The record of a finished session: "completed" feeds streaks and progression, so it has to
// mean the person did the routine, not that they tapped Skip to its end.
import { describe, expect, it } from 'vitest';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import { createSession, planSession, sessionReducer, toSessionRecord, type SessionState } from '@/lib/timer';

const routine = getRoutine('core')!;
const list = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);

function run(step: (state: SessionState, now: number) => SessionState): SessionState {
  let now = 0;
  let state = sessionReducer(createSession(planSession(routine, list)), { type: 'START', now });
  for (let i = 0; state.status !== 'finished'; i++) {
    if (i > 10_000) throw new Error('the session never finished');
    now += 1_000;
    state = step(state, now);
  }
  return state;
}
const record = (state: SessionState) => toSessionRecord({ id: 's', routineId: routine.id, state, rolloverHour: 3 });

describe('toSessionRecord completed', () => {
  it('is false when every phase was skipped', () => {
    const finished = run((s, now) => sessionReducer(s, { type: 'SKIP', now }));
    expect(record(finished).completed).toBe(false);
  });

  it('is false when only the work phases were skipped and the rests ran out', () => {
    const finished = run((s, now) => {
      const phase = s.phases[s.phaseIndex];
      return phase?.kind === 'work' ? sessionReducer(s, { type: 'SKIP', now }) : sessionReducer(s, { type: 'TICK', now: s.phaseEndsAt ?? now });
    });
    expect(record(finished).completed).toBe(false);
  });

  it('is true when the routine ran to its end, even with one exercise skipped', () => {
    let skipped = false;
    const finished = run((s, now) => {
      const phase = s.phases[s.phaseIndex];
      if (!skipped && phase?.kind === 'work') {
        skipped = true;
        return sessionReducer(s, { type: 'SKIP', now });
      }
      return sessionReducer(s, phase?.targetReps !== undefined ? { type: 'REP_DONE', now } : { type: 'TICK', now: s.phaseEndsAt ?? now });
    });
    expect(skipped).toBe(true);
    expect(record(finished).completed).toBe(true);
  });
});

describe('toSessionRecord day', () => {
  it('is the day the session started on, like a walk, even when it ends after the rollover hour', () => {
    const start = new Date(2026, 10, 26, 2, 58).getTime();
    let state = sessionReducer(createSession(planSession(routine, list)), { type: 'START', now: start });
    state = sessionReducer(state, { type: 'END', now: start + 5 * 60_000 });
    const rec = toSessionRecord({ id: 's', routineId: routine.id, state, rolloverHour: 3 });
    expect(rec.day).toBe('2026-11-25');
  });
});
