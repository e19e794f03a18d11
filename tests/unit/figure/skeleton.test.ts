import { describe, expect, it } from 'vitest';
import type { Pose } from '@/lib/content/types';
import {
  FLOOR_Y,
  SEGMENT,
  TORSO_LENGTH,
  distance,
  figureShapes,
  interpolatePose,
  jointFlexion,
  jointsOutOfRange,
  largestJointChange,
  lowestY,
  normalizeAngle,
  pointAt,
  poseBox,
  solveJoints,
  taperedSegment,
} from '@/lib/figure/skeleton';
import { mirrorIn, sceneBox } from '@/lib/figure/scene';

/** Standing tall, arms by the sides, feet flat. */
const standing: Pose = {
  hip: [100, FLOOR_Y - SEGMENT.ankleHeight - SEGMENT.shin - SEGMENT.thigh],
  torso: 90,
  head: 90,
  nearUpperArm: -90,
  nearForearm: -85,
  farUpperArm: -90,
  farForearm: -85,
  nearThigh: -90,
  nearShin: -90,
  farThigh: -90,
  farShin: -90,
};

/** Small deterministic generator so "any pose" means the same poses on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomPose(next: () => number): Pose {
  const angle = () => next() * 720 - 360;
  return {
    hip: [next() * 200, next() * 120],
    torso: angle(),
    head: angle(),
    nearUpperArm: angle(),
    nearForearm: angle(),
    farUpperArm: angle(),
    farForearm: angle(),
    nearThigh: angle(),
    nearShin: angle(),
    farThigh: angle(),
    farShin: angle(),
    nearFoot: angle(),
    farFoot: angle(),
  };
}

const next = random(42);
const poses = Array.from({ length: 50 }, () => randomPose(next));

describe('pointAt', () => {
  it.each([
    [0, [10, 0]],
    [90, [0, -10]],
    [180, [-10, 0]],
    [-90, [0, 10]],
  ] as const)('%d° points the way the Pose type promises', (angle, [dx, dy]) => {
    const [x, y] = pointAt([50, 50], angle, 10);
    expect(x).toBeCloseTo(50 + dx, 9);
    expect(y).toBeCloseTo(50 + dy, 9);
  });
});

describe('normalizeAngle', () => {
  it.each([
    [0, 0],
    [180, 180],
    [-180, 180],
    [190, -170],
    [-190, 170],
    [725, 5],
    [-360, 0],
  ])('%d → %d', (a, expected) => {
    expect(normalizeAngle(a)).toBeCloseTo(expected, 9);
  });
});

describe('solveJoints', () => {
  it.each(poses.map((p, i) => [i, p] as const))('keeps every segment its length (random pose %i)', (_i, pose) => {
    const j = solveJoints(pose);
    expect(distance(j.hip, j.waist)).toBeCloseTo(SEGMENT.lowerBack, 9);
    expect(distance(j.waist, j.shoulder)).toBeCloseTo(SEGMENT.chest, 9);
    expect(distance(j.shoulder, j.headCentre)).toBeCloseTo(SEGMENT.neck + SEGMENT.headRadius, 9);
    for (const [elbow, wrist, fingers] of [[j.nearElbow, j.nearWrist, j.nearFingers], [j.farElbow, j.farWrist, j.farFingers]] as const) {
      expect(distance(j.shoulder, elbow)).toBeCloseTo(SEGMENT.upperArm, 9);
      expect(distance(elbow, wrist)).toBeCloseTo(SEGMENT.forearm, 9);
      expect(distance(wrist, fingers)).toBeCloseTo(SEGMENT.hand, 9);
    }
    for (const [knee, ankle] of [[j.nearKnee, j.nearAnkle], [j.farKnee, j.farAnkle]] as const) {
      expect(distance(j.hip, knee)).toBeCloseTo(SEGMENT.thigh, 9);
      expect(distance(knee, ankle)).toBeCloseTo(SEGMENT.shin, 9);
    }
  });

  it('stands a standing figure on the floor: soles down, toes forward, head on top', () => {
    const j = solveJoints(standing);
    for (const p of [j.nearHeel, j.nearToe, j.farHeel, j.farToe]) expect(p[1]).toBeCloseTo(FLOOR_Y, 6);
    expect(j.nearToe[0]).toBeGreaterThan(j.nearAnkle[0]);
    expect(j.nearHeel[0]).toBeLessThan(j.nearAnkle[0]);
    expect(j.headCentre[1]).toBeLessThan(j.shoulder[1]);
    expect(lowestY(standing)).toBeCloseTo(FLOOR_Y, 6);
    // About 100 units tall: a person, not a stick.
    expect(poseBox(standing).height).toBeGreaterThan(95);
    expect(poseBox(standing).height).toBeLessThan(105);
  });

  it('bends the back at the waist when the lower back has its own angle', () => {
    const j = solveJoints({ ...standing, lowerBack: 90, torso: 60 });
    expect(j.waist[0]).toBeCloseTo(standing.hip[0], 9);
    expect(j.shoulder[0]).toBeGreaterThan(j.waist[0] + 5);
    expect(distance(j.hip, j.shoulder)).toBeLessThan(TORSO_LENGTH);
  });

  it('notices a figure floating above the floor or sunk into it', () => {
    const lifted: Pose = { ...standing, hip: [standing.hip[0], standing.hip[1] - 10] };
    const sunk: Pose = { ...standing, hip: [standing.hip[0], standing.hip[1] + 4] };
    expect(lowestY(lifted)).toBeCloseTo(FLOOR_Y - 10, 6);
    expect(lowestY(sunk)).toBeCloseTo(FLOOR_Y + 4, 6);
  });
});

describe('jointFlexion and the allowed ranges', () => {
  it('reads a straight standing figure as unbent', () => {
    const f = jointFlexion({ ...standing, nearForearm: -90, farForearm: -90 });
    for (const value of Object.values(f)) expect(value).toBeCloseTo(0, 9);
  });

  it.each<[string, Partial<Pose>, keyof ReturnType<typeof jointFlexion>, number]>([
    ['a knee bending forward', { nearThigh: -45, nearShin: -120 }, 'nearKnee', 75],
    ['a knee bending backward', { nearThigh: -90, nearShin: -60 }, 'nearKnee', -30],
    ['an arm raised forward', { nearUpperArm: 0 }, 'nearShoulder', 90],
    ['an arm overhead', { farUpperArm: 90 }, 'farShoulder', 180],
    ['a lower back rounding forward', { lowerBack: 90, torso: 70 }, 'lowerBack', 20],
    ['a hand bent back flat on the floor', { nearForearm: -90, nearHand: 0 }, 'nearWrist', 90],
  ])('%s', (_name, change, joint, angle) => {
    expect(jointFlexion({ ...standing, ...change })[joint]).toBeCloseTo(angle, 9);
  });

  it('uses the same sign lying on the back (head to the left, facing up)', () => {
    const lying: Pose = { ...standing, torso: 180, head: 180, nearThigh: 120, nearShin: -10 };
    expect(jointFlexion(lying).nearHip).toBeCloseTo(120, 9);
    expect(jointFlexion(lying).nearKnee).toBeCloseTo(130, 9);
  });

  it('finds no joint out of range standing, and names the joint that is', () => {
    expect(jointsOutOfRange(standing)).toEqual([]);
    expect(jointsOutOfRange({ ...standing, nearThigh: -90, nearShin: -40 })).toEqual([{ joint: 'nearKnee', angle: -50 }]);
  });
});

describe('interpolatePose and largestJointChange', () => {
  const a = poses[0] as Pose;
  const b = poses[1] as Pose;
  const sameAngle = (x: number, y: number) => expect(normalizeAngle(x - y)).toBeCloseTo(0, 9);

  it('starts at a and ends at b', () => {
    for (const [t, target] of [[0, a], [1, b]] as const) {
      const p = interpolatePose(a, b, t);
      expect(p.hip[0]).toBeCloseTo(target.hip[0], 9);
      expect(p.hip[1]).toBeCloseTo(target.hip[1], 9);
      for (const key of ['torso', 'head', 'nearUpperArm', 'nearForearm', 'farUpperArm', 'farForearm', 'nearThigh', 'nearShin', 'farThigh', 'farShin', 'nearFoot', 'farFoot'] as const) {
        sameAngle(p[key] ?? 0, target[key] ?? 0);
      }
    }
  });

  it('turns the short way round', () => {
    sameAngle(interpolatePose({ ...standing, torso: 170 }, { ...standing, torso: -170 }, 0.5).torso, 180);
  });

  it('fills in default feet and breath so they can move too', () => {
    const mid = interpolatePose({ ...standing, breath: 0 }, { ...standing, breath: 1, nearFoot: 90 }, 0.5);
    expect(mid.breath).toBeCloseTo(0.5, 9);
    sameAngle(mid.nearFoot ?? Number.NaN, 45);
  });

  it('measures the largest joint change between two poses', () => {
    expect(largestJointChange(standing, standing)).toBe(0);
    expect(largestJointChange(standing, { ...standing, nearThigh: -60, nearShin: -100 })).toBeCloseTo(40, 6);
  });
});

describe('shapes', () => {
  it('draws every part of a pose as closed path data', () => {
    const s = figureShapes(standing);
    for (const d of [s.torso, s.neck, s.head, s.nearArm.d, s.farArm.d, s.nearLeg.d, s.farLeg.d]) {
      expect(d).toMatch(/^M/);
      expect(d).toMatch(/Z$/);
      expect(d).not.toMatch(/NaN/);
    }
  });

  it('tapers a limb: wider at its root than at its end', () => {
    const nums = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    // A vertical segment from (0,0) down to (0,20): its first point is half the root width to one side.
    const d = taperedSegment([0, 0], [0, 20], 10, 4);
    const [x0, , x1] = nums(d);
    expect(Math.abs(x0!)).toBeCloseTo(5, 1);
    expect(Math.abs(x1!)).toBeCloseTo(2, 1);
  });

  it('mirrors about the box centre: limb ends swap sides, heights stay', () => {
    const box = sceneBox([standing]);
    const plain = figureShapes(standing);
    const mirrored = figureShapes(standing, mirrorIn(box));
    expect(mirrored.nearArm.end[0]).toBeCloseTo(box.x * 2 + box.width - plain.nearArm.end[0], 6);
    expect(mirrored.nearArm.end[1]).toBeCloseTo(plain.nearArm.end[1], 6);
  });
});
