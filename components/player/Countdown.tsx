'use client';
// The large countdown and its phase ring, painted by the player's one animation-frame loop:
// the digits, the ring's progress and the session bar change in the frame, without a React
// render; the text changes only when the shown second changes, so screen readers are not
// flooded. Paused dims the ring, shows a large "Paused" and stops the painting.
import { useEffect, useRef, type RefObject } from 'react';
import type { Painter, RegisterPainter } from './use-player';
import { currentPhase, elapsedMs, phaseProgress, remainingMs, sessionProgress, type SessionState } from '@/lib/timer';
import { formatCountdown } from './phase-text';

const R = 54;
const CIRCUMFERENCE = 2 * Math.PI * R;

/**
 * `registerPainter` hands the paint function to the player's single animation-frame loop;
 * `bar` is the whole-session progress bar, repainted in the same frame.
 */
export function Countdown({
  state,
  registerPainter,
  bar,
}: {
  state: SessionState;
  registerPainter: RegisterPainter;
  bar?: RefObject<HTMLDivElement | null>;
}) {
  const box = useRef<HTMLDivElement>(null);
  const ring = useRef<SVGCircleElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  const paintRef = useRef<Painter | null>(null);

  useEffect(() => {
    const paint: Painter = (s, now) => {
      const left = remainingMs(s, now);
      const shown = formatCountdown(left === null ? elapsedMs(s, now) : left);
      if (text.current && text.current.textContent !== shown) {
        text.current.textContent = shown;
        // "1:30" is twice as wide as "30": the ring grows rather than the digits shrink.
        box.current?.toggleAttribute('data-long', shown.length > 2);
      }
      if (ring.current) ring.current.style.strokeDashoffset = String(CIRCUMFERENCE * (1 - phaseProgress(s, now)));
      const barEl = bar?.current;
      if (barEl) {
        const percent = Math.round(sessionProgress(s, now) * 100);
        (barEl.firstElementChild as HTMLElement | null)?.style.setProperty('width', `${percent}%`);
        // Whole percents only, so assistive tech is not told about every frame.
        if (barEl.getAttribute('aria-valuenow') !== String(percent)) barEl.setAttribute('aria-valuenow', String(percent));
      }
    };
    paintRef.current = paint;
    return registerPainter(paint);
  }, [registerPainter, bar]);

  // Pause, skip and back change the state between frames (or while no frames run): repaint.
  useEffect(() => {
    paintRef.current?.(state, Date.now());
  }, [state]);

  const phase = currentPhase(state);
  const untimed = phase?.durationMs === null;
  const seconds = !untimed && (phase?.durationMs ?? 0) < 60_000;
  const paused = state.status === 'paused';
  return (
    <div ref={box} className="countdown" data-paused={paused || undefined} data-kind={phase?.kind}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle cx="60" cy="60" r={R} className="countdown-track" />
        <circle ref={ring} cx="60" cy="60" r={R} className="countdown-ring" strokeDasharray={CIRCUMFERENCE} strokeDashoffset={CIRCUMFERENCE} transform="rotate(-90 60 60)" />
      </svg>
      <div className="countdown-text">
        {paused && <span className="countdown-paused">Paused</span>}
        <span role="timer" aria-label={untimed ? 'Time so far' : 'Time left'} ref={text} className="countdown-clock" />
        <span className="countdown-caption">{untimed ? 'so far' : seconds ? 'seconds' : 'left'}</span>
      </div>
    </div>
  );
}
