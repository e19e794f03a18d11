'use client';
// One temperature timer (heat before a walk, ice after): pick a length, start, pause, resume
// or stop. The clock shows time left from timestamps; screen readers hear start and finish
// once each through a polite live region, never every second.
import { useId, useRef, useState, type ReactNode } from 'react';
import { formatClock } from '@/components/player/phase-text';
import styles from './relief.module.css';
import { useHoldTimer } from './use-hold-timer';

export interface TimerCardProps {
  /** Names the timer in announcements: "Heat timer started". */
  readonly id: 'heat' | 'ice';
  readonly title: string;
  readonly minutesChoices: readonly [number, ...number[]];
  readonly intro: ReactNode;
  /** What to do when the time is up. */
  readonly doneText: string;
  /** Safety note shown with the timer. */
  readonly note: ReactNode;
}

export function TimerCard({ id, title, minutesChoices, intro, doneText, note }: TimerCardProps) {
  const [minutes, setMinutes] = useState<number>(minutesChoices[0]);
  const [announcement, setAnnouncement] = useState('');
  const headingId = useId();
  const groupName = useId();
  const primary = useRef<HTMLButtonElement>(null);
  const name = id === 'heat' ? 'Heat' : 'Ice';

  const { state, remaining, act } = useHoldTimer(id, minutes, (status, previous) => {
    if (status === 'running') setAnnouncement(previous === 'paused' ? `${name} timer resumed.` : `${name} timer started: ${minutes} minutes.`);
    else if (status === 'paused') setAnnouncement(`${name} timer paused.`);
    else if (status === 'finished') setAnnouncement(`${name} timer finished. ${doneText}`);
    else if (status === 'stopped') setAnnouncement(`${name} timer stopped.`);
  });

  const { status } = state;
  const busy = status === 'running' || status === 'paused';
  const toggle = () => act(status === 'running' ? 'PAUSE' : status === 'paused' ? 'RESUME' : 'START');
  const stop = () => {
    act('STOP');
    // The Stop button is about to be disabled: keep focus on the timer's controls.
    primary.current?.focus();
  };

  return (
    <section className={`card ${styles.timerCard}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <div className={styles.timerIntro}>{intro}</div>
      <fieldset className="choice-group" disabled={busy}>
        <legend>How long</legend>
        {minutesChoices.map((m) => (
          <label key={m} className="choice">
            <input type="radio" name={groupName} value={m} checked={minutes === m} onChange={() => setMinutes(m)} />
            {m} minutes
          </label>
        ))}
      </fieldset>
      <div className={styles.timerRow}>
        <p role="timer" aria-label={`${name} time left`} className={styles.clock} data-status={status}>
          {formatClock(remaining)}
        </p>
        <div className="button-row">
          <button ref={primary} type="button" className="button" onClick={toggle}>
            {status === 'running' ? 'Pause' : status === 'paused' ? 'Resume' : 'Start'}
          </button>
          <button type="button" className="button secondary" onClick={stop} disabled={!busy}>
            Stop
          </button>
        </div>
      </div>
      {status === 'finished' && <p className={styles.done}>Time is up. {doneText}</p>}
      <div className={`notice ${styles.timerNote}`}>{note}</div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </section>
  );
}
