// The player as the static page draws it, before the records are read: for every routine, its
// idle screen at the starting doses (the same words, ring, figure frame, buttons and "When to
// stop" as SessionPlayer's, in their final size and place). A one-line script shows the routine
// `?routine=` asks for before the first paint; the others stay hidden. Only the routine's name
// is a real heading: the rest is a picture of what is coming (inert, hidden from screen
// readers, who hear "Loading your session…"). The first session's question about spoken cues
// is drawn only until it has been answered, and a device with a session under way shows no
// routine's start at all (lib/prefs/set-up mirrors both). No client code: nothing here ships.
import { getExercise, routines } from '@/lib/content';
import type { Exercise, Routine } from '@/lib/content/types';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { createSession, currentPhase, planSession, remainingMs } from '@/lib/timer';
import figureStyles from '@/components/figure/figure.module.css';
import { viewBoxOf } from '@/lib/figure/draw';
import { boxOf, breathText, breathWord, frameFor } from './figure-frame';
import { formatCountdown, phaseLines } from './phase-text';
import { StopSigns } from './StopSigns';
import { dropVoiceText, keepVoiceText, VOICE_EXPLAINED, voiceTitle } from './voice-text';

const R = 54;
const CIRCUMFERENCE = 2 * Math.PI * R;

/** Shows the skeleton of the routine the address names; runs where it stands, before paint. */
const SHOW_SCRIPT =
  'try{var s=document.currentScript.parentNode,r=new URLSearchParams(location.search).get("routine");' +
  'for(var e of s.querySelectorAll("[data-routine]"))if(e.getAttribute("data-routine")===r)e.setAttribute("data-shown",""),s.setAttribute("data-found","")}catch(e){}';

/**
 * Every routine's idle player, for the static /session page; or, drawn by the client while it
 * reads the records, the one routine it knows. "Loading your session…" is seen only where no
 * routine's start is drawn (an unknown routine, a session under way).
 */
export function SessionSkeleton({ routineId }: { routineId?: string }) {
  const known = routineId === undefined ? undefined : routines.find((r) => r.id === routineId);
  return (
    <div className="session-skeleton" data-found={known ? '' : undefined}>
      <p role="status" className="session-loading">
        Loading your session…
      </p>
      {routineId === undefined ? (
        <>
          {routines.map((routine) => (
            <RoutineSkeleton key={routine.id} routine={routine} />
          ))}
          <script dangerouslySetInnerHTML={{ __html: SHOW_SCRIPT }} />
        </>
      ) : (
        known && <RoutineSkeleton routine={known} shown />
      )}
    </div>
  );
}

function RoutineSkeleton({ routine, shown = false }: { routine: Routine; shown?: boolean }) {
  const exercises = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
  const state = createSession(planSession(routine, exercises));
  const phase = currentPhase(state);
  const lines = phaseLines(state);
  const exercise = phase ? getExercise(phase.exerciseId) : undefined;
  if (!phase || !lines || !exercise) return null;
  const frame = frameFor(phase, 0, false);
  const left = remainingMs(state, 0);
  const clock = left === null ? '0' : formatCountdown(left);
  const caption = phase.durationMs === null ? 'so far' : phase.durationMs < 60_000 ? 'seconds' : 'left';
  const voiceOn = DEFAULT_SETTINGS.voice;
  // Drawn, not working: kept from the keyboard and from screen readers.
  const still = { inert: true, 'aria-hidden': true } as const;

  return (
    <div className="player routine-skeleton" data-routine={routine.id} data-shown={shown ? '' : undefined}>
      <div className="player-head">
        <h1 className="player-routine">{routine.name}</h1>
        <p className="player-exercise" {...still}>
          {lines.exercise}
        </p>
      </div>
      <div className="player-now" {...still}>
        <p className="player-title">{lines.word}</p>
        <p className="player-instruction">{lines.instruction}</p>
        {lines.count && <p className="player-count">{lines.count}</p>}
      </div>
      <div className="player-stage" {...still}>
        <div className="player-figure">
          {frame && (
            <div className={`exercise-figure player-figure-drawing ${figureStyles.playerFigure}`} data-mode="animated">
              {/* The figure's frame at its final size; the figure itself comes with the player
                  (eight routines' drawings would triple the page). */}
              <svg viewBox={viewBoxOf(boxOf(exercise))} className={figureStyles.svg} focusable="false" />
              <p className={`player-breath ${figureStyles.breathCue}`}>{breathText(breathWord(frame))}</p>
            </div>
          )}
        </div>
        <div className="countdown" data-kind={phase.kind} data-long={clock.length > 2 ? '' : undefined}>
          <svg viewBox="0 0 120 120" focusable="false">
            <circle cx="60" cy="60" r={R} className="countdown-track" />
            <circle cx="60" cy="60" r={R} className="countdown-ring" strokeDasharray={CIRCUMFERENCE} strokeDashoffset={CIRCUMFERENCE} transform="rotate(-90 60 60)" />
          </svg>
          <div className="countdown-text">
            <span className="countdown-clock">{clock}</span>
            <span className="countdown-caption">{caption}</span>
          </div>
        </div>
      </div>
      {lines.upNext && (
        <p className="up-next" {...still}>
          {lines.upNext}
        </p>
      )}
      <div className="player-controls" {...still}>
        <button type="button" className="control" disabled>
          Back
        </button>
        <button type="button" className="control primary">
          Start
        </button>
        <button type="button" className="control" disabled>
          Skip
        </button>
        <button type="button" className="control quiet" disabled>
          End
        </button>
      </div>
      <div className="session-bar" {...still}>
        <span />
      </div>
      <section className="voice-intro voice-unasked-only" {...still}>
        <h2>{voiceTitle(voiceOn)}</h2>
        <p>{VOICE_EXPLAINED}</p>
        <div className="button-row">
          <button type="button" className="button secondary">
            Test sound
          </button>
          <button type="button" className="button">
            {keepVoiceText(voiceOn)}
          </button>
          <button type="button" className="button secondary">
            {dropVoiceText(voiceOn)}
          </button>
        </div>
      </section>
      <StopSigns exercise={exercise} {...still} />
      <p className="muted keys-hint" {...still}>
        Keys: Space pause · ← back · → skip · Esc end
      </p>
      <p {...still}>
        <a href={`/routines/${routine.id}`}>Back to {routine.name}</a>
      </p>
    </div>
  );
}
