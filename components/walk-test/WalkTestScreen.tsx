'use client';
// The guided walking test: the safety check with Start, then one big screen (the time, "Tightness
// starts now", "I have to stop"), then what made you stop, then the result in plain words.
// Time comes from the stored timestamps (lib/walks/walk-test.ts), so locking the phone or a
// reload loses nothing; the engine clock only redraws and checks for the five-minute prompts.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Link from 'next/link';
import { speak, vibrate } from '@/lib/cues/audio';
import { holdWakeLock } from '@/lib/cues/wake-lock';
import { beginWalkTest, discardWalkTest, finishWalkTest, loadActiveWalkTest, updateActiveWalkTest } from '@/lib/db/walk-tests';
import { readSettings } from '@/lib/db/settings';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { DEFAULT_SETTINGS, newId, optionalNumber, parseWholeNumber, STEP_LENGTH_CM, type ActiveWalkTest, type Settings, type WalkTest, type WalkTestMotion } from '@/lib/model';
import { SENSOR_GAP_MS } from '@/lib/walks/steps';
import { clockText, elapsedMs, markSymptom, motionText, promptDue, promptText, settle, startTest, stopTest, summaryText, timeUp, tooShort } from '@/lib/walks/walk-test';
import { motionSupport, requestMotion, useMotionSteps } from './use-motion-steps';
import { useEngineClock } from '@/components/ui/use-engine-clock';
import { useSafety } from '@/components/safety/use-safety';
import type { WalkTestLoaderProps } from './WalkTestLoader';
import { StartPlaceholder } from './WalkTestLoader';
import { StepsOption } from './StepsOption';
import { WalkTestQuestions } from './WalkTestQuestions';
import styles from './walk-test.module.css';

type View =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly notice?: string }
  | { readonly kind: 'test'; readonly test: ActiveWalkTest }
  | { readonly kind: 'saved'; readonly record: WalkTest; readonly motion: string | null };

const END_TEXT = 'Thirty minutes. The test is over. Stop and rest.';
/** No reading this long after counting began: the phone has no working motion sensor. */
const FIRST_READING_MS = 5_000;
/** How often the count so far is stored, so a reload loses little. */
const KEEP_STEPS_MS = 15_000;
const STEP_LENGTH_MESSAGE = 'Enter your step length in centimetres, from 30 to 120, or leave it empty.';

export function WalkTestScreen({ intro }: WalkTestLoaderProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const safety = useSafety();
  const held = safety?.status.kind === 'emergency';
  const [wantSteps, setWantSteps] = useState(false);
  const [stepLength, setStepLength] = useState('');
  const [stepLengthError, setStepLengthError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([loadActiveWalkTest().catch(() => undefined), readSettings().catch(() => DEFAULT_SETTINGS)]).then(([stored, read]) => {
      if (!live) return;
      const at = Date.now();
      setSettings(read);
      setNow(at);
      if (!stored) return setView({ kind: 'ready' });
      // Reopened after the 30 minutes had passed: the test ended at 30:00, and is stored so.
      const settled = settle(stored, at);
      setView({ kind: 'test', test: settled });
      if (settled !== stored) void updateActiveWalkTest(settled).catch(() => {});
    });
    return () => {
      live = false;
    };
  }, []);

  const test = view.kind === 'test' ? view.test : null;
  const testRef = useRef(test);
  useEffect(() => {
    testRef.current = test;
  });

  /** Applies a change to the running test: on screen at once, then stored. */
  const change = useCallback((next: ActiveWalkTest) => {
    setView({ kind: 'test', test: next });
    updateActiveWalkTest(next).catch((caught: unknown) => setError(saveFailedMessage('The walking test', caught)));
  }, []);

  const cue = useCallback(
    (text: string, pattern: number | number[]) => {
      setAnnouncement(text);
      if (settings.voice) speak(text);
      if (settings.vibration) vibrate(pattern);
    },
    [settings.voice, settings.vibration],
  );

  const walking = test !== null && settle(test, now).stoppedAt === null;
  const counting = walking && test.motion?.state === 'counting';
  const readings = useMotionSteps(counting);
  // What was counted before this page opened (a reload), and when this page began listening.
  const motionBase = useRef<{ id: string; steps: number; sampledMs: number; since: number } | null>(null);
  const lastKept = useRef(0);

  /** The motion record as it stands at `at`, from the stored base and this page's readings. */
  const motionAt = useCallback(
    (current: ActiveWalkTest, at: number): WalkTestMotion | undefined => {
      const motion = current.motion;
      if (!motion || motion.state !== 'counting') return motion;
      if (motionBase.current?.id !== current.id) motionBase.current = { id: current.id, steps: motion.steps, sampledMs: motion.sampledMs, since: at };
      const base = motionBase.current;
      const fold = readings.current;
      const sampled = fold.firstT === null || fold.lastT === null ? 0 : fold.lastT - fold.firstT;
      const counted = { ...motion, steps: base.steps + fold.steps, sampledMs: base.sampledMs + sampled };
      const visible = typeof document === 'undefined' || document.visibilityState === 'visible';
      if (visible && fold.lastT === null && at - base.since > FIRST_READING_MS) {
        // Never a reading: no sensor, or (after a reload on iOS) no permission any more.
        return base.steps > 0 || base.sampledMs > 0 ? { ...counted, state: 'stopped', stoppedAt: base.since } : { ...counted, state: 'missing' };
      }
      if (visible && fold.lastT !== null && at - fold.lastT > SENSOR_GAP_MS) return { ...counted, state: 'stopped', stoppedAt: fold.lastT };
      return counted;
    },
    [readings],
  );

  useEngineClock(walking, (at) => {
    setNow(at);
    const current = testRef.current;
    if (!current) return;
    const settled = settle(current, at);
    if (settled !== current) {
      cue(END_TEXT, [300, 150, 300, 150, 300]);
      change(settled);
      return;
    }
    const prompt = promptDue(current, current.promptedMinute, at);
    const motion = motionAt(current, at);
    const motionChanged = motion !== undefined && (motion.state !== current.motion?.state || at - lastKept.current >= KEEP_STEPS_MS);
    if (prompt && prompt.speak) cue(promptText(prompt.minute), [200, 100, 200]);
    if (prompt || motionChanged) {
      if (motionChanged) lastKept.current = at;
      change({ ...current, ...(prompt ? { promptedMinute: prompt.minute } : {}), ...(motion ? { motion } : {}) });
    }
  });

  useEffect(() => {
    if (!walking || !settings.keepAwake) return;
    const lock = holdWakeLock();
    return () => lock.release();
  }, [walking, settings.keepAwake]);

  const start = () => {
    if (held) return;
    setError(null);
    const length = optionalNumber(parseWholeNumber(stepLength, STEP_LENGTH_CM, { message: STEP_LENGTH_MESSAGE }));
    if (wantSteps && !length.ok) {
      setStepLengthError(length.message);
      document.getElementById('walk-test-step-length')?.focus();
      return;
    }
    setStepLengthError(null);
    const stepLengthCm = wantSteps && length.ok ? length.value : undefined;
    // Asked for here, in the tap itself: iOS shows its question only then.
    const permission = wantSteps && motionSupport() !== 'missing' ? requestMotion() : Promise.resolve(null);
    void permission.then((answer) => {
      const at = Date.now();
      const motion: WalkTestMotion | undefined = !wantSteps
        ? undefined
        : { state: answer === null ? 'missing' : answer === 'granted' ? 'counting' : 'refused', steps: 0, sampledMs: 0, ...(stepLengthCm !== undefined ? { stepLengthCm } : {}) };
      begin({ ...startTest(newId(), at), ...(motion ? { motion } : {}) }, at);
    });
  };

  const begin = (fresh: ActiveWalkTest, at: number) => {
    setNow(at);
    motionBase.current = null;
    beginWalkTest(fresh).then(
      (running) => {
        setView({ kind: 'test', test: running });
        cue('Test started. Walk at your own pace.', 120);
      },
      (caught: unknown) => setError(saveFailedMessage('The walking test', caught)),
    );
  };

  const symptom = () => {
    if (!test) return;
    const at = Date.now();
    const next = markSymptom(test, at);
    if (next === test) return;
    setNow(at);
    change(next);
    cue(`Tightness noted at ${clockText(at - test.startedAt)}. Keep walking if you can.`, 120);
  };

  const stop = () => {
    if (!test) return;
    const at = Date.now();
    const motion = motionAt(test, at);
    const next = stopTest(motion ? { ...test, motion } : test, at);
    setNow(at);
    if (tooShort(next, at)) {
      void discardWalkTest().catch(() => {});
      setView({ kind: 'ready', notice: 'That test ended within 10 seconds, so it was not saved. Start again when you are ready.' });
      setAnnouncement('Test not saved: it ended within 10 seconds.');
      return;
    }
    change(next);
    cue('Test stopped. Rest now.', [120, 80, 120]);
  };

  const discard = () => {
    void discardWalkTest().catch(() => {});
    setView({ kind: 'ready', notice: 'The test was discarded.' });
  };

  const live = (
    <p className="visually-hidden" aria-live="polite">
      {announcement}
    </p>
  );

  let body: ReactNode;
  if (view.kind === 'loading' || view.kind === 'ready') {
    body = (
      <>
        {intro}
        {view.kind === 'ready' && view.notice && (
          <p className="notice" role="status">
            {view.notice}
          </p>
        )}
        {view.kind === 'loading' ? (
          <>
            <StepsOption want={false} length="" error={null} disabled />
            <StartPlaceholder />
          </>
        ) : (
          <>
            <StepsOption
              want={wantSteps}
              onWant={setWantSteps}
              length={stepLength}
              onLength={setStepLength}
              error={stepLengthError}
            />
            <div className={styles.startRow}>
              <button type="button" className={`button ${styles.startButton}`} onClick={start} disabled={held || safety === undefined}>
                Start the walking test
              </button>
            </div>
          </>
        )}
      </>
    );
  } else if (view.kind === 'test' && walking) {
    const t = view.test;
    body = (
      <div className={styles.running}>
        <div className={styles.clockBox}>
          <p className={styles.clockLabel} id="walk-test-clock-label">
            Walking time
          </p>
          <p className={styles.clock} role="timer" aria-labelledby="walk-test-clock-label">
            {clockText(elapsedMs(t, now))}
          </p>
          <p className={styles.clockNote}>The test ends by itself at 30:00.</p>
        </div>
        {t.symptomAt === null ? (
          <button type="button" className={`button ${styles.huge} ${styles.symptom}`} onClick={symptom}>
            Tightness starts now
          </button>
        ) : (
          <p className={`${styles.huge} ${styles.symptomDone}`} role="status">
            Tightness started at {clockText(t.symptomAt - t.startedAt)}
          </p>
        )}
        <button type="button" className={`button ${styles.huge} ${styles.stop}`} onClick={stop}>
          I have to stop
        </button>
        <p className={styles.stopHint}>Chest pain, dizziness, breathlessness, staggering or a weak leg: stop and rest.</p>
      </div>
    );
  } else if (view.kind === 'test') {
    const t = settle(view.test, now);
    body = (
      <WalkTestQuestions
        test={t}
        timeUp={timeUp(t, now)}
        rolloverHour={settings.rolloverHour}
        onSave={async (record) => {
          const saved = await finishWalkTest(record);
          setView(saved ? { kind: 'saved', record, motion: motionText(t) } : { kind: 'ready', notice: 'This test was already ended in another tab.' });
        }}
        onDiscard={discard}
      />
    );
  } else {
    body = <WalkTestResult record={view.record} motion={view.motion} />;
  }

  return (
    <>
      {body}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {live}
    </>
  );
}

function WalkTestResult({ record, motion }: { record: WalkTest; motion: string | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={`card ${styles.result}`} aria-labelledby="walk-test-result">
      <h2 id="walk-test-result" tabIndex={-1} ref={heading}>
        Your result
      </h2>
      <p className={styles.resultText}>{summaryText(record.totalMs, record.symptomAtMs)}</p>
      {motion && <p>{motion}</p>}
      <p className="muted">Saved on this device. Try the test again in 2 to 4 weeks, ideally at the same time of day and on the same route.</p>
      <div className="button-row">
        <Link className="button" href="/relief">
          Back to Relief
        </Link>
      </div>
    </section>
  );
}
