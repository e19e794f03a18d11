import { describe, expect, it } from 'vitest';
import { createSession, sessionReducer, type SessionEvent, type SessionEventType, type SessionState } from '@/lib/timer/engine';
import { planSession, type PlanExercise } from '@/lib/timer/plan';
import {
  currentPhase,
  nextPhase,
  phaseProgress,
  remainingMs,
  sessionProgress,
  summarize,
} from '@/lib/timer/selectors';
import { hold, reps, routine } from '../../fixtures/doses';

const T0 = 1_700_000_000_000;
const ev = (type: SessionEventType, now: number): SessionEvent => ({ type, now });
const reduce = (state: SessionState, ...events: SessionEvent[]) => events.reduce(sessionReducer, state);
const session = (exercises: PlanExercise[]) => createSession(planSession(routine, exercises));

// prepare 0–10 s, plank 10–40 s, rest 40–60 s, plank 60–90 s.
const plank: PlanExercise[] = [{ id: 'plank', dose: hold({ sets: 2 }) }];

describe('remainingMs', () => {
  const running = () => reduce(session(plank), ev('START', T0), ev('TICK', T0 + 10_000));
  const cases: { name: string; state: () => SessionState; now: number; expected: number | null }[] = [
    { name: 'before start: the first phase in full', state: () => session(plank), now: T0, expected: 10_000 },
    { name: 'running: end minus now', state: running, now: T0 + 12_345, expected: 27_655 },
    { name: 'past the end without a tick: zero, never negative', state: running, now: T0 + 45_000, expected: 0 },
    { name: 'clock stepped back: capped at the phase length', state: running, now: T0, expected: 30_000 },
    { name: 'paused: frozen at the pause', state: () => sessionReducer(running(), ev('PAUSE', T0 + 15_000)), now: T0 + 99_000, expected: 25_000 },
    {
      name: 'after resume: shifted by the pause',
      state: () => reduce(running(), ev('PAUSE', T0 + 15_000), ev('RESUME', T0 + 25_000)),
      now: T0 + 30_000,
      expected: 20_000,
    },
    {
      name: 'untimed rep work: null',
      state: () => reduce(session([{ id: 'bridge', dose: reps() }]), ev('START', T0), ev('TICK', T0 + 10_000)),
      now: T0 + 11_000,
      expected: null,
    },
    { name: 'finished: null', state: () => sessionReducer(running(), ev('END', T0 + 11_000)), now: T0 + 11_000, expected: null },
  ];

  it.each(cases)('$name', ({ state, now, expected }) => {
    expect(remainingMs(state(), now)).toBe(expected);
  });
});

describe('progress', () => {
  const total = 90_000;
  const cases: { name: string; events: SessionEvent[]; now: number; phase: number; session: number }[] = [
    { name: 'before start', events: [], now: T0, phase: 0, session: 0 },
    { name: 'half-way through get ready', events: [ev('START', T0)], now: T0 + 5_000, phase: 0.5, session: 5_000 / total },
    { name: 'a third into the first hold', events: [ev('START', T0), ev('TICK', T0 + 10_000)], now: T0 + 20_000, phase: 1 / 3, session: 20_000 / total },
    {
      name: 'paused: frozen',
      events: [ev('START', T0), ev('TICK', T0 + 10_000), ev('PAUSE', T0 + 20_000)],
      now: T0 + 80_000,
      phase: 1 / 3,
      session: 20_000 / total,
    },
    { name: 'finished', events: [ev('START', T0), ev('TICK', T0 + 90_000)], now: T0 + 90_000, phase: 1, session: 1 },
  ];

  it.each(cases)('$name', ({ events, now, phase, session: expected }) => {
    const s = reduce(session(plank), ...events);
    expect(phaseProgress(s, now)).toBeCloseTo(phase, 10);
    expect(sessionProgress(s, now)).toBeCloseTo(expected, 10);
  });

  it('untimed rep work progresses by reps done, against its estimate', () => {
    const s = reduce(session([{ id: 'bridge', dose: reps({ reps: 4 }) }]), ev('START', T0), ev('TICK', T0 + 10_000), ev('REP_DONE', T0 + 13_000));
    expect(phaseProgress(s, T0 + 13_000)).toBe(0.25);
    expect(sessionProgress(s, T0 + 13_000)).toBeCloseTo((10_000 + 3_000) / 22_000, 10);
  });
});

describe('currentPhase and nextPhase', () => {
  const exercises: PlanExercise[] = [
    { id: 'plank', dose: hold({ sets: 2 }) },
    { id: 'bird-dog', dose: reps({ reps: 2, holdSeconds: 5, secondsPerRep: 5, sides: 'alternating' }) },
    { id: 'hip-flexor', dose: hold({ sets: 2, sides: 'each' }) },
  ];
  const phases = planSession(routine, exercises);
  const at = (kind: string, id: string, side: string | null, set = 1, rep?: number) =>
    phases.findIndex((p) => p.kind === kind && p.exerciseId === id && p.side === side && p.set === set && p.rep === rep);
  // Jump straight to a phase the way the player would after skips.
  const onPhase = (index: number): SessionState => {
    let s = sessionReducer(createSession(phases), ev('START', T0));
    for (let i = 0; i < index; i++) s = sessionReducer(s, ev('SKIP', T0 + i + 1));
    return s;
  };

  const cases: { name: string; from: number; next: [string, string | null, number | undefined] | null }[] = [
    { name: 'get ready for the plank: the next exercise', from: at('prepare', 'plank', null), next: ['bird-dog', 'left', 1] },
    { name: 'resting between plank sets: skips the plank’s own sets', from: at('rest', 'plank', null, 2), next: ['bird-dog', 'left', 1] },
    { name: 'bird-dog left rep: the right rep', from: at('work', 'bird-dog', 'left', 1, 1), next: ['bird-dog', 'right', 2] },
    { name: 'hip flexor left: the right side', from: at('work', 'hip-flexor', 'left'), next: ['hip-flexor', 'right', undefined] },
    { name: 'last side of the last exercise: nothing', from: at('work', 'hip-flexor', 'right', 2), next: null },
  ];

  it.each(cases)('$name', ({ from, next }) => {
    const s = onPhase(from);
    expect(currentPhase(s)?.index).toBe(from);
    const n = nextPhase(s);
    expect(n && [n.exerciseId, n.side, n.rep]).toEqual(next);
  });

  it('has no current or next phase once finished', () => {
    const s = sessionReducer(onPhase(1), ev('END', T0 + 100));
    expect(currentPhase(s)).toBeNull();
    expect(nextPhase(s)).toBeNull();
  });
});

describe('summarize', () => {
  const exercises: PlanExercise[] = [
    { id: 'plank', dose: hold({ sets: 2 }) },
    { id: 'bird-dog', dose: reps({ reps: 4, holdSeconds: 5, secondsPerRep: 5, sides: 'alternating' }) },
    { id: 'hip-flexor', dose: hold({ sides: 'each' }) },
    { id: 'bridge', dose: reps({ reps: 10 }) },
  ];

  it('reports planned vs done per exercise and side, with skips and an early end', () => {
    // Plank: both holds done, with a 30 s pause. Bird-dog: reps 1–3 done, rep 4 (right) skipped
    // 2 s in. Hip flexor left: ended 12 s in. Right side and bridge never reached.
    let s = reduce(session(exercises), ev('START', T0), ev('TICK', T0 + 20_000), ev('PAUSE', T0 + 25_000), ev('RESUME', T0 + 55_000));
    s = sessionReducer(s, ev('TICK', T0 + 145_000)); // plank done at 120 s, bird-dog started at 130 s
    s = sessionReducer(s, ev('TICK', T0 + 147_000)); // reps 1–3 take 130–145, rep 4 from 145
    s = sessionReducer(s, ev('SKIP', T0 + 147_000));
    s = reduce(s, ev('TICK', T0 + 157_000), ev('END', T0 + 169_000));

    const summary = summarize(s);
    const rows = summary.items.map((i) => [i.exerciseId, i.side, i.unit, i.planned, i.done, i.skippedPhases, i.completed]);
    expect(rows).toEqual([
      ['plank', null, 'seconds', 60, 60, 0, true],
      ['bird-dog', 'left', 'reps', 2, 2, 0, true],
      ['bird-dog', 'right', 'reps', 2, 1, 1, false],
      ['hip-flexor', 'left', 'seconds', 30, 12, 0, false],
      ['hip-flexor', 'right', 'seconds', 30, 0, 0, false],
      ['bridge', null, 'reps', 10, 0, 0, false],
    ]);
    expect(summary).toMatchObject({ status: 'finished', startedAt: T0, endedAt: T0 + 169_000, totalPausedMs: 30_000, activeMs: 139_000, completed: false });
  });

  it('counts the best attempt when a phase is redone after BACK', () => {
    // Plank hold 1 done (10–40 s); rest skipped at 41 s; BACK twice redoes hold 1, END 5 s in.
    const s = reduce(
      session([{ id: 'plank', dose: hold({ sets: 2 }) }]),
      ev('START', T0), ev('TICK', T0 + 40_000), ev('BACK', T0 + 41_000), ev('END', T0 + 46_000),
    );
    const [plankRow] = summarize(s).items;
    expect(plankRow).toMatchObject({ planned: 60, done: 30, completedPhases: 1, workPhases: 2, completed: false });
  });

  it('a session run to the end is complete, with untimed reps counted', () => {
    let s = reduce(session([{ id: 'bridge', dose: reps({ reps: 2 }) }]), ev('START', T0), ev('TICK', T0 + 10_000));
    s = reduce(s, ev('REP_DONE', T0 + 12_000), ev('REP_DONE', T0 + 15_000));
    const summary = summarize(s);
    expect(summary.completed).toBe(true);
    expect(summary.items).toEqual([
      expect.objectContaining({ exerciseId: 'bridge', unit: 'reps', planned: 2, done: 2, workMs: 5_000, completed: true }),
    ]);
    expect(summary.activeMs).toBe(15_000);
  });

  it('has no active time before the session is finished', () => {
    expect(summarize(sessionReducer(session(exercises), ev('START', T0))).activeMs).toBeNull();
  });
});
