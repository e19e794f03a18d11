'use client';

// The demonstration figure for one exercise. Animated, it loops through the exercise's key
// poses; with `still` or a reduced-motion preference, it shows each key pose side by side
// with its caption instead. The animation features load lazily to keep first load small.

import { LazyMotion, m, useReducedMotion, type Transition } from 'framer-motion';
import { useId, useMemo, useSyncExternalStore } from 'react';
import type { Exercise } from '@/lib/content/types';
import { stillPicturesChosen, subscribeStillPictures } from '@/lib/prefs/motion';
import { VIEWBOX_HEIGHT, VIEWBOX_WIDTH, figurePaths, strapPath } from '@/lib/figure/skeleton';
import { loopTimeline } from '@/lib/figure/timeline';
import {
  FAR_OPACITY,
  FIGURE_STYLE,
  FILLED_STYLE,
  FixedScenery,
  Floor,
  GAP_PROPS,
  LIMB_PROPS,
  PoseDrawing,
  STRAP_PROPS,
  TORSO_PROPS,
  strapOf,
} from './PoseDrawing';

const loadFeatures = () => import('./motion-features').then((r) => r.default);

const VIEW_BOX = `0 0 ${VIEWBOX_WIDTH} ${VIEWBOX_HEIGHT}`;

export interface ExerciseFigureProps {
  readonly exercise: Exercise;
  /** Show the key poses side by side, without motion. */
  readonly still?: boolean;
}

const subscribeNever = () => () => {};

/**
 * False while rendering on the server and hydrating, true after. The reduced-motion answer is
 * only known in the browser, so acting on it before hydration would mismatch the static HTML.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

export function ExerciseFigure({ exercise, still = false }: ExerciseFigureProps) {
  const prefersReduced = useReducedMotion();
  const hydrated = useHydrated();
  // The app's own setting ("Always show still pictures") counts as much as the system's.
  const appStill = useSyncExternalStore(subscribeStillPictures, stillPicturesChosen, () => false);
  const showStill = still || (hydrated && (prefersReduced === true || appStill));
  return showStill ? <StillStrip exercise={exercise} /> : <AnimatedFigure exercise={exercise} />;
}

function StillStrip({ exercise }: { exercise: Exercise }) {
  const id = useId();
  const count = exercise.poses.length;
  return (
    <figure className="exercise-figure" data-mode="still" aria-label={exercise.figureAlt} style={{ margin: 0 }}>
      <ol
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0.5rem',
          listStyle: 'none',
          margin: 0,
          padding: 0,
        }}
      >
        {exercise.poses.map((pose, i) => {
          const captionId = `${id}-pose-${i}`;
          const label = exercise.poseLabels[i] ?? '';
          return (
            <li key={i} className="exercise-figure__pose" style={{ flex: '1 1 8rem', minWidth: 0, textAlign: 'center' }}>
              <svg role="img" aria-labelledby={captionId} viewBox={VIEW_BOX} className="exercise-figure__svg">
                <PoseDrawing pose={pose} scenery={exercise.scenery} />
              </svg>
              <span id={captionId} className="exercise-figure__caption" style={{ display: 'block', fontSize: '0.875em' }}>
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
  const titleId = useId();
  const tracks = useMemo(() => {
    const { frames, times } = loopTimeline(exercise.poses);
    const paths = frames.map(figurePaths);
    const strap = strapOf(exercise.scenery);
    return {
      times,
      farArm: paths.map((p) => p.farArm),
      farLeg: paths.map((p) => p.farLeg),
      torso: paths.map((p) => p.torso),
      headX: paths.map((p) => p.head.cx),
      headY: paths.map((p) => p.head.cy),
      headR: paths[0]?.head.r ?? 0,
      nearLeg: paths.map((p) => p.nearLeg),
      nearArm: paths.map((p) => p.nearArm),
      nearArmGap: paths.map((p) => p.nearArmGap),
      strap: strap?.kind === 'strap' ? frames.map((f) => strapPath(f, strap.foot)) : null,
    };
  }, [exercise]);

  // Easing is baked into the sampled frames, so play them back linearly.
  const transition: Transition = {
    duration: exercise.loopSeconds,
    times: [...tracks.times],
    ease: 'linear',
    repeat: Infinity,
  };

  // Start drawn in the first pose (also what the static HTML shows), then loop through all.
  const tween = (d: readonly string[]) => ({ initial: { d: d[0] }, animate: { d: [...d] }, transition });

  return (
    <div className="exercise-figure" data-mode="animated">
      <LazyMotion features={loadFeatures} strict>
        <svg role="img" aria-labelledby={titleId} viewBox={VIEW_BOX} className="exercise-figure__svg">
          <title id={titleId}>{exercise.figureAlt}</title>
          <Floor />
          <FixedScenery scenery={exercise.scenery} />
          <g style={FIGURE_STYLE}>
            <g opacity={FAR_OPACITY}>
              <m.path {...LIMB_PROPS} {...tween(tracks.farArm)} />
              <m.path {...LIMB_PROPS} {...tween(tracks.farLeg)} />
            </g>
            <m.path {...TORSO_PROPS} style={FILLED_STYLE} {...tween(tracks.torso)} />
            <m.circle
              r={tracks.headR}
              strokeWidth={0}
              style={FILLED_STYLE}
              initial={{ cx: tracks.headX[0], cy: tracks.headY[0] }}
              animate={{ cx: tracks.headX, cy: tracks.headY }}
              transition={transition}
            />
            <m.path {...LIMB_PROPS} {...tween(tracks.nearLeg)} />
            <m.path {...GAP_PROPS} {...tween(tracks.nearArmGap)} />
            <m.path {...LIMB_PROPS} {...tween(tracks.nearArm)} />
            {tracks.strap && <m.path {...STRAP_PROPS} {...tween(tracks.strap)} />}
          </g>
        </svg>
      </LazyMotion>
    </div>
  );
}
