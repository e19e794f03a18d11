// Side-view kinematics for the exercise figure: a Pose (hip position + absolute segment
// angles) becomes joint points and SVG path data. Pure and DOM-free, so the figure's anatomy
// can be tested in node and the renderer stays a thin layer of <path> elements.

import type { Pose, Scenery } from '@/lib/content/types';

export type Point = readonly [number, number];

export const VIEWBOX_WIDTH = 200;
export const VIEWBOX_HEIGHT = 120;
export const FLOOR_Y = 110;

/**
 * Fixed segment lengths in viewBox units, roughly human proportions for a figure about
 * 97 units tall. Arms are a touch short so a flat back on all fours still reads as flat.
 */
export const SEGMENT = {
  torso: 28,
  neck: 4,
  headRadius: 7,
  upperArm: 15,
  forearm: 15,
  thigh: 24,
  shin: 25,
  foot: 8,
} as const;

/** Stroke widths; half a limb width is how far a drawn limb reaches past its joint line. */
export const LIMB_WIDTH = 5;
export const TORSO_OUTLINE = 3;
const TORSO_HALF_WIDTH = { hip: 4, shoulder: 4.5, chest: 6 } as const;
/** Where the near arm's background outline begins, so it does not notch the shoulder. */
const ARM_GAP_START = 6;
/** Extra width of that outline beyond the limb itself. */
export const GAP_WIDTH = 2.5;
/** How far a full breath pushes the chest out. */
const BREATH_BULGE = 2.2;

export interface Joints {
  readonly hip: Point;
  readonly shoulder: Point;
  readonly headCentre: Point;
  readonly nearElbow: Point;
  readonly nearWrist: Point;
  readonly farElbow: Point;
  readonly farWrist: Point;
  readonly nearKnee: Point;
  readonly nearAnkle: Point;
  readonly nearToe: Point;
  readonly farKnee: Point;
  readonly farAnkle: Point;
  readonly farToe: Point;
}

export interface FigurePaths {
  readonly torso: string;
  readonly head: { readonly cx: number; readonly cy: number; readonly r: number };
  readonly nearArm: string;
  /**
   * The near arm minus its root, drawn wider underneath it in the background colour, so an
   * arm crossing the body or a thigh stays visible in a one-colour figure.
   */
  readonly nearArmGap: string;
  readonly farArm: string;
  readonly nearLeg: string;
  readonly farLeg: string;
}

const RAD = Math.PI / 180;

/** The point `length` away from `origin` at `angle` degrees (90 = up on screen). */
export function pointAt(origin: Point, angle: number, length: number): Point {
  return [origin[0] + length * Math.cos(angle * RAD), origin[1] - length * Math.sin(angle * RAD)];
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Wraps an angle into (-180, 180]. */
export function normalizeAngle(angle: number): number {
  const a = ((((angle + 180) % 360) + 360) % 360) - 180;
  return a === -180 ? 180 : a;
}

/** Toes point forward, at right angles to the shin, unless the pose says otherwise. */
export function footAngle(pose: Pose, side: 'near' | 'far'): number {
  return side === 'near' ? (pose.nearFoot ?? pose.nearShin + 90) : (pose.farFoot ?? pose.farShin + 90);
}

export function solveJoints(pose: Pose): Joints {
  const hip: Point = [pose.hip[0], pose.hip[1]];
  const shoulder = pointAt(hip, pose.torso, SEGMENT.torso);
  const headCentre = pointAt(shoulder, pose.head, SEGMENT.neck + SEGMENT.headRadius);
  const nearElbow = pointAt(shoulder, pose.nearUpperArm, SEGMENT.upperArm);
  const nearWrist = pointAt(nearElbow, pose.nearForearm, SEGMENT.forearm);
  const farElbow = pointAt(shoulder, pose.farUpperArm, SEGMENT.upperArm);
  const farWrist = pointAt(farElbow, pose.farForearm, SEGMENT.forearm);
  const nearKnee = pointAt(hip, pose.nearThigh, SEGMENT.thigh);
  const nearAnkle = pointAt(nearKnee, pose.nearShin, SEGMENT.shin);
  const nearToe = pointAt(nearAnkle, footAngle(pose, 'near'), SEGMENT.foot);
  const farKnee = pointAt(hip, pose.farThigh, SEGMENT.thigh);
  const farAnkle = pointAt(farKnee, pose.farShin, SEGMENT.shin);
  const farToe = pointAt(farAnkle, footAngle(pose, 'far'), SEGMENT.foot);
  return {
    hip, shoulder, headCentre,
    nearElbow, nearWrist, farElbow, farWrist,
    nearKnee, nearAnkle, nearToe, farKnee, farAnkle, farToe,
  };
}

/**
 * Joint angles in the body's own terms, for checking a pose is humanly possible. Every pose
 * faces the same way relative to its torso (front = torso angle − 90°), so one sign works for
 * standing, lying and all-fours figures alike. Positive = flexion.
 */
export function jointFlexion(pose: Pose) {
  const pelvisDown = pose.torso - 180;
  return {
    nearKnee: normalizeAngle(pose.nearThigh - pose.nearShin),
    farKnee: normalizeAngle(pose.farThigh - pose.farShin),
    nearElbow: normalizeAngle(pose.nearForearm - pose.nearUpperArm),
    farElbow: normalizeAngle(pose.farForearm - pose.farUpperArm),
    nearHip: normalizeAngle(pose.nearThigh - pelvisDown),
    farHip: normalizeAngle(pose.farThigh - pelvisDown),
    neck: normalizeAngle(pose.torso - pose.head),
    nearAnkle: normalizeAngle(footAngle(pose, 'near') - pose.nearShin - 90),
    farAnkle: normalizeAngle(footAngle(pose, 'far') - pose.farShin - 90),
  };
}

function fmt(n: number): string {
  // One decimal keeps path strings short; "-0.0" would change the token shape, so avoid it.
  const s = n.toFixed(1);
  return s === '-0.0' ? '0.0' : s;
}

function polyline(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p[0])} ${fmt(p[1])}`).join(' ');
}

/** The torso as a closed shape: a flat back, and a front that swells at the chest with breath. */
function torsoPath(pose: Pose, j: Joints): string {
  const front = pose.torso - 90;
  const back = pose.torso + 90;
  const hipBack = pointAt(j.hip, back, TORSO_HALF_WIDTH.hip);
  const shoulderBack = pointAt(j.shoulder, back, TORSO_HALF_WIDTH.shoulder);
  const shoulderFront = pointAt(j.shoulder, front, TORSO_HALF_WIDTH.shoulder);
  const chestAlong = pointAt(j.hip, pose.torso, SEGMENT.torso * 0.6);
  const chest = pointAt(chestAlong, front, TORSO_HALF_WIDTH.chest + BREATH_BULGE * (pose.breath ?? 0));
  const hipFront = pointAt(j.hip, front, TORSO_HALF_WIDTH.hip);
  return `${polyline([hipBack, shoulderBack, shoulderFront])} Q${fmt(chest[0])} ${fmt(chest[1])} ${fmt(hipFront[0])} ${fmt(hipFront[1])} Z`;
}

/** Path data for every part. Each part keeps the same commands for every pose, so strings tween. */
export function figurePaths(pose: Pose): FigurePaths {
  const j = solveJoints(pose);
  return {
    torso: torsoPath(pose, j),
    head: { cx: round1(j.headCentre[0]), cy: round1(j.headCentre[1]), r: SEGMENT.headRadius },
    nearArm: polyline([j.shoulder, j.nearElbow, j.nearWrist]),
    nearArmGap: polyline([pointAt(j.shoulder, pose.nearUpperArm, ARM_GAP_START), j.nearElbow, j.nearWrist]),
    farArm: polyline([j.shoulder, j.farElbow, j.farWrist]),
    nearLeg: polyline([j.hip, j.nearKnee, j.nearAnkle, j.nearToe]),
    farLeg: polyline([j.hip, j.farKnee, j.farAnkle, j.farToe]),
  };
}

/** A strap runs from both wrists to the middle of one foot, as a V. */
export function strapPath(pose: Pose, foot: 'near' | 'far'): string {
  const j = solveJoints(pose);
  const ankle = foot === 'near' ? j.nearAnkle : j.farAnkle;
  const toe = foot === 'near' ? j.nearToe : j.farToe;
  const sole: Point = [(ankle[0] + toe[0]) / 2, (ankle[1] + toe[1]) / 2];
  return polyline([j.farWrist, sole, j.nearWrist]);
}

export function sceneryPaths(pose: Pose, scenery: readonly Scenery[]): string[] {
  return scenery.flatMap((s) => (s.kind === 'strap' ? [strapPath(pose, s.foot)] : []));
}

/**
 * The lowest drawn point (largest y), counting stroke thickness and the head's radius. Equal
 * to FLOOR_Y when the figure rests on the floor; less means it floats, more means it sinks.
 */
export function lowestY(pose: Pose): number {
  const j = solveJoints(pose);
  const limbPoints = [
    j.nearElbow, j.nearWrist, j.farElbow, j.farWrist,
    j.nearKnee, j.nearAnkle, j.nearToe, j.farKnee, j.farAnkle, j.farToe,
  ];
  const limbs = Math.max(...limbPoints.map((p) => p[1])) + LIMB_WIDTH / 2;
  const head = j.headCentre[1] + SEGMENT.headRadius;
  // The torso's deepest edge: its hip and shoulder corners, plus half its outline.
  const torsoEdges = [j.hip, j.shoulder].flatMap((p) => [
    pointAt(p, pose.torso + 90, TORSO_HALF_WIDTH.hip)[1],
    pointAt(p, pose.torso - 90, TORSO_HALF_WIDTH.hip)[1],
  ]);
  const torso = Math.max(...torsoEdges) + TORSO_OUTLINE / 2;
  return Math.max(limbs, head, torso);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Turns along the shorter way round, so 170° → −170° passes through 180°, not 0°. */
function lerpAngle(a: number, b: number, t: number): number {
  return a + normalizeAngle(b - a) * t;
}

/**
 * The pose a fraction `t` (0–1) of the way from `a` to `b`. Angles turn, they are not
 * blended as points, so limbs keep their length through the movement.
 */
export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  return {
    hip: [lerp(a.hip[0], b.hip[0], t), lerp(a.hip[1], b.hip[1], t)],
    torso: lerpAngle(a.torso, b.torso, t),
    head: lerpAngle(a.head, b.head, t),
    nearUpperArm: lerpAngle(a.nearUpperArm, b.nearUpperArm, t),
    nearForearm: lerpAngle(a.nearForearm, b.nearForearm, t),
    farUpperArm: lerpAngle(a.farUpperArm, b.farUpperArm, t),
    farForearm: lerpAngle(a.farForearm, b.farForearm, t),
    nearThigh: lerpAngle(a.nearThigh, b.nearThigh, t),
    nearShin: lerpAngle(a.nearShin, b.nearShin, t),
    farThigh: lerpAngle(a.farThigh, b.farThigh, t),
    farShin: lerpAngle(a.farShin, b.farShin, t),
    nearFoot: lerpAngle(footAngle(a, 'near'), footAngle(b, 'near'), t),
    farFoot: lerpAngle(footAngle(a, 'far'), footAngle(b, 'far'), t),
    breath: lerp(a.breath ?? 0, b.breath ?? 0, t),
  };
}
