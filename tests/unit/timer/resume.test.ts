// Opening the player over a saved running session: resumed at once when recent, offered back
// when left for hours, ignored when finished or its routine is gone. How much of the time
// away counts is in absence.test.ts.
import { describe, expect, it } from 'vitest';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import type { ActiveSession } from '@/lib/model';
import { createSession, openSession, planSession, resumeStale, sessionReducer, STALE_AFTER_MS } from '@/lib/timer';

const routine = getRoutine('core')!;
const list = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
const T0 = 1_700_000_000_000;
const running = sessionReducer(createSession(planSession(routine, list)), { type: 'START', now: T0 });
const active = (patch: Partial<ActiveSession> = {}): ActiveSession => ({ id: 'a', routineId: 'core', state: running, savedAt: T0, ...patch });

describe('openSession', () => {
  it('starts fresh with nothing saved, a finished session, or a routine that no longer exists', () => {
    expect(openSession(undefined, T0, getRoutine)).toEqual({ kind: 'fresh' });
    const finished = sessionReducer(running, { type: 'END', now: T0 + 1000 });
    expect(openSession(active({ state: finished }), T0 + 2000, getRoutine)).toEqual({ kind: 'fresh' });
    expect(openSession(active({ routineId: 'gone' }), T0, getRoutine)).toEqual({ kind: 'fresh' });
  });

  // Within 30 s of the last heartbeat (a reload); later than that counts only until it (absence.test.ts).
  it('resumes a session seen moments ago at once, settled to now', () => {
    const opening = openSession(active({ lastSeen: T0 + 60_000 }), T0 + 70_000, getRoutine);
    expect(opening.kind).toBe('resume');
    if (opening.kind !== 'resume') return;
    expect(opening.routine).toBe(routine);
    expect(opening.state.phaseIndex).toBeGreaterThan(running.phaseIndex);
  });

  it('asks after exactly more than two hours away, not at two hours', () => {
    expect(openSession(active(), T0 + STALE_AFTER_MS, getRoutine).kind).toBe('resume');
    expect(openSession(active(), T0 + STALE_AFTER_MS + 1, getRoutine)).toMatchObject({ kind: 'ask', awayMs: STALE_AFTER_MS + 1 });
  });
});

describe('resumeStale', () => {
  it('counts the time away as a pause from the last save, so the phase and time left are as they were', () => {
    const saved = sessionReducer(running, { type: 'TICK', now: T0 + 2_000 });
    const resumed = resumeStale(active({ state: saved, savedAt: T0 + 2_000 }));
    expect(resumed.status).toBe('paused');
    expect(resumed.phaseIndex).toBe(saved.phaseIndex);
    const later = sessionReducer(resumed, { type: 'RESUME', now: T0 + 5 * 3_600_000 });
    expect(later.phaseIndex).toBe(saved.phaseIndex);
  });

  it('leaves a paused session as it was', () => {
    const paused = sessionReducer(running, { type: 'PAUSE', now: T0 + 1_000 });
    expect(resumeStale(active({ state: paused }))).toBe(paused);
  });
});
