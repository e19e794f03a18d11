'use client';
// The guided player for one routine, to follow from a mat two metres away: one big word for
// what to do, one instruction naming the limbs, the countdown in its phase ring beside the
// figure, one "Up next" line while waiting, and the controls, all on one phone screen.
// Keyboard: Space pauses or resumes, ← goes back, → skips, Escape asks to end.
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getExercise } from '@/lib/content';
import type { Routine } from '@/lib/content/types';
import { updateSettings } from '@/lib/db/settings';
import type { Settings } from '@/lib/model';
import { currentPhase, type SessionState } from '@/lib/timer';
import { Countdown } from './Countdown';
import { leftNote, phaseAnnouncement, phaseLines } from './phase-text';
import { PlayerFigure } from './PlayerFigure';
import { StopSigns } from './StopSigns';
import { SessionSummary } from './SessionSummary';
import { usePlayer } from './use-player';
import { useVoiceStatus } from '@/components/ui/use-voice-status';
import { VoiceIntro } from './VoiceIntro';

export function SessionPlayer(props: {
  sessionId: string;
  routine: Routine;
  initial: SessionState;
  settings: Settings;
  storageOk: boolean;
  doses: Readonly<Record<string, number>>;
  /** Paused where it was last seen, because the page went away: say where it stopped. */
  left?: boolean;
}) {
  const { routine } = props;
  const note = props.left ? leftNote(props.initial) : '';
  // The first session's question about spoken cues may change the voice setting here.
  const [voice, setVoice] = useState(props.settings.voice);
  const settings = voice === props.settings.voice ? props.settings : { ...props.settings, voice };
  const { state, apply, withAudio, saveStatus, finalSave, record, announcement, registerPainter, needsAudioTap, startAudio, testCues, elsewhere, continueHere } = usePlayer({
    sessionId: props.sessionId,
    routineId: routine.id,
    initial: props.initial,
    doses: props.doses,
    settings,
    openingNote: note,
  });
  const voiceStatus = useVoiceStatus();
  const chooseVoice = useCallback((on: boolean) => {
    setVoice(on);
    void updateSettings({ voice: on }).catch(() => {});
  }, []);
  const confirmRef = useRef<HTMLDialogElement>(null);
  const [confirming, setConfirming] = useState(false);

  const phase = currentPhase(state);
  const lines = phaseLines(state);
  const exercise = phase ? getExercise(phase.exerciseId) : undefined;
  const running = state.status === 'running';
  const paused = state.status === 'paused';

  const askToEnd = useCallback(() => {
    if (state.status === 'idle' || state.status === 'finished') return;
    confirmRef.current?.showModal();
    setConfirming(true);
  }, [state.status]);

  const togglePause = useCallback(() => {
    if (state.status === 'idle') withAudio('START');
    else if (running) apply('PAUSE');
    else if (paused) withAudio('RESUME');
  }, [apply, paused, running, state.status, withAudio]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (confirming || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const tag = target?.tagName ?? '';
      // Space or Enter on a focused button or link already presses it; fields keep their keys.
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(tag) && event.key !== 'Escape') return;
      if (['BUTTON', 'A'].includes(tag) && (event.key === ' ' || event.key === 'Enter')) return;
      if (event.key === ' ') {
        event.preventDefault();
        togglePause();
      } else if (event.key === 'ArrowRight') {
        apply('SKIP');
      } else if (event.key === 'ArrowLeft') {
        apply('BACK');
      } else if (event.key === 'Escape') {
        // Otherwise the same key press would close the dialog it opens.
        event.preventDefault();
        askToEnd();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [apply, askToEnd, confirming, togglePause]);

  const barRef = useRef<HTMLDivElement>(null);

  if (state.status === 'finished' && record) {
    return <SessionSummary routine={routine} record={record} save={finalSave} />;
  }

  return (
    <div className="player" data-status={state.status}>
      <div className="player-head">
        <h1 className="player-routine">{routine.name}</h1>
        {lines && <p className="player-exercise">{lines.exercise}</p>}
      </div>

      <div className="player-now">
        <p className="player-title">{lines?.word ?? routine.name}</p>
        {lines && <p className="player-instruction">{lines.instruction}</p>}
        {lines?.count && <p className="player-count">{lines.count}</p>}
      </div>

      <div className="player-stage">
        <div className="player-figure"><PlayerFigure state={state} still={settings.reducedMotion === 'reduce'} registerPainter={registerPainter} /></div>
        <Countdown state={state} registerPainter={registerPainter} bar={barRef} />
      </div>

      {lines?.upNext && <p className="up-next">{lines.upNext}</p>}

      {/* Until the person does anything: the live region below announces it. */}
      {note && state === props.initial && <p className="notice">{note}</p>}

      <div className="player-controls">
        <button type="button" className="control" onClick={() => apply('BACK')} disabled={state.status === 'idle'} aria-keyshortcuts="ArrowLeft">
          Back
        </button>
        <button type="button" className="control primary" onClick={togglePause} aria-keyshortcuts="Space">
          {state.status === 'idle' ? 'Start' : running ? 'Pause' : 'Resume'}
        </button>
        <button type="button" className="control" onClick={() => apply('SKIP')} disabled={state.status === 'idle'} aria-keyshortcuts="ArrowRight">
          Skip
        </button>
        {phase?.targetReps !== undefined && running && (
          <button type="button" className="control" onClick={() => apply('REP_DONE')}>
            Rep done ({state.repsDone}/{phase.targetReps})
          </button>
        )}
        <button type="button" className="control quiet" onClick={askToEnd} disabled={state.status === 'idle'} aria-keyshortcuts="Escape">
          End
        </button>
      </div>

      <div ref={barRef} className="session-bar" role="progressbar" aria-label="Session progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={0}>
        <span />
      </div>

      {needsAudioTap && (
        <button type="button" className="button secondary" onClick={startAudio}>
          Turn sound on
        </button>
      )}
      {voice && voiceStatus === 'failed' && (
        <p className="notice">Spoken cues stopped working on this device. Beeps, vibration and the screen carry on.</p>
      )}
      {state.status === 'idle' && (
        <VoiceIntro voiceOn={voice} onVoice={chooseVoice} onTest={() => testCues(phaseAnnouncement({ ...state, status: 'running' }))} />
      )}

      {exercise && (
        <StopSigns exercise={exercise} />
      )}

      {(!props.storageOk || saveStatus === 'failed') && (
        <p className="notice" role="alert">
          This device is not letting Backstride save right now. Your session still runs; at the end you can download its record.
        </p>
      )}

      {elsewhere === 'ended' && (
        <div className="notice" role="alert">
          <p>This session was finished in another tab or window, and saved there.</p>
          <Link className="button" href="/progress">
            See it in Progress
          </Link>
        </div>
      )}
      {elsewhere && elsewhere !== 'ended' && (
        <div className="notice" role="alert">
          <p>This session is now running in another tab or window, so this one has stopped to keep your record right.</p>
          <button type="button" className="button" onClick={continueHere}>
            Continue here instead
          </button>
        </div>
      )}

      <p className="muted keys-hint">Keys: Space pause · ← back · → skip · Esc end</p>

      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>

      <dialog ref={confirmRef} className="dialog" aria-labelledby="end-title" onClose={() => setConfirming(false)}>
        <h2 id="end-title">End this session?</h2>
        <p>What you have done so far is saved.</p>
        <form method="dialog" className="dialog-actions">
          <button type="submit" className="button secondary" autoFocus>
            Keep going
          </button>
          <button type="button" className="button danger" onClick={() => { confirmRef.current?.close(); apply('END'); }}>
            End session
          </button>
        </form>
      </dialog>
      {state.status === 'idle' && (
        <p>
          <Link href={`/routines/${routine.id}`}>Back to {routine.name}</Link>
        </p>
      )}
    </div>
  );
}
