// Side-view kinematics and body shapes for the exercise figure: a Pose (hip position +
// absolute segment angles) becomes joint points, then filled outlines with volume (a torso
// that bends at the lower back and the hips, tapered limbs, hands, feet, a head with a face
// side). Pure and DOM-free, so the anatomy can be tested in node and the renderer only sets
// path data.

import type { Pose } from '@/lib/content/types';

export type Point = readonly [number, number];

/** The world the poses are written in: a 200×120 box with the floor at y = 110. */
export const VIEWBOX_WIDTH = 200;
export const VIEWBOX_HEIGHT = 120;
export const FLOOR_Y = 110;

/**
 * Segment lengths in world units for a person about 100 units tall, after adult body
 * proportions (shoulder at 0.82 of height, hip at 0.53, knee at 0.29, ankle at 0.04).
 */
export const SEGMENT = {
  /** Hip joint to the waist (the lower back), then the waist to the shoulder joint. */
  lowerBack: 11,
  chest: 19,
  neck: 4,
  headRadius: 6.3,
  upperArm: 18,
  forearm: 15,
  hand: 7,
  thigh: 24.5,
  shin: 24.5,
  /** Ankle joint to the toes along the foot; the heel sticks out a little behind the ankle. */
  foot: 12,
  heel: 3,
  /** Height of the ankle joint above the sole. */
  ankleHeight: 3.5,
} as const;

/** Hip to shoulder in a straight back. */
export const TORSO_LENGTH = SEGMENT.lowerBack + SEGMENT.chest;

/** Full widths of each limb at its two ends (and the calf), seen from the side. */
export const WIDTH = {
  upperArm: [6, 4.8],
  forearm: [5, 3.8],
  thigh: [9.8, 7],
  shin: [6.8, 4.2],
  calf: 7.2,
  hand: 4.2,
} as const;

/** Half the torso's depth, front and back of the spine line, at each level. */
const TORSO = {
  hipBack: 8.6,
  hipFront: 7.2,
  waistBack: 6.6,
  waistFront: 7,
  chestFront: 8.8,
  chestBack: 7,
  shoulderBack: 5.2,
  shoulderFront: 5,
} as const;

/** How far a full breath pushes the chest and belly out. */
export const BREATH_BULGE = 1.8;

/** The widest a limb is either side of its joint line: how far a drawn limb reaches past a joint. */
export const LIMB_REACH = WIDTH.thigh[0] / 2;

export interface Joints {
  readonly hip: Point;
  readonly waist: Point;
  readonly shoulder: Point;
  readonly neckTop: Point;
  readonly headCentre: Point;
  readonly nearElbow: Point;
  readonly nearWrist: Point;
  readonly nearFingers: Point;
  readonly farElbow: Point;
  readonly farWrist: Point;
  readonly farFingers: Point;
  readonly nearKnee: Point;
  readonly nearAnkle: Point;
  readonly nearHeel: Point;
  readonly nearToe: Point;
  readonly farKnee: Point;
  readonly farAnkle: Point;
  readonly farHeel: Point;
  readonly farToe: Point;
}

const RAD = Math.PI / 180;

/** The point `length` away from `origin` at `angle` degrees (0 = right, 90 = up on screen). */
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

/** The lower back's angle: the torso's unless the pose bends it. */
export function lowerBackAngle(pose: Pose): number {
  return pose.lowerBack ?? pose.torso;
}

/** Toes point forward, at right angles to the shin, unless the pose says otherwise. */
export function footAngle(pose: Pose, side: 'near' | 'far'): number {
  return side === 'near' ? (pose.nearFoot ?? pose.nearShin + 90) : (pose.farFoot ?? pose.farShin + 90);
}

export function solveJoints(pose: Pose): Joints {
  const hip: Point = [pose.hip[0], pose.hip[1]];
  const waist = pointAt(hip, lowerBackAngle(pose), SEGMENT.lowerBack);
  const shoulder = pointAt(waist, pose.torso, SEGMENT.chest);
  const neckTop = pointAt(shoulder, pose.head, SEGMENT.neck);
  const headCentre = pointAt(neckTop, pose.head, SEGMENT.headRadius);
  const arm = (upper: number, fore: number, hand: number | undefined) => {
    const elbow = pointAt(shoulder, upper, SEGMENT.upperArm);
    const wrist = pointAt(elbow, fore, SEGMENT.forearm);
    return [elbow, wrist, pointAt(wrist, hand ?? fore, SEGMENT.hand)] as const;
  };
  const leg = (thigh: number, shin: number, foot: number) => {
    const knee = pointAt(hip, thigh, SEGMENT.thigh);
    const ankle = pointAt(knee, shin, SEGMENT.shin);
    // The sole runs along the foot angle, ankleHeight below the ankle joint.
    const sole = pointAt(ankle, foot - 90, SEGMENT.ankleHeight);
    return [knee, ankle, pointAt(sole, foot + 180, SEGMENT.heel), pointAt(sole, foot, SEGMENT.foot)] as const;
  };
  const [nearElbow, nearWrist, nearFingers] = arm(pose.nearUpperArm, pose.nearForearm, pose.nearHand);
  const [farElbow, farWrist, farFingers] = arm(pose.farUpperArm, pose.farForearm, pose.farHand);
  const [nearKnee, nearAnkle, nearHeel, nearToe] = leg(pose.nearThigh, pose.nearShin, footAngle(pose, 'near'));
  const [farKnee, farAnkle, farHeel, farToe] = leg(pose.farThigh, pose.farShin, footAngle(pose, 'far'));
  return {
    hip, waist, shoulder, neckTop, headCentre,
    nearElbow, nearWrist, nearFingers, farElbow, farWrist, farFingers,
    nearKnee, nearAnkle, nearHeel, nearToe, farKnee, farAnkle, farHeel, farToe,
  };
}

/** In [-90, 270): past overhead (180) stays large rather than wrapping to a negative angle. */
function shoulderFlexion(upperArm: number, torso: number): number {
  return ((((upperArm - torso - 180 + 90) % 360) + 360) % 360) - 90;
}

/**
 * Joint angles in the body's own terms, for checking a pose is humanly possible. Every pose
 * faces the same way relative to its torso (front = torso angle − 90°), so one sign works for
 * standing, lying and all-fours figures alike. Positive = flexion.
 */
export function jointFlexion(pose: Pose) {
  const pelvisDown = lowerBackAngle(pose) - 180;
  return {
    nearKnee: normalizeAngle(pose.nearThigh - pose.nearShin),
    farKnee: normalizeAngle(pose.farThigh - pose.farShin),
    nearElbow: normalizeAngle(pose.nearForearm - pose.nearUpperArm),
    farElbow: normalizeAngle(pose.farForearm - pose.farUpperArm),
    nearHip: normalizeAngle(pose.nearThigh - pelvisDown),
    farHip: normalizeAngle(pose.farThigh - pelvisDown),
    /** The upper arm's angle forward of the torso line pointing down (0 = by the side, 180 = overhead). */
    nearShoulder: shoulderFlexion(pose.nearUpperArm, pose.torso),
    farShoulder: shoulderFlexion(pose.farUpperArm, pose.torso),
    /** The lower back: positive when it rounds forward (the chest tips toward the front). */
    lowerBack: normalizeAngle(lowerBackAngle(pose) - pose.torso),
    neck: normalizeAngle(pose.torso - pose.head),
    nearAnkle: normalizeAngle(footAngle(pose, 'near') - pose.nearShin - 90),
    farAnkle: normalizeAngle(footAngle(pose, 'far') - pose.farShin - 90),
    /** Positive when the hand bends back toward the back of the forearm (as on all fours). */
    nearWrist: normalizeAngle((pose.nearHand ?? pose.nearForearm) - pose.nearForearm),
    farWrist: normalizeAngle((pose.farHand ?? pose.farForearm) - pose.farForearm),
  };
}

export type JointName = keyof ReturnType<typeof jointFlexion>;

/**
 * Allowed range of each joint in degrees (positive = flexion), generous for an adult. A key
 * pose outside them is a content mistake, caught by the content tests.
 */
export const JOINT_RANGE: Readonly<Record<JointName, readonly [number, number]>> = {
  nearKnee: [-3, 160],
  farKnee: [-3, 160],
  nearElbow: [-3, 160],
  farElbow: [-3, 160],
  nearHip: [-40, 150],
  farHip: [-40, 150],
  nearShoulder: [-60, 200],
  farShoulder: [-60, 200],
  lowerBack: [-25, 45],
  neck: [-35, 50],
  nearAnkle: [-95, 35],
  farAnkle: [-95, 35],
  nearWrist: [-95, 95],
  farWrist: [-95, 95],
};

/** Joints outside their allowed range, with the angle found; empty for a possible pose. */
export function jointsOutOfRange(pose: Pose): { joint: JointName; angle: number }[] {
  const f = jointFlexion(pose);
  return (Object.keys(JOINT_RANGE) as JointName[])
    .filter((joint) => f[joint] < JOINT_RANGE[joint][0] || f[joint] > JOINT_RANGE[joint][1])
    .map((joint) => ({ joint, angle: Math.round(f[joint]) }));
}

// --- Shapes ---------------------------------------------------------------------------

/** Maps a world point to where it is drawn (e.g. mirrored); identity by default. */
export type Place = (p: Point) => Point;
const same: Place = (p) => p;

function fmt(n: number): string {
  const s = n.toFixed(1);
  return s === '-0.0' ? '0.0' : s;
}

function pt(p: Point): string {
  return `${fmt(p[0])} ${fmt(p[1])}`;
}

/** A closed smooth outline through the points (Catmull-Rom turned into cubic Béziers). */
export function smoothClosed(points: readonly Point[]): string {
  const n = points.length;
  const at = (i: number) => points[((i % n) + n) % n] as Point;
  let d = `M${pt(at(0))}`;
  for (let i = 0; i < n; i += 1) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${pt(c1)} ${pt(c2)} ${pt(p2)}`;
  }
  return `${d} Z`;
}

function angleOf(a: Point, b: Point): number {
  return Math.atan2(-(b[1] - a[1]), b[0] - a[0]) / RAD;
}

/**
 * A limb segment from `a` to `b`, `wa` wide at a and `wb` at b, with round ends, so two
 * segments meeting at a joint of the same width join without a seam. `bulge` (width at
 * `bulgeAt` along the segment) gives a calf or a forearm its swell.
 */
export function taperedSegment(a: Point, b: Point, wa: number, wb: number, place: Place = same, bulge?: { at: number; width: number }): string {
  const angle = angleOf(a, b);
  const side = (p: Point, w: number, sign: 1 | -1) => pointAt(p, angle + 90 * sign, w / 2);
  const left: Point[] = [side(a, wa, 1)];
  const right: Point[] = [side(a, wa, -1)];
  if (bulge) {
    const mid: Point = [a[0] + (b[0] - a[0]) * bulge.at, a[1] + (b[1] - a[1]) * bulge.at];
    // The calf swells at the back (the side that faces away from the knee's front).
    left.push(side(mid, bulge.width * 0.85, 1));
    right.push(side(mid, bulge.width * 1.15, -1));
  }
  left.push(side(b, wb, 1));
  right.push(side(b, wb, -1));
  const ra = wa / 2;
  const rb = wb / 2;
  const L = left.map(place);
  const R = right.map(place);
  // Mirroring flips the turning direction of the end caps.
  const mirrored = place([1, 0])[0] < place([0, 0])[0];
  const sweep = mirrored ? 0 : 1;
  const line = (ps: Point[]) => ps.map((p) => `L${pt(p)}`).join(' ');
  return `M${pt(L[0]!)} ${line(L.slice(1))} A${fmt(rb)} ${fmt(rb)} 0 0 ${sweep} ${pt(R[R.length - 1]!)} ${line(R.slice(0, -1).reverse())} A${fmt(ra)} ${fmt(ra)} 0 0 ${sweep} ${pt(L[0]!)} Z`;
}

/** The torso: a curved back, buttocks, a belly and chest that swell with breath, shoulders. */
export function torsoPath(pose: Pose, j: Joints, place: Place = same): string {
  const low = lowerBackAngle(pose);
  const high = pose.torso;
  const mid = (a: number, b: number) => a + normalizeAngle(b - a) / 2;
  const breath = BREATH_BULGE * (pose.breath ?? 0);
  const back = (p: Point, angle: number, w: number) => pointAt(p, angle + 90, w);
  const front = (p: Point, angle: number, w: number) => pointAt(p, angle - 90, w);
  const chest = pointAt(j.waist, high, SEGMENT.chest * 0.55);
  const belly = pointAt(j.hip, low, SEGMENT.lowerBack * 0.55);
  const seat = pointAt(j.hip, low + 180, 2.5);
  const points: Point[] = [
    back(seat, low, TORSO.hipBack * 0.75),
    back(j.hip, low, TORSO.hipBack),
    back(j.waist, mid(low, high), TORSO.waistBack),
    back(chest, high, TORSO.chestBack),
    back(j.shoulder, high, TORSO.shoulderBack),
    pointAt(j.shoulder, high, 1.2),
    front(j.shoulder, high, TORSO.shoulderFront),
    front(chest, high, TORSO.chestFront + breath),
    front(belly, low, TORSO.waistFront + breath * 0.6),
    front(j.hip, low, TORSO.hipFront),
    front(seat, low, TORSO.hipFront * 0.7),
  ];
  return smoothClosed(points.map(place));
}

/** The neck: a short tapered piece from the shoulders to the head. */
export function neckPath(j: Joints, place: Place = same): string {
  const base = pointAt(j.shoulder, angleOf(j.shoulder, j.neckTop), 1);
  return taperedSegment(base, j.neckTop, 5.4, 4.4, place);
}

/** The head: round, with a slight nose and chin on the face side so it shows which way it looks. */
export function headPath(pose: Pose, j: Joints, place: Place = same): string {
  const r = SEGMENT.headRadius;
  const up = pose.head;
  const points: Point[] = [];
  for (let k = 0; k < 12; k += 1) {
    const a = up + k * 30;
    const rel = normalizeAngle(a - (up - 90));
    // The face is toward up − 90°: the nose sticks out a touch, the chin fills in below it.
    const bump = Math.abs(rel) < 20 ? 0.7 : 0;
    points.push(pointAt(j.headCentre, a, r + bump));
  }
  return smoothClosed(points.map(place));
}

export interface LimbShape {
  /** Path data of the whole limb (both segments and the hand or foot). */
  readonly d: string;
  /** Where it joins the body and where it ends (wrist or ankle), as drawn. */
  readonly root: Point;
  readonly end: Point;
}

function handPath(wrist: Point, fingers: Point, place: Place): string {
  return taperedSegment(wrist, fingers, WIDTH.hand, 3.2, place);
}

/** The foot's outline in its own frame: u along the sole toward the toes, v up from the sole. */
const FOOT_OUTLINE: readonly Point[] = [
  [-3, 0.4], [-3.3, 2.2], [-1.9, 4.6], [1.6, 4.8], [5.5, 2.9], [10.8, 1.5], [12, 0.5], [9, 0], [3.5, 0.6], [-1.8, 0],
];

function footPath(ankle: Point, foot: number, place: Place): string {
  const sole = pointAt(ankle, foot - 90, SEGMENT.ankleHeight);
  const points = FOOT_OUTLINE.map(([u, v]) => pointAt(pointAt(sole, foot, u), foot + 90, v));
  return smoothClosed(points.map(place));
}

export function armShape(shoulder: Point, elbow: Point, wrist: Point, fingers: Point, place: Place = same): LimbShape {
  return {
    d: [
      taperedSegment(shoulder, elbow, WIDTH.upperArm[0], WIDTH.upperArm[1], place),
      taperedSegment(elbow, wrist, WIDTH.forearm[0], WIDTH.forearm[1], place, { at: 0.3, width: 5.6 }),
      handPath(wrist, fingers, place),
    ].join(' '),
    root: place(shoulder),
    end: place(wrist),
  };
}

export function legShape(hip: Point, knee: Point, ankle: Point, foot: number, place: Place = same): LimbShape {
  return {
    d: [
      taperedSegment(hip, knee, WIDTH.thigh[0], WIDTH.thigh[1], place),
      taperedSegment(knee, ankle, WIDTH.shin[0], WIDTH.shin[1], place, { at: 0.32, width: WIDTH.calf }),
      footPath(ankle, foot, place),
    ].join(' '),
    root: place(hip),
    end: place(ankle),
  };
}

export interface FigureShapes {
  readonly torso: string;
  readonly neck: string;
  readonly head: string;
  readonly nearArm: LimbShape;
  readonly farArm: LimbShape;
  readonly nearLeg: LimbShape;
  readonly farLeg: LimbShape;
  /** The head's centre as drawn, for tests and for the strap and the breathing cue. */
  readonly headCentre: Point;
}

/** Every drawn part of a pose. */
export function figureShapes(pose: Pose, place: Place = same): FigureShapes {
  const j = solveJoints(pose);
  return {
    torso: torsoPath(pose, j, place),
    neck: neckPath(j, place),
    head: headPath(pose, j, place),
    nearArm: armShape(j.shoulder, j.nearElbow, j.nearWrist, j.nearFingers, place),
    farArm: armShape(j.shoulder, j.farElbow, j.farWrist, j.farFingers, place),
    nearLeg: legShape(j.hip, j.nearKnee, j.nearAnkle, footAngle(pose, 'near'), place),
    farLeg: legShape(j.hip, j.farKnee, j.farAnkle, footAngle(pose, 'far'), place),
    headCentre: place(j.headCentre),
  };
}

/** A strap runs from both hands to the sole of one foot, as a V. */
export function strapPath(pose: Pose, foot: 'near' | 'far', place: Place = same): string {
  const j = solveJoints(pose);
  const heel = foot === 'near' ? j.nearHeel : j.farHeel;
  const toe = foot === 'near' ? j.nearToe : j.farToe;
  const sole: Point = [heel[0] + (toe[0] - heel[0]) * 0.55, heel[1] + (toe[1] - heel[1]) * 0.55];
  const grip = (w: Point, f: Point): Point => [(w[0] + f[0]) / 2, (w[1] + f[1]) / 2];
  return `M${pt(place(grip(j.farWrist, j.farFingers)))} L${pt(place(sole))} L${pt(place(grip(j.nearWrist, j.nearFingers)))}`;
}

// --- Extent ---------------------------------------------------------------------------

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Points on the outline of everything drawn for a pose (limb edges, torso, head), for the
 * drawn extent: contact with the floor and how much of its box the figure fills.
 */
export function outlinePoints(pose: Pose): Point[] {
  const j = solveJoints(pose);
  const around = (p: Point, r: number): Point[] => [0, 45, 90, 135, 180, 225, 270, 315].map((a) => pointAt(p, a, r));
  const along = (a: Point, b: Point, wa: number, wb: number): Point[] => {
    const out: Point[] = [];
    for (let k = 0; k <= 4; k += 1) {
      const t = k / 4;
      const p: Point = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      out.push(...around(p, (wa + (wb - wa) * t) / 2));
    }
    return out;
  };
  const torso = torsoPath(pose, j)
    .match(/-?\d+(\.\d+)?/g)
    ?.map(Number)
    .reduce<Point[]>((acc, n, i, all) => (i % 2 === 0 ? [...acc, [n, all[i + 1] ?? n] as Point] : acc), [])
    // Only the curve's end points lie on the outline; control points may stick out.
    .filter((_, i) => i % 3 === 0) ?? [];
  return [
    ...torso,
    ...around(j.headCentre, SEGMENT.headRadius + 0.5),
    ...along(j.shoulder, j.nearElbow, WIDTH.upperArm[0], WIDTH.upperArm[1]),
    ...along(j.nearElbow, j.nearWrist, WIDTH.forearm[0], WIDTH.forearm[1]),
    ...along(j.nearWrist, j.nearFingers, WIDTH.hand, 3.2),
    ...along(j.shoulder, j.farElbow, WIDTH.upperArm[0], WIDTH.upperArm[1]),
    ...along(j.farElbow, j.farWrist, WIDTH.forearm[0], WIDTH.forearm[1]),
    ...along(j.farWrist, j.farFingers, WIDTH.hand, 3.2),
    ...along(j.hip, j.nearKnee, WIDTH.thigh[0], WIDTH.thigh[1]),
    ...along(j.nearKnee, j.nearAnkle, WIDTH.shin[0], WIDTH.shin[1]),
    ...along(j.hip, j.farKnee, WIDTH.thigh[0], WIDTH.thigh[1]),
    ...along(j.farKnee, j.farAnkle, WIDTH.shin[0], WIDTH.shin[1]),
    j.nearHeel, j.nearToe, j.farHeel, j.farToe,
  ];
}

/** The drawn bounding box of a pose. */
export function poseBox(pose: Pose): Box {
  const points = outlinePoints(pose);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * The lowest drawn point (largest y) of the body's outline. Equal to FLOOR_Y when the figure
 * rests on the floor; less means it floats, more means it sinks.
 */
export function lowestY(pose: Pose): number {
  const b = poseBox(pose);
  return b.y + b.height;
}

export function unionBox(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

// --- Motion ---------------------------------------------------------------------------

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
    lowerBack: lerpAngle(lowerBackAngle(a), lowerBackAngle(b), t),
    head: lerpAngle(a.head, b.head, t),
    nearUpperArm: lerpAngle(a.nearUpperArm, b.nearUpperArm, t),
    nearForearm: lerpAngle(a.nearForearm, b.nearForearm, t),
    farUpperArm: lerpAngle(a.farUpperArm, b.farUpperArm, t),
    farForearm: lerpAngle(a.farForearm, b.farForearm, t),
    nearThigh: lerpAngle(a.nearThigh, b.nearThigh, t),
    nearShin: lerpAngle(a.nearShin, b.nearShin, t),
    farThigh: lerpAngle(a.farThigh, b.farThigh, t),
    farShin: lerpAngle(a.farShin, b.farShin, t),
    nearHand: lerpAngle(a.nearHand ?? a.nearForearm, b.nearHand ?? b.nearForearm, t),
    farHand: lerpAngle(a.farHand ?? a.farForearm, b.farHand ?? b.farForearm, t),
    nearFoot: lerpAngle(footAngle(a, 'near'), footAngle(b, 'near'), t),
    farFoot: lerpAngle(footAngle(a, 'far'), footAngle(b, 'far'), t),
    breath: lerp(a.breath ?? 0, b.breath ?? 0, t),
  };
}

/** The largest difference between two poses' joint angles, in degrees. */
export function largestJointChange(a: Pose, b: Pose): number {
  const fa = jointFlexion(a);
  const fb = jointFlexion(b);
  const joints = Math.max(...(Object.keys(fa) as JointName[]).map((k) => Math.abs(normalizeAngle(fa[k] - fb[k]))));
  // Turning the whole body (the torso's own angle) is a visible change too.
  return Math.max(joints, Math.abs(normalizeAngle(a.torso - b.torso)));
}
