'use client';
// A single long hold (heat pack, ice pack) run by the same pure engine as the guided player:
// one ad-hoc hold exercise, events stamped with Date.now(), time left read from timestamps,
// so a throttled tab or a locked phone shows the right time the moment it looks again.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createBeepPlayer, vibrate, type BeepPlayer } from '@/lib/cues/audio';
import { plannedBeeps } from '@/lib/cues/plan';
import { createSession, planSession, remainingMs, sessionReducer, type SessionEventType, type SessionState } from '@/lib/timer';
import { useEngineClock } from '@/components/ui/use-engine-clock';

/** Starts the timer, pauses, resumes, or stops it (back to the start, nothing kept). */
export type TimerAction = 'START' | 'PAUSE' | 'RESUME' | 'STOP';

export function holdSession(id: string, minutes: number): SessionState {
  return createSession(
    planSession({ prepareSeconds: 0, switchSeconds: 0 }, [
      { id, dose: { kind: 'hold', holdSeconds: minutes * 60, sets: 1, sides: 'none', restSeconds: 0 } },
    ]),
  );
}

export interface HoldTimer {
  readonly state: SessionState;
  /** Milliseconds left, from the phase end timestamp; 0 once finished. */
  readonly remaining: number;
  readonly act: (action: TimerAction) => void;
}

export type TimerStatus = SessionState['status'] | 'stopped';

/** `onChange` hears every status change the person or the clock causes, for announcements. */
export function useHoldTimer(
  id: string,
  minutes: number,
  onChange: (status: TimerStatus, previous: SessionState['status']) => void,
): HoldTimer {
  const [state, setState] = useState(() => holdSession(id, minutes));
  const stateRef = useRef(state);
  const [now, setNow] = useState(() => Date.now());
  const beeps = useRef<BeepPlayer | null>(null);
  const notify = useRef(onChange);
  useEffect(() => {
    notify.current = onChange;
  });

  const commit = useCallback((next: SessionState, at: number) => {
    const prev = stateRef.current;
    setNow(at);
    if (next === prev) return;
    stateRef.current = next;
    setState(next);
    if (next.status === 'running') beeps.current?.schedule(plannedBeeps(next.phaseEndsAt, at));
    // Finishing keeps the end tone: it was scheduled on the audio clock and may be playing now.
    else if (next.status === 'paused') beeps.current?.cancel();
    if (next.status === 'finished') vibrate([200, 100, 200]);
    if (next.status !== prev.status) notify.current(next.status, prev.status);
  }, []);

  const act = useCallback(
    (action: TimerAction) => {
      const at = Date.now();
      if (action === 'STOP') {
        beeps.current?.cancel();
        const previous = stateRef.current.status;
        const fresh = holdSession(id, minutes);
        stateRef.current = fresh;
        setState(fresh);
        setNow(at);
        notify.current('stopped', previous);
        return;
      }
      // Audio may only start after a user gesture: Start and Resume are such gestures.
      if (!beeps.current && (action === 'START' || action === 'RESUME')) beeps.current = createBeepPlayer();
      let current = stateRef.current;
      // Every start plans afresh, so it uses the length chosen now (and can follow a finished run).
      if (action === 'START' && (current.status === 'idle' || current.status === 'finished')) current = holdSession(id, minutes);
      commit(sessionReducer(current, { type: action as SessionEventType, now: at }), at);
    },
    [commit, id, minutes],
  );

  // Once a second is plenty for an m:ss display; the engine settles the end from timestamps.
  useEngineClock(state.status === 'running', (at) => commit(sessionReducer(stateRef.current, { type: 'TICK', now: at }), at));

  useEffect(
    () => () => {
      beeps.current?.close();
      beeps.current = null;
    },
    [],
  );

  // An idle timer shows the length currently chosen, not the one it was created with.
  const idle = useMemo(() => holdSession(id, minutes), [id, minutes]);
  const shown = state.status === 'idle' ? idle : state;
  return { state: shown, remaining: remainingMs(shown, now) ?? 0, act };
}
