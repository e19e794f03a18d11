'use client';
// Connects the pure session engine to the clock, the database and the cues. The engine never
// reads a clock; this hook stamps every event with Date.now(), saves the state after every
// change, and lets the shared engine clock (use-engine-clock) TICK it.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { createBeepPlayer, speak, vibrate, type BeepPlayer } from '@/lib/cues/audio';
import { plannedBeeps } from '@/lib/cues/plan';
import { holdWakeLock, type WakeLockHandle } from '@/lib/cues/wake-lock';
import { markActiveSessionSeen, saveActiveSession, watchActiveSession, type ActiveSession } from '@/lib/db/active-session';
import { newId } from '@/lib/model';
import { finishSession } from '@/lib/db/sessions';
import { rememberLayout } from '@/lib/prefs/set-up';
import { requestPersistence } from '@/lib/db/storage';
import type { SessionRecord, Settings } from '@/lib/model';
import { createSession, HEARTBEAT_MS, sessionReducer, toSessionRecord, type SessionEventType, type SessionState } from '@/lib/timer';
import { phaseAnnouncement } from './phase-text';
import { useEngineClock } from '@/components/ui/use-engine-clock';
import { isQuotaError } from '@/lib/db/write-failure';

export type SaveStatus = 'ok' | 'failed';
/** The finished session's record: being written, written, refused by storage, or refused because storage is full. */
export type FinalSave = 'saving' | 'saved' | 'failed' | 'full';

/** Draws the session as it is at `now`; called on every animation frame while running. */
export type Painter = (state: SessionState, now: number) => void;
export type RegisterPainter = (paint: Painter) => () => void;

/**
 * 'walk' when the session was started in the middle of a walk (`mode=walk` in the URL): the
 * person is out on a walk and will not look at the screen, so voice and beeps are
 * on whatever the settings say, and the summary offers to log the walk.
 */
export type SessionMode = 'routine' | 'walk';
export const SessionModeContext = createContext<SessionMode>('routine');
export const useSessionMode = () => useContext(SessionModeContext);

interface Options {
  readonly sessionId: string;
  readonly routineId: string;
  readonly initial: SessionState;
  readonly settings: Settings;
  /** Hold seconds or reps per exercise, as planned for this session. */
  readonly doses: Readonly<Record<string, number>>;
  /** Announced instead of the phase while the session is as it opened (see leftNote). */
  readonly openingNote?: string;
}

export function usePlayer({ sessionId, routineId, initial, settings, doses, openingNote }: Options) {
  const walkMode = useSessionMode() === 'walk';
  const sound = settings.sound || walkMode;
  const voice = settings.voice || walkMode;
  const [state, setState] = useState(initial);
  const stateRef = useRef(state);
  // Which tab drives the session. When another tab takes it over, this one stops saving and
  // says so, until the person chooses to continue here.
  const [tabId] = useState(newId);
  // The other tab's session while it drives, or 'ended' once it finished or ended it there.
  const [elsewhere, setElsewhere] = useState<ActiveSession | 'ended' | null>(null);
  const elsewhereRef = useRef(false);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('ok');
  const [finalSave, setFinalSave] = useState<FinalSave>('saving');
  const recordOf = useCallback(
    (finished: SessionState): SessionRecord =>
      toSessionRecord({ id: sessionId, routineId, state: finished, rolloverHour: settings.rolloverHour }),
    [routineId, sessionId, settings.rolloverHour],
  );
  // Reopened after its last phase had already passed (the phone was away): it opens on the
  // summary, and is saved below, rather than as a player with nothing left to do.
  const [record, setRecord] = useState<SessionRecord | null>(() => (initial.status === 'finished' ? recordOf(initial) : null));
  const [announcement, setAnnouncement] = useState('');
  const beeps = useRef<BeepPlayer | null>(null);
  const wake = useRef<WakeLockHandle | null>(null);

  const saveFinished = useCallback(
    (finished: SessionRecord) =>
      finishSession(finished, doses, Date.now()).then(
        (first) => {
          setFinalSave('saved');
          // After the first completed session there is something worth keeping: ask the
          // browser not to clear this site's storage under pressure.
          if (first) void requestPersistence().catch(() => null);
        },
        (error: unknown) => {
          setFinalSave(isQuotaError(error) ? 'full' : 'failed');
          setSaveStatus('failed');
        },
      ),
    [doses],
  );

  const persist = useCallback(
    (next: SessionState) => {
      // The static page opens at a routine's start only while no session is under way.
      rememberLayout('activeSession', next.status !== 'finished');
      if (next.status === 'finished') {
        const finished = recordOf(next);
        setRecord(finished);
        void saveFinished(finished);
      } else {
        if (elsewhereRef.current) return;
        saveActiveSession({ id: sessionId, routineId, state: next, savedAt: Date.now(), doses, writer: tabId }).catch(() => setSaveStatus('failed'));
      }
    },
    [doses, recordOf, routineId, saveFinished, sessionId, tabId],
  );

  const apply = useCallback(
    (type: SessionEventType, now: number = Date.now()) => {
      if (elsewhereRef.current) return;
      const prev = stateRef.current;
      const next = sessionReducer(prev, { type, now });
      if (next === prev) return;
      stateRef.current = next;
      setState(next);
      persist(next);
    },
    [persist],
  );

  // The engine clock (use-engine-clock) TICKs on every frame: the engine settles passed
  // boundaries on TICK; components read time from timestamps. Painters (the countdown, the
  // rings) draw in the same frame as the TICK, straight from the settled state, so a phase boundary shows on the frame it happens, not after React renders.
  const painters = useRef(new Set<Painter>());
  const registerPainter = useCallback((paint: Painter) => {
    painters.current.add(paint);
    paint(stateRef.current, Date.now());
    return () => {
      painters.current.delete(paint);
    };
  }, []);

  useEngineClock(
    state.status === 'running',
    (now) => {
      apply('TICK', now);
      for (const paint of painters.current) paint(stateRef.current, now);
    },
    { frames: true },
  );

  // Cues on every phase change: announce politely, speak, vibrate, and schedule the beeps.
  const phaseKey = `${state.status}:${state.phaseIndex}:${state.phaseEndsAt}`;
  useEffect(() => {
    const current = stateRef.current;
    const text = openingNote && current === initial ? openingNote : phaseAnnouncement(current);
    setAnnouncement(text);
    if (current.status === 'running') {
      if (sound) beeps.current?.schedule(plannedBeeps(current.phaseEndsAt, Date.now()));
      if (voice) speak(text);
      if (settings.vibration) vibrate(120);
    } else {
      beeps.current?.cancel();
    }
    if (current.status === 'finished') {
      if (voice) speak(text);
      if (settings.vibration) vibrate([120, 80, 120]);
    }
    // phaseKey captures every change that needs new cues.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phaseKey]);

  // The heartbeat: while the session runs, this tab stamps it as seen every few seconds and
  // when the page is hidden or left, so a session reopened later counts only the time the app
  // was open (lib/timer/resume.ts). Straight to storage: nothing on screen changes, no render.
  const running = state.status === 'running';
  useEffect(() => {
    if (!running) return;
    const beat = () => {
      if (!elsewhereRef.current) void markActiveSessionSeen(sessionId, tabId, Date.now()).catch(() => {});
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') beat();
    };
    const interval = window.setInterval(beat, HEARTBEAT_MS);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', beat);
    return () => {
      window.clearInterval(interval);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', beat);
    };
  }, [running, sessionId, tabId]);

  // The screen stays awake while the session runs (or waits paused), never after.
  useEffect(() => {
    if (!settings.keepAwake || state.status === 'finished' || state.status === 'idle') return;
    wake.current = holdWakeLock();
    return () => {
      wake.current?.release();
      wake.current = null;
    };
  }, [settings.keepAwake, state.status]);

  useEffect(() => () => beeps.current?.close(), []);

  useEffect(() => {
    // A resumed session is claimed by this tab at once; a new one when it starts.
    if (initial.status === 'running' || initial.status === 'paused') persist(stateRef.current);
    return watchActiveSession((active) => {
      if (active?.id === sessionId && active.writer !== undefined && active.writer !== tabId) {
        elsewhereRef.current = true;
        setElsewhere(active);
      } else if (elsewhereRef.current && active?.id !== sessionId) {
        // The other tab finished or ended it: this copy must never bring it back.
        setElsewhere('ended');
      }
    });
    // Claim the session once, on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Takes the session back from the other tab, where it stands now. */
  const continueHere = useCallback(() => {
    const other = elsewhere;
    if (!other || other === 'ended') return;
    elsewhereRef.current = false;
    setElsewhere(null);
    const now = Date.now();
    const adopted = sessionReducer(other.state, { type: 'TICK', now });
    stateRef.current = adopted;
    setState(adopted);
    persist(adopted);
  }, [elsewhere, persist]);

  useEffect(() => {
    if (initial.status === 'finished' && record) void saveFinished(record);
    // Only the state it opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Audio may only start after a user gesture, so the first START/RESUME creates it. */
  const [audioOn, setAudioOn] = useState(false);
  const startAudio = useCallback(() => {
    if (!sound || beeps.current) return;
    beeps.current = createBeepPlayer();
    setAudioOn(true);
    const current = stateRef.current;
    if (current.status === 'running') beeps.current?.schedule(plannedBeeps(current.phaseEndsAt, Date.now()));
  }, [sound]);
  const withAudio = useCallback(
    (type: SessionEventType) => {
      startAudio();
      apply(type);
    },
    [apply, startAudio],
  );
  // A session resumed after a reload has had no tap yet: offer one, or it would stay silent.
  const needsAudioTap = sound && !audioOn && state.status === 'running';

  /** "Test sound": a count beep and a change tone, a buzz, and `sample` spoken, whatever the settings. */
  const testCues = useCallback((sample: string) => {
    if (!beeps.current) {
      beeps.current = createBeepPlayer();
      setAudioOn(true);
    }
    beeps.current?.schedule([
      { inMs: 0, kind: 'count' },
      { inMs: 500, kind: 'change' },
    ]);
    vibrate(120);
    speak(sample);
  }, []);

  return { state, apply, withAudio, saveStatus, finalSave, record, setRecord, announcement, registerPainter, needsAudioTap, startAudio, testCues, elsewhere, continueHere };
}

export { createSession };
