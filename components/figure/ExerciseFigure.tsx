'use client';

// The demonstration figure for one exercise. Animated, it loops through the exercise's key
// poses, repainted on animation frames without React rendering again; with `still`, the
// system's reduced-motion preference or the app's "still pictures" setting, it shows each key
// pose side by side with its caption instead.

import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Exercise } from '@/lib/content/types';
import { stillPicturesChosen, subscribeStillPictures } from '@/lib/prefs/motion';
import type { FigureView } from '@/lib/figure/draw';
import { ALL_LIMBS } from '@/lib/figure/player-pose';
import { sceneBox } from '@/lib/figure/scene';
import { loopPose } from '@/lib/figure/timeline';
import { FigureSvg, paintFigure } from './FigureSvg';
import styles from './figure.module.css';

export interface ExerciseFigureProps {
  readonly exercise: Exercise;
  /** Show the key poses side by side, without motion. */
  readonly still?: boolean;
}

const subscribeNever = () => () => {};
const REDUCED = '(prefers-reduced-motion: reduce)';

function subscribeReduced(callback: () => void): () => void {
  const query = window.matchMedia?.(REDUCED);
  query?.addEventListener?.('change', callback);
  return () => query?.removeEventListener?.('change', callback);
}

/**
 * Whether to show still pictures: asked for, or preferred by the system or in the app's
 * settings. False while rendering on the server and hydrating (the static HTML knows nothing
 * of the visitor), so hydration never mismatches.
 */
export function useStillPictures(still: boolean): boolean {
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  const systemReduced = useSyncExternalStore(subscribeReduced, () => window.matchMedia?.(REDUCED).matches ?? false, () => false);
  const appStill = useSyncExternalStore(subscribeStillPictures, stillPicturesChosen, () => false);
  return still || (hydrated && (systemReduced || appStill));
}

const viewOf = (pose: Exercise['poses'][number]): FigureView => ({ pose, mirrored: false, nearSide: 'right', working: ALL_LIMBS });

export function ExerciseFigure({ exercise, still = false }: ExerciseFigureProps) {
  const showStill = useStillPictures(still);
  return showStill ? <StillStrip exercise={exercise} /> : <AnimatedFigure exercise={exercise} />;
}

function StillStrip({ exercise }: { exercise: Exercise }) {
  const id = useId();
  const box = useMemo(() => sceneBox(exercise.poses, exercise.scenery), [exercise]);
  const count = exercise.poses.length;
  return (
    <figure className={`exercise-figure ${styles.still}`} data-mode="still" aria-label={exercise.figureAlt}>
      <ol className={styles.strip}>
        {exercise.poses.map((pose, i) => {
          const captionId = `${id}-pose-${i}`;
          const label = exercise.poseLabels[i] ?? '';
          return (
            <li key={i} className="exercise-figure__pose">
              <FigureSvg view={viewOf(pose)} box={box} scenery={exercise.scenery} labelledBy={captionId} />
              <span id={captionId} className={`exercise-figure__caption ${styles.caption}`}>
                {`${i + 1} of ${count}: ${label}`}
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

function AnimatedFigure({ exercise }: { exercise: Exercise }) {
  const svg = useRef<SVGSVGElement>(null);
  const box = useMemo(() => sceneBox(exercise.poses, exercise.scenery), [exercise]);
  const first = exercise.poses[0];

  useEffect(() => {
    const el = svg.current;
    if (!el || typeof requestAnimationFrame !== 'function') return;
    return loopWhileSeen(el, (elapsedMs) => {
      const pose = loopPose(exercise.poses, elapsedMs / (exercise.loopSeconds * 1000));
      if (pose) paintFigure(el, viewOf(pose), box, exercise.scenery);
    });
  }, [box, exercise]);

  if (!first) return null;
  // Drawn in the first pose (also what the static HTML shows), then looped through all.
  return (
    <div className="exercise-figure" data-mode="animated">
      <FigureSvg svgRef={svg} view={viewOf(first)} box={box} scenery={exercise.scenery} title={exercise.figureAlt} />
    </div>
  );
}

/** At most this many painted frames a second: smooth enough for a slow demonstration. */
const FIGURE_FPS = 30;

/**
 * Runs `paint` from animation frames, but only once the page has finished its startup work
 * (when the browser is idle, or after 2 s) and only while the figure is on screen: the static
 * first pose shows until then, and a figure scrolled away costs nothing. Time runs on from where
 * it stopped, so the loop resumes where it left off. Returns the cleanup.
 */
function loopWhileSeen(el: Element, paint: (elapsedMs: number) => void): () => void {
  let frame = 0;
  let visible = false;
  let started = false;
  let elapsed = 0;
  let last: number | null = null;
  const tick = (now: number) => {
    frame = requestAnimationFrame(tick);
    if (last !== null && now - last < 1000 / FIGURE_FPS - 2) return;
    elapsed += last === null ? 0 : now - last;
    last = now;
    paint(elapsed);
  };
  const update = () => {
    if (started && visible && frame === 0) frame = requestAnimationFrame(tick);
    if (!(started && visible) && frame !== 0) {
      cancelAnimationFrame(frame);
      frame = 0;
      last = null;
    }
  };
  const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => {
    visible = entries.some((entry) => entry.isIntersecting);
    update();
  }) : null;
  if (observer) observer.observe(el);
  else visible = true;
  const start = () => {
    started = true;
    update();
  };
  const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : window.setTimeout(start, 1000);
  return () => {
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else window.clearTimeout(idle);
    observer?.disconnect();
    cancelAnimationFrame(frame);
  };
}
