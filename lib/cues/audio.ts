// Beeps through Web Audio, scheduled on the AudioContext clock so they stay on time when the
// page's timers are throttled. The context is created on a user gesture (browsers require it).
import type { Beep } from './plan';

export interface BeepPlayer {
  /** Replaces whatever was scheduled with these beeps. */
  schedule(beeps: readonly Beep[]): void;
  cancel(): void;
  close(): void;
}

type AudioContextCtor = typeof AudioContext;

export function createBeepPlayer(): BeepPlayer | null {
  const Ctor: AudioContextCtor | undefined =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext);
  if (!Ctor) return null;
  const ctx = new Ctor();
  let scheduled: OscillatorNode[] = [];

  const tone = (at: number, kind: Beep['kind']) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const length = kind === 'change' ? 0.35 : 0.12;
    osc.frequency.value = kind === 'change' ? 880 : 660;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + length + 0.02);
    return osc;
  };

  const cancel = () => {
    for (const osc of scheduled) {
      try {
        osc.stop();
      } catch {
        // Already stopped.
      }
    }
    scheduled = [];
  };

  return {
    schedule(beeps) {
      cancel();
      if (ctx.state === 'suspended') void ctx.resume();
      const base = ctx.currentTime;
      scheduled = beeps.map((b) => tone(base + b.inMs / 1000, b.kind));
    },
    cancel,
    close() {
      cancel();
      void ctx.close();
    },
  };
}

/**
 * Whether this device can speak: 'missing' without a speech engine, 'failed' once speaking
 * failed in this page, else 'ready'. Beeps, vibration and the screen never depend on it.
 */
export type VoiceStatus = 'ready' | 'missing' | 'failed';

let speechFailed = false;
const voiceListeners = new Set<() => void>();

function markSpeechFailed(): void {
  if (speechFailed) return;
  speechFailed = true;
  for (const listener of voiceListeners) listener();
}

export function voiceStatus(): VoiceStatus {
  if (typeof window === 'undefined' || !('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return 'missing';
  return speechFailed ? 'failed' : 'ready';
}

/** Calls `listener` when speaking fails; returns the unsubscribe. */
export function onVoiceStatus(listener: () => void): () => void {
  voiceListeners.add(listener);
  return () => voiceListeners.delete(listener);
}

/** Speaks `text`, replacing whatever was being said. A missing or failing engine is noted, never thrown. */
export function speak(text: string): void {
  if (voiceStatus() === 'missing' || text === '') return;
  try {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = 1;
    utterance.onerror = (event) => {
      // Cut short by the next cue (cancel), or refused before the first tap after a reload
      // (the player offers "Turn sound on"), is not a failing engine.
      if (!['interrupted', 'canceled', 'not-allowed'].includes(event.error)) markSpeechFailed();
    };
    window.speechSynthesis.speak(utterance);
  } catch {
    markSpeechFailed();
  }
}

/**
 * Buzzes where the device can. Before the person has tapped the page (a session resumed after
 * a reload), Chromium refuses vibration and logs an error, so it is not asked then.
 */
export function vibrate(pattern: number | number[]): void {
  if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
  if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
  navigator.vibrate(pattern);
}
