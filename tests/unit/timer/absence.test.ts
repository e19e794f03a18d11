// A session left behind is recorded as it happened: time counts only while the app was open
// (up to the later of the last save and the last heartbeat). A tab that vanished comes back
// paused where it was last seen; one whose page stayed alive (screen locked, heartbeats going
// on) kept counting. The hamstring routine: get ready 15 s, then 30 s holds, two a side.
import { describe, expect, it } from 'vitest';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import type { ActiveSession } from '@/lib/model';
import {
  createSession,
  currentPhase,
  openSession,
  planSession,
  RELOAD_GRACE_MS,
  remainingMs,
  resumeStale,
  sessionReducer,
  summarize,
  type SessionOpening,
  type SessionState,
} from '@/lib/timer';

const routine = getRoutine('hamstrings')!;
const exercises = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
const T0 = 1_700_000_000_000;
const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;

const started = sessionReducer(createSession(planSession(routine, exercises)), { type: 'START', now: T0 });
/** Skipped out of "Get ready" into the first hold (left leg, set 1) 2 s in: the last save. */
const HOLD_AT = T0 + 2 * SEC;
const inHold = sessionReducer(started, { type: 'SKIP', now: HOLD_AT });
/** The page went away 12 s into the hold, with 0:18 of it left. */
const LEFT_AT = HOLD_AT + 12 * SEC;
const FIRST_HOLD = inHold.phaseIndex;

const saved = (patch: Partial<ActiveSession> = {}): ActiveSession => ({
  id: 's1',
  routineId: 'hamstrings',
  state: inHold,
  savedAt: HOLD_AT,
  writer: 'tab-1',
  ...patch,
});

/** The state the player opens with: after "Resume" when it asks. */
function opened(opening: SessionOpening<unknown>): SessionState {
  if (opening.kind === 'fresh') throw new Error('expected a session to resume');
  return opening.kind === 'ask' ? resumeStale(opening.active) : opening.state;
}

interface Expected {
  readonly kind: 'resume' | 'ask';
  readonly status: SessionState['status'];
  /** Phase index on screen and its time left; for finished sessions, none. */
  readonly phase?: number;
  readonly leftMs?: number;
  readonly left?: boolean;
}

const stillRunning = (leftMs: number): Expected => ({ kind: 'resume', status: 'running', phase: FIRST_HOLD, leftMs, left: false });
const pausedWhereLeft: Expected = { kind: 'resume', status: 'paused', phase: FIRST_HOLD, leftMs: 18 * SEC, left: true };
const finishedSummary: Expected = { kind: 'resume', status: 'finished', left: false };

// [case, away (from the moment the person left), last heartbeat, expected]
const CASES: readonly (readonly [string, number, (now: number) => number, Expected])[] = [
  ['tab vanished, back after 12 s (a reload)', 12 * SEC, () => LEFT_AT, stillRunning(6 * SEC)],
  ['tab vanished, back after 40 min', 40 * MIN, () => LEFT_AT, pausedWhereLeft],
  ['tab vanished, back after 3 h', 3 * HOUR, () => LEFT_AT, { ...pausedWhereLeft, kind: 'ask' }],
  ['screen locked, back after 12 s', 12 * SEC, (now) => now - 2 * SEC, stillRunning(6 * SEC)],
  ['screen locked, back after 40 min', 40 * MIN, (now) => now - 3 * SEC, finishedSummary],
  // Hidden pages' timers are throttled to about one a minute: heartbeats still arrive.
  ['screen locked, back after 3 h', 3 * HOUR, (now) => now - 55 * SEC, finishedSummary],
  // The page stayed open a minute more, then the browser dropped it: 1:12 into the routine,
  // 2 s into the 10 s "Switch sides".
  [
    'screen locked a minute, then the page was dropped; back after 40 min',
    40 * MIN,
    () => LEFT_AT + MIN,
    { kind: 'resume', status: 'paused', phase: FIRST_HOLD + 3, leftMs: 8 * SEC, left: true },
  ],
];

describe('a session left behind counts only the time the app was open', () => {
  it.each(CASES)('%s', (_name, away, heartbeat, expected) => {
    const now = LEFT_AT + away;
    const opening = openSession(saved({ lastSeen: heartbeat(now) }), now, getRoutine);
    expect(opening.kind).toBe(expected.kind);
    if (opening.kind === 'resume') expect(opening.left).toBe(expected.left);
    const state = opened(opening);
    expect(state.status).toBe(expected.status);
    if (expected.status === 'finished') {
      const summary = summarize(state);
      expect(summary.completed).toBe(true);
      expect(summary.items.map((i) => [i.side, i.done, i.planned])).toEqual([
        ['left', 60, 60],
        ['right', 60, 60],
      ]);
      return;
    }
    expect(state.phaseIndex).toBe(expected.phase);
    expect(remainingMs(state, now)).toBe(expected.leftMs);
    expect(summarize(state).completed).toBe(false);
  });

  it('a resumed absence carries on from where it was left, not from the last save', () => {
    const now = LEFT_AT + 40 * MIN;
    const state = opened(openSession(saved({ lastSeen: LEFT_AT }), now, getRoutine));
    const resumed = sessionReducer(state, { type: 'RESUME', now });
    expect(remainingMs(resumed, now + 5 * SEC)).toBe(13 * SEC);
    // The 40 minutes away are a pause, not activity.
    expect(resumed.totalPausedMs).toBe(40 * MIN);
  });

  it('after 3 h, "Resume" restores 0:18 as it was left, not the 0:30 of the last save', () => {
    const opening = openSession(saved({ lastSeen: LEFT_AT }), LEFT_AT + 3 * HOUR, getRoutine);
    expect(opening).toMatchObject({ kind: 'ask', awayMs: 3 * HOUR });
    const state = opened(opening);
    expect(currentPhase(state)).toMatchObject({ kind: 'work', side: 'left', set: 1 });
    expect(remainingMs(state, LEFT_AT + 3 * HOUR)).toBe(18 * SEC);
  });
});

describe('a reload is not an absence', () => {
  it.each([
    ['at once', 0, 'running'],
    ['after 29 s', 29 * SEC, 'running'],
    ['after exactly 30 s', RELOAD_GRACE_MS, 'running'],
    ['after 30.001 s', RELOAD_GRACE_MS + 1, 'paused'],
  ] as const)('reopened %s after the last heartbeat (%i ms): %s', (_name, away, status) => {
    const opening = openSession(saved({ lastSeen: LEFT_AT }), LEFT_AT + away, getRoutine);
    expect(opened(opening).status).toBe(status);
  });

  it('a clock stepped back behind the last heartbeat is a reload too', () => {
    const state = opened(openSession(saved({ lastSeen: LEFT_AT }), LEFT_AT - 5 * SEC, getRoutine));
    expect(state.status).toBe('running');
    expect(remainingMs(state, LEFT_AT - 5 * SEC)).toBe(23 * SEC);
  });
});

describe('what it falls back on', () => {
  it('a record from an app without the heartbeat counts from its last save', () => {
    const now = LEFT_AT + 40 * MIN;
    const opening = openSession(saved(), now, getRoutine);
    expect(opening).toMatchObject({ kind: 'resume', left: true });
    const state = opened(opening);
    expect(state.status).toBe('paused');
    expect(remainingMs(state, now)).toBe(30 * SEC);
  });

  it('a heartbeat older than the last save counts from the save', () => {
    const later = sessionReducer(inHold, { type: 'SKIP', now: LEFT_AT });
    const now = LEFT_AT + 40 * MIN;
    const state = opened(openSession(saved({ state: later, savedAt: LEFT_AT, lastSeen: HOLD_AT }), now, getRoutine));
    expect(state).toMatchObject({ status: 'paused', phaseIndex: later.phaseIndex, pausedAt: LEFT_AT });
  });

  it('a session the person paused stays paused as it was, whenever it is reopened', () => {
    const paused = sessionReducer(inHold, { type: 'PAUSE', now: LEFT_AT });
    const opening = openSession(saved({ state: paused, savedAt: LEFT_AT }), LEFT_AT + 40 * MIN, getRoutine);
    expect(opening).toMatchObject({ kind: 'resume', left: false });
    expect(opened(opening)).toBe(paused);
  });
});
