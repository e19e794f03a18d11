'use client';
// The large countdown and its phase ring. The ring repaints from one animation-frame loop;
// the text changes only when the shown second changes, so screen readers are not flooded.
import { useEffect, useRef, type RefObject } from 'react';
import { currentPhase, elapsedMs, phaseProgress, remainingMs, sessionProgress, type SessionState } from '@/lib/timer';
import { formatClock } from './phase-text';

const R = 54;
const CIRCUMFERENCE = 2 * Math.PI * R;

/** `bar` is the whole-session progress bar, repainted by the same loop. */
export function Countdown({ state, bar }: { state: SessionState; bar?: RefObject<HTMLDivElement | null> }) {
  const ring = useRef<SVGCircleElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });

  useEffect(() => {
    let frame = 0;
    const paint = () => {
      const s = stateRef.current;
      const now = Date.now();
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
      if (s.status === 'running') frame = requestAnimationFrame(paint);
    };
    paint();
    return () => cancelAnimationFrame(frame);
  }, [state, bar]);

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
