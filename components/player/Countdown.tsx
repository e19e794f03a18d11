'use client';
// The large countdown and its phase ring, painted by the player's one animation-frame loop;
// the text changes only when the shown second changes, so screen readers are not flooded.
import { useEffect, useRef, type RefObject } from 'react';
import type { Painter, RegisterPainter } from './use-player';
import { currentPhase, elapsedMs, phaseProgress, remainingMs, sessionProgress, type SessionState } from '@/lib/timer';
import { formatClock } from './phase-text';

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
  const ring = useRef<SVGCircleElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  const paintRef = useRef<Painter | null>(null);

  useEffect(() => {
    const paint: Painter = (s, now) => {
      const left = remainingMs(s, now);
      const shown = left === null ? formatClock(elapsedMs(s, now)) : formatClock(left);
      if (text.current && text.current.textContent !== shown) text.current.textContent = shown;
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

  const untimed = currentPhase(state)?.durationMs === null;
  return (
    <div className="countdown">
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle cx="60" cy="60" r={R} className="countdown-track" />
        <circle ref={ring} cx="60" cy="60" r={R} className="countdown-ring" strokeDasharray={CIRCUMFERENCE} strokeDashoffset={CIRCUMFERENCE} transform="rotate(-90 60 60)" />
      </svg>
      <div className="countdown-text">
        <span role="timer" aria-label={untimed ? 'Time so far' : 'Time left'} ref={text} className="countdown-clock" />
        <span className="countdown-caption">{untimed ? 'so far' : 'left'}</span>
      </div>
    </div>
  );
}
