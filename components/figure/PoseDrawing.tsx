// Static drawing of one pose: floor, scenery, limbs and torso, back to front. Shared by the
// still strip and used as the layout the animated figure mirrors part for part.

import type { Pose, Scenery } from '@/lib/content/types';
import { FLOOR_Y, GAP_WIDTH, LIMB_WIDTH, TORSO_OUTLINE, VIEWBOX_WIDTH, figurePaths, strapPath } from '@/lib/figure/skeleton';

export const FIGURE_STYLE = { stroke: 'var(--figure, currentColor)', fill: 'none' } as const;
export const FILLED_STYLE = { fill: 'var(--figure, currentColor)' } as const;
export const FAR_OPACITY = 0.5;

export function Floor() {
  return (
    <line
      x1={0}
      y1={FLOOR_Y + 1}
      x2={VIEWBOX_WIDTH}
      y2={FLOOR_Y + 1}
      strokeWidth={2}
      style={{ stroke: 'var(--floor, #8884)' }}
    />
  );
}

/** Fixed scenery (a step, a seat, a rail); the strap moves with the figure so it is drawn separately. */
export function FixedScenery({ scenery }: { scenery: readonly Scenery[] | undefined }) {
  return (
    <>
      {scenery?.map((s, i) => {
        // A seat is drawn as a plain block, like a step: a bench or a chair seen from the side.
        if (s.kind === 'step' || s.kind === 'seat') {
          return (
            <rect
              key={i}
              x={s.x}
              y={FLOOR_Y - s.height}
              width={s.width}
              height={s.height}
              rx={1.5}
              style={{ fill: 'var(--floor, #8884)' }}
            />
          );
        }
        if (s.kind === 'rail') {
          const top = FLOOR_Y - s.height;
          return (
            <path
              key={i}
              d={`M${s.x} ${FLOOR_Y} L${s.x} ${top} M${s.x - 8} ${top} L${s.x + 8} ${top}`}
              strokeWidth={3}
              strokeLinecap="round"
              style={{ stroke: 'var(--floor, #8884)', fill: 'none' }}
            />
          );
        }
        return null;
      })}
    </>
  );
}

export const LIMB_PROPS = {
  strokeWidth: LIMB_WIDTH,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export const TORSO_PROPS = { strokeWidth: TORSO_OUTLINE, strokeLinejoin: 'round' } as const;

/** The background-coloured outline under the near arm; `Canvas` is the page's own background. */
export const GAP_PROPS = {
  strokeWidth: LIMB_WIDTH + GAP_WIDTH,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  style: { stroke: 'var(--figure-gap, Canvas)' },
} as const;

export const STRAP_PROPS = { strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export function strapOf(scenery: readonly Scenery[] | undefined) {
  return scenery?.find((s) => s.kind === 'strap');
}

export function PoseDrawing({ pose, scenery }: { pose: Pose; scenery?: readonly Scenery[] }) {
  const p = figurePaths(pose);
  const strap = strapOf(scenery);
  return (
    <>
      <Floor />
      <FixedScenery scenery={scenery} />
      <g style={FIGURE_STYLE}>
        <g opacity={FAR_OPACITY}>
          <path d={p.farArm} {...LIMB_PROPS} />
          <path d={p.farLeg} {...LIMB_PROPS} />
        </g>
        <path d={p.torso} {...TORSO_PROPS} style={FILLED_STYLE} />
        <circle cx={p.head.cx} cy={p.head.cy} r={p.head.r} style={FILLED_STYLE} strokeWidth={0} />
        <path d={p.nearLeg} {...LIMB_PROPS} />
        <path d={p.nearArmGap} {...GAP_PROPS} />
        <path d={p.nearArm} {...LIMB_PROPS} />
        {strap?.kind === 'strap' && <path d={strapPath(pose, strap.foot)} {...STRAP_PROPS} />}
      </g>
    </>
  );
}
