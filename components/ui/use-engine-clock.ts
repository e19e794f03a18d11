'use client';
// The one clock edge for the session engine, shared by the guided player and the relief
// timers: while `running`, it calls `tick(now)` on every animation frame (when `frames`), on a
// coarse interval that keeps going in hidden tabs, and the moment the page is shown again.
// The engine reads time from timestamps, so a throttled or frozen loop cannot make it drift.
import { useEffect, useRef } from 'react';

export interface EngineClockOptions {
  /** Tick on every animation frame too, for displays that move smoothly (the player's rings). */
  readonly frames?: boolean;
  /** The coarse tick, in milliseconds. */
  readonly intervalMs?: number;
}

export function useEngineClock(running: boolean, tick: (now: number) => void, { frames = false, intervalMs = 1000 }: EngineClockOptions = {}): void {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });

  useEffect(() => {
    if (!running) return;
    const beat = () => latest.current(Date.now());
    let frame = 0;
    const loop = () => {
      beat();
      frame = requestAnimationFrame(loop);
    };
    if (frames) frame = requestAnimationFrame(loop);
    const interval = window.setInterval(beat, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') beat();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      if (frames) cancelAnimationFrame(frame);
      window.clearInterval(interval);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [running, frames, intervalMs]);
}
