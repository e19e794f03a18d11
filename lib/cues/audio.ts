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

export function speak(text: string): void {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 1;
  window.speechSynthesis.speak(utterance);
}

export function vibrate(pattern: number | number[]): void {
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') navigator.vibrate(pattern);
}
