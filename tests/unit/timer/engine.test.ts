import { describe, expect, it } from 'vitest';
import {
  createSession,
  restore,
  sessionReducer,
  type SessionEvent,
  type SessionEventType,
  type SessionState,
} from '@/lib/timer/engine';
import { planSession, type PlanExercise } from '@/lib/timer/plan';
import { idealSchedule } from '@/scripts/bench-timer';
import { hold, reps, routine } from '../../fixtures/doses';

const T0 = 1_700_000_000_000;

// Every planning case: plain holds, each-side holds, alternating timed reps, untimed reps.
const mixed: PlanExercise[] = [
  { id: 'plank', dose: hold({ sets: 3, restSeconds: 30 }) },
  { id: 'bird-dog', dose: reps({ reps: 6, holdSeconds: 5, secondsPerRep: 8, sets: 2, sides: 'alternating' }) },
  { id: 'hip-flexor', dose: hold({ sets: 2, sides: 'each', restSeconds: 15 }) },
  { id: 'bridge', dose: reps({ reps: 10, sets: 2 }) },
];
// Timed phases only: 10 + 30 + 20 + 30 + 10 + 30 + 5 + 30 = 165 s.
const timedOnly: PlanExercise[] = [
  { id: 'plank', dose: hold({ sets: 2 }) },
  { id: 'hip-flexor', dose: hold({ sides: 'each' }) },
];

const ev = (type: SessionEventType, now: number): SessionEvent => ({ type, now });
const reduce = (state: SessionState, ...events: SessionEvent[]) => events.reduce(sessionReducer, state);
const started = (exercises: PlanExercise[], at = T0) =>
  sessionReducer(createSession(planSession(routine, exercises)), ev('START', at));

/**
 * Runs a session to the end with TICKs at the given gaps (cycled). Untimed phases get their
 * REP_DONE taps at ideal times, spread over the planned estimate: taps are real input, not
 * throttled, so only the ticks are irregular.
 */
function runWithGaps(exercises: PlanExercise[], gaps: readonly number[]): SessionState {
  const phases = planSession(routine, exercises);
  const { starts } = idealSchedule(phases, T0);
  const taps = phases.flatMap((p, i) =>
    p.targetReps === undefined
      ? []
      : Array.from({ length: p.targetReps }, (_, k) => (starts[i] ?? 0) + Math.round(((k + 1) * p.plannedMs) / (p.targetReps ?? 1))),
  );
  let state = sessionReducer(createSession(phases), ev('START', T0));
  let t = T0;
  for (let i = 0; state.status !== 'finished'; i++) {
    if (i > 1_000_000) throw new Error('session did not finish');
    t += gaps[i % gaps.length] ?? 1000;
    while (taps[0] !== undefined && taps[0] <= t) state = sessionReducer(state, ev('REP_DONE', taps.shift() ?? t));
    state = sessionReducer(state, ev('TICK', t));
  }
  return state;
}

describe('phase boundaries land at their ideal times whatever the tick rate', () => {
  const gapCases: { name: string; gaps: number[] }[] = [
    { name: '16 ms animation frames', gaps: [16] },
    { name: '1 s throttled background tab', gaps: [1000] },
    { name: '60 s locked phone', gaps: [60_000] },
    { name: 'irregular gaps with one 10-minute gap', gaps: [16, 1000, 37, 60_000, 250, 600_000, 16, 999, 1001] },
  ];

  it.each(gapCases)('$name', ({ gaps }) => {
    const state = runWithGaps(mixed, gaps);
    const { starts, endAt: end } = idealSchedule(state.phases, T0);
    expect(state.status).toBe('finished');
    expect(state.log.map((r) => r.phaseIndex)).toEqual(state.phases.map((p) => p.index));
    expect(state.log.map((r) => r.startedAt)).toEqual(starts);
    expect(state.log.every((r) => r.completed && !r.skipped)).toBe(true);
    expect(state.endedAt).toBe(end);
  });

  it('one TICK after a 10-minute gap crosses every phase and finishes at the ideal end', () => {
    const state = started(timedOnly);
    const after = sessionReducer(state, ev('TICK', T0 + 600_000));
    const { starts, endAt: end } = idealSchedule(state.phases, T0);
    expect(after.status).toBe('finished');
    expect(after.log.map((r) => [r.startedAt, r.endedAt])).toEqual(starts.map((s, i) => [s, starts[i + 1] ?? end]));
    expect(after.endedAt).toBe(T0 + 165_000);
  });

  it('a late TICK mid-session lands on the right phase with the right end time', () => {
    // prepare 10 s, plank 30 s, rest 20 s: at 55 s we are 5 s into the rest.
    const state = sessionReducer(started(timedOnly), ev('TICK', T0 + 55_000));
    expect(state.phaseIndex).toBe(2);
    expect(state.phases[2]?.kind).toBe('rest');
    expect(state.phaseStartedAt).toBe(T0 + 40_000);
    expect(state.phaseEndsAt).toBe(T0 + 60_000);
  });

  it('a TICK exactly at a phase end moves on', () => {
    const state = sessionReducer(started(timedOnly), ev('TICK', T0 + 10_000));
    expect(state.phaseIndex).toBe(1);
    expect(state.phaseStartedAt).toBe(T0 + 10_000);
  });
});

describe('pause and resume', () => {
  it('excludes paused time from the phase and every later boundary', () => {
    // Pause 5 s into the plank (15 s after start) for 60 s.
    let s = reduce(started(timedOnly), ev('TICK', T0 + 10_000), ev('PAUSE', T0 + 15_000));
    expect(s.status).toBe('paused');
    expect(sessionReducer(s, ev('TICK', T0 + 70_000))).toBe(s);
    s = sessionReducer(s, ev('RESUME', T0 + 75_000));
    expect(s.phaseEndsAt).toBe(T0 + 40_000 + 60_000);
    expect(sessionReducer(s, ev('TICK', T0 + 99_999)).phaseIndex).toBe(1);
    s = sessionReducer(s, ev('TICK', T0 + 10_000_000));
    expect(s.status).toBe('finished');
    expect(s.totalPausedMs).toBe(60_000);
    expect(s.endedAt).toBe(T0 + 165_000 + 60_000);
    expect(s.log[1]).toMatchObject({ startedAt: T0 + 10_000, endedAt: T0 + 100_000, doneMs: 30_000, completed: true });
    expect(s.log[2]?.startedAt).toBe(T0 + 100_000);
  });

  it('adds up several pauses in one phase', () => {
    const s = reduce(
      started(timedOnly),
      ev('PAUSE', T0 + 2_000), ev('RESUME', T0 + 5_000), // 3 s
      ev('PAUSE', T0 + 6_000), ev('RESUME', T0 + 13_000), // 7 s
    );
    expect(s.phaseEndsAt).toBe(T0 + 20_000);
    expect(s.totalPausedMs).toBe(10_000);
  });

  it('settles phases that ended before a late PAUSE, then freezes the right one', () => {
    // No ticks for 55 s (throttled), then PAUSE: the rest began at 40 s and has 15 s left.
    const s = sessionReducer(started(timedOnly), ev('PAUSE', T0 + 55_000));
    expect(s.status).toBe('paused');
    expect(s.phaseIndex).toBe(2);
    expect(s.log.map((r) => r.phaseIndex)).toEqual([0, 1]);
    const resumed = sessionReducer(s, ev('RESUME', T0 + 155_000));
    expect(resumed.phaseEndsAt).toBe(T0 + 60_000 + 100_000);
  });

  it('a PAUSE after the natural end just finishes the session', () => {
    const s = sessionReducer(started(timedOnly), ev('PAUSE', T0 + 200_000));
    expect(s.status).toBe('finished');
    expect(s.endedAt).toBe(T0 + 165_000);
  });
});

describe('skip and back move exactly one phase', () => {
  const positions = [0, 1, 2, 4];

  it.each(positions)('SKIP from phase %i records the partial time and starts the next phase now', (from) => {
    let s = started(timedOnly);
    s = sessionReducer(s, ev('TICK', idealSchedule(s.phases, T0).starts[from] ?? T0));
    expect(s.phaseIndex).toBe(from);
    const startedAt = s.phaseStartedAt ?? 0;
    const after = sessionReducer(s, ev('SKIP', startedAt + 3_000));
    expect(after.phaseIndex).toBe(from + 1);
    expect(after.phaseStartedAt).toBe(startedAt + 3_000);
    expect(after.phaseEndsAt).toBe(startedAt + 3_000 + (after.phases[from + 1]?.durationMs ?? 0));
    expect(after.log.at(-1)).toEqual({
      phaseIndex: from, startedAt, endedAt: startedAt + 3_000, doneMs: 3_000, repsDone: 0, skipped: true, completed: false,
    });
  });

  it.each(positions.filter((p) => p > 0))('BACK from phase %i restarts the previous phase in full', (from) => {
    let s = started(timedOnly);
    s = sessionReducer(s, ev('TICK', idealSchedule(s.phases, T0).starts[from] ?? T0));
    const startedAt = s.phaseStartedAt ?? 0;
    const after = sessionReducer(s, ev('BACK', startedAt + 2_000));
    expect(after.phaseIndex).toBe(from - 1);
    expect(after.phaseStartedAt).toBe(startedAt + 2_000);
    expect(after.phaseEndsAt).toBe(startedAt + 2_000 + (after.phases[from - 1]?.durationMs ?? 0));
    expect(after.log.at(-1)).toMatchObject({ phaseIndex: from, doneMs: 2_000, skipped: false, completed: false });
  });

  it('BACK on the first phase restarts it', () => {
    const s = sessionReducer(started(timedOnly), ev('BACK', T0 + 4_000));
    expect(s.phaseIndex).toBe(0);
    expect(s.phaseStartedAt).toBe(T0 + 4_000);
    expect(s.phaseEndsAt).toBe(T0 + 14_000);
  });

  it('SKIP on the last phase finishes the session', () => {
    const s = reduce(started(timedOnly), ev('TICK', T0 + 135_000), ev('SKIP', T0 + 140_000));
    expect(s.log.at(-1)).toMatchObject({ phaseIndex: s.phases.length - 1, doneMs: 5_000, skipped: true });
    expect(s.status).toBe('finished');
    expect(s.endedAt).toBe(T0 + 140_000);
  });

  it('SKIP while paused moves one phase and stays paused, counting the paused time', () => {
    let s = reduce(started(timedOnly), ev('TICK', T0 + 10_000), ev('PAUSE', T0 + 12_000), ev('SKIP', T0 + 20_000));
    expect(s.status).toBe('paused');
    expect(s.phaseIndex).toBe(2);
    expect(s.log.at(-1)).toMatchObject({ phaseIndex: 1, doneMs: 2_000, skipped: true });
    s = sessionReducer(s, ev('RESUME', T0 + 30_000));
    expect(s.totalPausedMs).toBe(18_000);
    expect(s.phaseEndsAt).toBe(T0 + 30_000 + 20_000);
  });

  it('SKIP uses the phase that is really current after throttled ticks', () => {
    const s = sessionReducer(started(timedOnly), ev('SKIP', T0 + 45_000));
    expect(s.log.map((r) => [r.phaseIndex, r.skipped])).toEqual([[0, false], [1, false], [2, true]]);
    expect(s.phaseIndex).toBe(3);
  });
});

describe('END', () => {
  it('mid-phase records the partial time and finishes now', () => {
    const s = reduce(started(timedOnly), ev('TICK', T0 + 10_000), ev('END', T0 + 22_500));
    expect(s.status).toBe('finished');
    expect(s.endedAt).toBe(T0 + 22_500);
    expect(s.log.at(-1)).toEqual({
      phaseIndex: 1, startedAt: T0 + 10_000, endedAt: T0 + 22_500, doneMs: 12_500, repsDone: 0, skipped: false, completed: false,
    });
  });

  it('while paused counts time only up to the pause', () => {
    const s = reduce(started(timedOnly), ev('TICK', T0 + 10_000), ev('PAUSE', T0 + 14_000), ev('END', T0 + 50_000));
    expect(s.log.at(-1)?.doneMs).toBe(4_000);
    expect(s.totalPausedMs).toBe(36_000);
    expect(s.endedAt).toBe(T0 + 50_000);
  });

  it('keeps the reps counted so far in untimed work', () => {
    const s = reduce(
      started([{ id: 'bridge', dose: reps({ reps: 10 }) }]),
      ev('TICK', T0 + 10_000), ev('REP_DONE', T0 + 13_000), ev('REP_DONE', T0 + 16_000), ev('END', T0 + 17_000),
    );
    expect(s.log.at(-1)).toMatchObject({ phaseIndex: 1, repsDone: 2, doneMs: 7_000, completed: false });
  });
});

describe('untimed rep work', () => {
  const bridge = () => sessionReducer(started([{ id: 'bridge', dose: reps({ reps: 3, sets: 2 }) }]), ev('TICK', T0 + 10_000));

  it('does not end by time, however long it takes', () => {
    const s = bridge();
    expect(s.phases[s.phaseIndex]?.durationMs).toBeNull();
    expect(sessionReducer(s, ev('TICK', T0 + 3_600_000))).toBe(s);
  });

  it('finishes on the target REP_DONE count and starts the rest at that tap', () => {
    let s = reduce(bridge(), ev('REP_DONE', T0 + 13_000), ev('REP_DONE', T0 + 16_000));
    expect(s.phaseIndex).toBe(1);
    expect(s.repsDone).toBe(2);
    s = sessionReducer(s, ev('REP_DONE', T0 + 19_000));
    expect(s.phaseIndex).toBe(2);
    expect(s.repsDone).toBe(0);
    expect(s.phaseStartedAt).toBe(T0 + 19_000);
    expect(s.phaseEndsAt).toBe(T0 + 39_000);
    expect(s.log.at(-1)).toMatchObject({ phaseIndex: 1, repsDone: 3, doneMs: 9_000, completed: true, skipped: false });
  });

  it('ignores REP_DONE while paused', () => {
    const s = sessionReducer(bridge(), ev('PAUSE', T0 + 11_000));
    expect(sessionReducer(s, ev('REP_DONE', T0 + 12_000))).toBe(s);
  });

  it('timed rep holds count one rep each when they run out', () => {
    const s = sessionReducer(
      started([{ id: 'bird-dog', dose: reps({ reps: 2, holdSeconds: 5, secondsPerRep: 8, sides: 'alternating' }) }]),
      ev('TICK', T0 + 26_000),
    );
    expect(s.status).toBe('finished');
    expect(s.log.map((r) => [s.phases[r.phaseIndex]?.side ?? null, r.repsDone])).toEqual([['left', 0], ['left', 1], ['right', 1]]);
  });
});

describe('events that make no sense return the same state object', () => {
  const idle = () => createSession(planSession(routine, timedOnly));
  const running = () => sessionReducer(started(timedOnly), ev('TICK', T0 + 10_000));
  const paused = () => sessionReducer(running(), ev('PAUSE', T0 + 12_000));
  const finished = () => sessionReducer(running(), ev('END', T0 + 13_000));
  const cases: { name: string; state: () => SessionState; type: SessionEventType; now?: number }[] = [
    { name: 'START twice', state: running, type: 'START' },
    { name: 'START after finished', state: finished, type: 'START' },
    { name: 'RESUME while running', state: running, type: 'RESUME' },
    { name: 'RESUME before start', state: idle, type: 'RESUME' },
    { name: 'PAUSE while paused', state: paused, type: 'PAUSE' },
    { name: 'PAUSE before start', state: idle, type: 'PAUSE' },
    { name: 'TICK before start', state: idle, type: 'TICK' },
    { name: 'TICK while paused', state: paused, type: 'TICK' },
    { name: 'TICK that crosses no boundary', state: running, type: 'TICK', now: T0 + 39_999 },
    { name: 'TICK after finished', state: finished, type: 'TICK' },
    { name: 'SKIP before start', state: idle, type: 'SKIP' },
    { name: 'SKIP after finished', state: finished, type: 'SKIP' },
    { name: 'BACK after finished', state: finished, type: 'BACK' },
    { name: 'END before start', state: idle, type: 'END' },
    { name: 'END after finished', state: finished, type: 'END' },
    { name: 'REP_DONE on a timed phase', state: running, type: 'REP_DONE', now: T0 + 15_000 },
    { name: 'REP_DONE after finished', state: finished, type: 'REP_DONE' },
  ];

  it.each(cases)('$name', ({ state, type, now }) => {
    const before = state();
    expect(sessionReducer(before, ev(type, now ?? T0 + 20_000))).toBe(before);
  });
});

describe('edge cases', () => {
  it('an empty plan finishes at START', () => {
    const s = sessionReducer(createSession([]), ev('START', T0));
    expect(s).toMatchObject({ status: 'finished', startedAt: T0, endedAt: T0, log: [] });
  });

  it('a clock that steps backwards never produces negative times', () => {
    const s = reduce(started(timedOnly), ev('TICK', T0 + 10_000), ev('SKIP', T0 + 5_000));
    expect(s.log.at(-1)).toMatchObject({ phaseIndex: 1, doneMs: 0, endedAt: T0 + 10_000 });
    const p = reduce(s, ev('PAUSE', T0 + 20_000), ev('RESUME', T0 + 1_000));
    expect(p.totalPausedMs).toBe(0);
  });
});

describe('state survives a JSON round trip (IndexedDB, reload)', () => {
  it('is plain JSON and resumes identically', () => {
    const s = reduce(
      started(mixed),
      ev('TICK', T0 + 10_000), ev('PAUSE', T0 + 20_000), ev('RESUME', T0 + 50_000), ev('SKIP', T0 + 60_000),
      ev('TICK', T0 + 61_000), ev('BACK', T0 + 62_000),
    );
    const copy = JSON.parse(JSON.stringify(s)) as SessionState;
    expect(copy).toStrictEqual(s);

    const later: SessionEvent[] = [ev('TICK', T0 + 400_000), ev('PAUSE', T0 + 401_000), ev('RESUME', T0 + 402_000), ev('SKIP', T0 + 403_000)];
    expect(restore(copy, T0 + 300_000)).toStrictEqual(restore(s, T0 + 300_000));
    expect(reduce(copy, ...later)).toStrictEqual(reduce(s, ...later));
  });

  it('restoring a paused session leaves it paused and unchanged', () => {
    const s = sessionReducer(started(timedOnly), ev('PAUSE', T0 + 5_000));
    const copy = JSON.parse(JSON.stringify(s)) as SessionState;
    expect(restore(copy, T0 + 9_000_000)).toBe(copy);
  });
});
