// What surrounds the figure: the floor, a mat, a cushion, a step, a rail, a wall, a chair, a
// strap, and the box they are all framed in. The box is cropped to what is drawn, so the
// person fills the picture instead of a fifth of it. Pure: the component only sets paths.

import type { Pose, Scenery } from '@/lib/content/types';
import { FLOOR_Y, poseBox, unionBox, type Box, type Place, type Point } from './skeleton';

/** Space left around the drawing, in world units. */
export const MARGIN = 3;
/** The floor is drawn this far below the feet, so the mat and the floor line show. */
export const FLOOR_DEPTH = 4;
const MAT_THICKNESS = 2.2;
const CUSHION_HEIGHT = 3;

/** Mirrors about the box's vertical centre line: the same picture seen from the other side. */
export function mirrorIn(box: Box): Place {
  const axis = box.x * 2 + box.width;
  return (p: Point) => [axis - p[0], p[1]];
}

export const noPlace: Place = (p) => p;

/** The extent of a piece of fixed scenery (the strap moves with the figure, the mat spans it all). */
function sceneryBox(s: Scenery): Box | null {
  switch (s.kind) {
    case 'step':
      return { x: s.x, y: FLOOR_Y - s.height, width: s.width, height: s.height };
    case 'seat':
      // Seat, legs, and the chair back on the seat's back edge (the left, behind the sitter).
      return { x: s.x - 1.5, y: FLOOR_Y - s.height - 28, width: s.width + 1.5, height: s.height + 28 };
    case 'rail':
      return { x: s.x - 6, y: FLOOR_Y - s.height - 1.5, width: 12, height: s.height + 1.5 };
    case 'wall':
      return { x: s.x, y: FLOOR_Y - 70, width: 4, height: 70 };
    case 'cushion':
      return { x: s.x, y: FLOOR_Y - CUSHION_HEIGHT, width: s.width, height: CUSHION_HEIGHT };
    case 'mat':
    case 'strap':
      return null;
  }
}

/** The box a set of poses and their scenery is drawn in: everything drawn, plus a margin. */
export function sceneBox(poses: readonly Pose[], scenery: readonly Scenery[] = []): Box {
  const boxes = [...poses.map(poseBox), ...scenery.flatMap((s) => sceneryBox(s) ?? [])];
  const all = unionBox(boxes);
  const bottom = Math.max(all.y + all.height, FLOOR_Y) + FLOOR_DEPTH;
  const x = all.x - MARGIN;
  const y = all.y - MARGIN;
  return { x, y, width: all.width + MARGIN * 2, height: bottom - y };
}

export interface SceneryShape {
  readonly kind: Scenery['kind'] | 'floor';
  readonly d: string;
}

function f(n: number): string {
  const s = n.toFixed(1);
  return s === '-0.0' ? '0.0' : s;
}

function polygon(points: readonly Point[], place: Place): string {
  return `${points.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(place(p)[0])} ${f(place(p)[1])}`).join(' ')} Z`;
}

function rect(x: number, y: number, w: number, h: number, place: Place): string {
  return polygon(
    [
      [x, y],
      [x + w, y],
      [x + w, y + h],
      [x, y + h],
    ],
    place,
  );
}

/**
 * Path data for the floor and every fixed piece of scenery, back to front. The floor spans
 * the box; a mat lies on it where the exercise uses one.
 */
export function sceneryShapes(scenery: readonly Scenery[], box: Box, place: Place = noPlace): SceneryShape[] {
  const shapes: SceneryShape[] = [{ kind: 'floor', d: rect(box.x, FLOOR_Y, box.width, box.y + box.height - FLOOR_Y, noPlace) }];
  for (const s of scenery) {
    switch (s.kind) {
      case 'mat':
        shapes.push({ kind: 'mat', d: rect(s.x, FLOOR_Y, s.width, MAT_THICKNESS, place) });
        break;
      case 'cushion':
        shapes.push({
          kind: 'cushion',
          d: polygon(
            [
              [s.x, FLOOR_Y],
              [s.x + 1.5, FLOOR_Y - CUSHION_HEIGHT],
              [s.x + s.width - 1.5, FLOOR_Y - CUSHION_HEIGHT],
              [s.x + s.width, FLOOR_Y],
            ],
            place,
          ),
        });
        break;
      case 'step':
        shapes.push({ kind: 'step', d: rect(s.x, FLOOR_Y - s.height, s.width, s.height, place) });
        break;
      case 'seat': {
        const top = FLOOR_Y - s.height;
        shapes.push({
          kind: 'seat',
          d: [
            rect(s.x, top, s.width, 3, place),
            rect(s.x + 1, top + 3, 2.2, s.height - 3, place),
            rect(s.x + s.width - 3.2, top + 3, 2.2, s.height - 3, place),
            rect(s.x - 1.5, top - 28, 2.6, 28, place),
          ].join(' '),
        });
        break;
      }
      case 'rail': {
        const top = FLOOR_Y - s.height;
        shapes.push({ kind: 'rail', d: [rect(s.x - 1.2, top, 2.4, s.height, place), rect(s.x - 6, top - 1.5, 12, 3, place)].join(' ') });
        break;
      }
      case 'wall':
        shapes.push({ kind: 'wall', d: rect(s.x, FLOOR_Y - 70, 4, 70, place) });
        break;
      case 'strap':
        break;
    }
  }
  return shapes;
}

/** The strap's foot, if the exercise uses one. */
export function strapOf(scenery: readonly Scenery[] | undefined): 'near' | 'far' | null {
  const strap = scenery?.find((s) => s.kind === 'strap');
  return strap?.kind === 'strap' ? strap.foot : null;
}
