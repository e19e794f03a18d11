// One frame of the figure as path data, in the order it is painted: far limbs behind the
// body, then the body, then the near limbs in front. Shared by the first render (React) and
// the animation (which only sets attributes), so both draw exactly the same thing.

import type { Limb } from '@/lib/content/limbs';
import type { Pose, Scenery } from '@/lib/content/types';
import { figureShapes, strapPath, type Box, type LimbShape, type Place, type Point } from './skeleton';
import { mirrorIn, noPlace, strapOf } from './scene';

export interface FigureView {
  readonly pose: Pose;
  readonly mirrored: boolean;
  readonly nearSide: 'left' | 'right';
  /** Limbs drawn strong; the rest pale. */
  readonly working: readonly Limb[];
}

export interface DrawnLimb {
  readonly limb: Limb;
  readonly near: boolean;
  readonly working: boolean;
  readonly d: string;
  /** The shoulder or hip, and the wrist or ankle, as drawn (viewBox units). */
  readonly root: Point;
  readonly end: Point;
}

export interface DrawnFigure {
  /** Far arm, far leg, then (after the body) near leg, near arm. */
  readonly behind: readonly [DrawnLimb, DrawnLimb];
  readonly front: readonly [DrawnLimb, DrawnLimb];
  readonly torso: string;
  readonly neck: string;
  readonly head: string;
  readonly strap: string | null;
}

const otherSide = (side: 'left' | 'right') => (side === 'left' ? 'right' : 'left');

export function placeFor(box: Box, mirrored: boolean): Place {
  return mirrored ? mirrorIn(box) : noPlace;
}

export function drawFigure(view: FigureView, box: Box, scenery: readonly Scenery[] = []): DrawnFigure {
  const place = placeFor(box, view.mirrored);
  const s = figureShapes(view.pose, place);
  const near = view.nearSide;
  const far = otherSide(near);
  const limb = (name: Limb, isNear: boolean, shape: LimbShape): DrawnLimb => ({
    limb: name,
    near: isNear,
    working: view.working.includes(name),
    d: shape.d,
    root: shape.root,
    end: shape.end,
  });
  const strapFoot = strapOf(scenery);
  return {
    behind: [limb(`${far}-arm`, false, s.farArm), limb(`${far}-leg`, false, s.farLeg)],
    front: [limb(`${near}-leg`, true, s.nearLeg), limb(`${near}-arm`, true, s.nearArm)],
    torso: s.torso,
    neck: s.neck,
    head: s.head,
    strap: strapFoot ? strapPath(view.pose, strapFoot, place) : null,
  };
}

/** "x y" with one decimal, as the limbs' data-root and data-end attributes carry them. */
export function pointAttr(p: Point): string {
  return `${p[0].toFixed(1)} ${p[1].toFixed(1)}`;
}

export function viewBoxOf(box: Box): string {
  return `${box.x.toFixed(1)} ${box.y.toFixed(1)} ${box.width.toFixed(1)} ${box.height.toFixed(1)}`;
}
