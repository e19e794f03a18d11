'use client';
// The player's figure: does what the session engine says right now. Get ready and switch
// sides show the starting position (mirrored for the left side), work moves into the
// exercise and holds it breathing, rest lies or kneels still and breathes. React renders it
// once per phase; in between, the player's one animation-frame loop repaints it in place.
import { useEffect, useRef } from 'react';
import { useStillPictures } from '@/components/figure/ExerciseFigure';
import { FigureSvg, paintFigure } from '@/components/figure/FigureSvg';
import styles from '@/components/figure/figure.module.css';
import { getExercise } from '@/lib/content';
import { currentPhase, elapsedMs, type SessionState } from '@/lib/timer';
import { boxOf, breathText, breathWord, figureTitle, frameFor, sceneryFor } from './figure-frame';
import type { Painter, RegisterPainter } from './use-player';

/** Repaint at most this often: a slow breath and a 1 s move look smooth at 30 frames a second. */
const FRAME_MS = 33;

export function PlayerFigure({ state, still, registerPainter }: { state: SessionState; still: boolean; registerPainter: RegisterPainter }) {
  const showStill = useStillPictures(still);
  const phase = currentPhase(state);
  const exercise = phase ? getExercise(phase.exerciseId) : undefined;
  const box = exercise ? boxOf(exercise) : null;
  const svg = useRef<SVGSVGElement>(null);
  const cue = useRef<HTMLParagraphElement>(null);
  const shownPhase = phase?.index ?? -1;
  const scenery = phase && exercise ? sceneryFor(phase, exercise) : undefined;

  // The first picture of the phase; the painter takes over from here while the session runs.
  const initial = phase ? frameFor(phase, 0, showStill) : null;

  useEffect(() => {
    if (showStill || !box || !exercise) return;
    let last = -Infinity;
    const paint: Painter = (s, now) => {
      const p = currentPhase(s);
      const el = svg.current;
      // A phase React has not drawn yet (a boundary passed this frame): wait for its render.
      if (!p || !el || p.index !== shownPhase) return;
      if (s.status === 'running' && now - last < FRAME_MS) return;
      last = now;
      const frame = frameFor(p, elapsedMs(s, now), false);
      if (!frame) return;
      paintFigure(el, frame, box, scenery);
      if (el.dataset.moment !== frame.moment) el.dataset.moment = frame.moment;
      const word = breathWord(frame);
      if (cue.current && cue.current.dataset.breath !== word) {
        cue.current.dataset.breath = word;
        cue.current.textContent = breathText(word);
      }
    };
    return registerPainter(paint);
  }, [box, exercise, registerPainter, scenery, shownPhase, showStill]);

  if (!phase || !exercise || !box || !initial) return null;
  return (
    <div className={`exercise-figure player-figure-drawing ${styles.playerFigure}`} data-mode={showStill ? 'still' : 'animated'}>
      <FigureSvg
        svgRef={svg}
        view={initial}
        box={box}
        scenery={scenery}
        title={figureTitle(phase, exercise)}
        data={{ 'data-phase': phase.kind, 'data-moment': initial.moment, 'data-exercise': exercise.id }}
      />
      <p ref={cue} className={`player-breath ${styles.breathCue}`} aria-hidden="true" data-breath={breathWord(initial)}>
        {showStill ? '' : breathText(breathWord(initial))}
      </p>
    </div>
  );
}
