import { describe, expect, it } from 'vitest';
import type { Pose } from '@/lib/content/types';
import {
  FLOOR_Y,
  LIMB_WIDTH,
  SEGMENT,
  distance,
  figurePaths,
  interpolatePose,
  jointFlexion,
  lowestY,
  normalizeAngle,
  pointAt,
  solveJoints,
} from '@/lib/figure/skeleton';

/** Standing tall, arms by the sides, feet flat. */
const standing: Pose = {
  hip: [100, FLOOR_Y - LIMB_WIDTH / 2 - SEGMENT.shin - SEGMENT.thigh],
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
    expect(distance(j.hip, j.shoulder)).toBeCloseTo(SEGMENT.torso, 9);
    expect(distance(j.shoulder, j.headCentre)).toBeCloseTo(SEGMENT.neck + SEGMENT.headRadius, 9);
    for (const [elbow, wrist] of [[j.nearElbow, j.nearWrist], [j.farElbow, j.farWrist]] as const) {
      expect(distance(j.shoulder, elbow)).toBeCloseTo(SEGMENT.upperArm, 9);
      expect(distance(elbow, wrist)).toBeCloseTo(SEGMENT.forearm, 9);
    }
    for (const [knee, ankle, toe] of [[j.nearKnee, j.nearAnkle, j.nearToe], [j.farKnee, j.farAnkle, j.farToe]] as const) {
      expect(distance(j.hip, knee)).toBeCloseTo(SEGMENT.thigh, 9);
      expect(distance(knee, ankle)).toBeCloseTo(SEGMENT.shin, 9);
      expect(distance(ankle, toe)).toBeCloseTo(SEGMENT.foot, 9);
    }
  });

  it('stands a standing figure on the floor: feet down, hands above it, head on top', () => {
    const j = solveJoints(standing);
    for (const p of [j.nearAnkle, j.farAnkle, j.nearToe, j.farToe]) {
      expect(p[1] + LIMB_WIDTH / 2).toBeCloseTo(FLOOR_Y, 6);
    }
    expect(j.nearToe[0]).toBeGreaterThan(j.nearAnkle[0]); // toes point the way the figure faces
    for (const p of [j.nearWrist, j.farWrist]) expect(p[1]).toBeLessThan(FLOOR_Y - 30);
    expect(j.headCentre[1] - SEGMENT.headRadius).toBeGreaterThan(0);
    expect(j.headCentre[1]).toBeLessThan(j.shoulder[1]);
    expect(lowestY(standing)).toBeCloseTo(FLOOR_Y, 6);
  });

  it('notices a figure floating above the floor or sunk into it', () => {
    const lifted: Pose = { ...standing, hip: [standing.hip[0], standing.hip[1] - 10] };
    const sunk: Pose = { ...standing, hip: [standing.hip[0], standing.hip[1] + 4] };
    expect(lowestY(lifted)).toBeCloseTo(FLOOR_Y - 10, 6);
    expect(lowestY(sunk)).toBeCloseTo(FLOOR_Y + 4, 6);
  });
});

describe('jointFlexion', () => {
  it('reads a straight standing figure as unbent', () => {
    const f = jointFlexion({ ...standing, nearForearm: -90, farForearm: -90 });
    for (const value of Object.values(f)) expect(value).toBeCloseTo(0, 9);
  });

  it('reads a knee bending forward as positive and one bending backward as negative', () => {
    // Thigh pointing forward-down, shin back under it: a normal knee bend.
    expect(jointFlexion({ ...standing, nearThigh: -45, nearShin: -120 }).nearKnee).toBeCloseTo(75, 9);
    expect(jointFlexion({ ...standing, nearThigh: -90, nearShin: -60 }).nearKnee).toBeCloseTo(-30, 9);
  });

  it('uses the same sign lying on the back (head to the left, facing up)', () => {
    const lying: Pose = { ...standing, torso: 180, head: 180, nearThigh: 120, nearShin: -10 };
    expect(jointFlexion(lying).nearHip).toBeCloseTo(120, 9);
    expect(jointFlexion(lying).nearKnee).toBeCloseTo(130, 9);
  });
});

describe('interpolatePose', () => {
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
    const from: Pose = { ...standing, torso: 170 };
    const to: Pose = { ...standing, torso: -170 };
    sameAngle(interpolatePose(from, to, 0.5).torso, 180);
  });

  it('fills in default feet and breath so they can move too', () => {
    const mid = interpolatePose({ ...standing, breath: 0 }, { ...standing, breath: 1, nearFoot: 90 }, 0.5);
    expect(mid.breath).toBeCloseTo(0.5, 9);
    sameAngle(mid.nearFoot ?? Number.NaN, 45); // default is shin + 90 = 0, halfway to 90
  });
});

describe('figurePaths', () => {
  /** Path strings tween only if they share commands and number count. */
  const shape = (d: string) => d.replace(/-?\d+(\.\d+)?/g, '#');

  it('gives every pose the same path shapes, so the animation can tween between them', () => {
    const reference = figurePaths(standing);
    for (const pose of poses) {
      const p = figurePaths(pose);
      for (const key of ['torso', 'nearArm', 'nearArmGap', 'farArm', 'nearLeg', 'farLeg'] as const) {
        expect(shape(p[key])).toBe(shape(reference[key]));
      }
    }
  });

  it('draws the legs through hip, knee, ankle and toe', () => {
    const j = solveJoints(standing);
    const numbers = (figurePaths(standing).nearLeg.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(numbers).toHaveLength(8);
    const expected = [j.hip, j.nearKnee, j.nearAnkle, j.nearToe].flat();
    numbers.forEach((n, i) => expect(n).toBeCloseTo(expected[i] ?? Number.NaN, 1));
  });

  it('puts the head circle where the joints say', () => {
    const j = solveJoints(standing);
    const { head } = figurePaths(standing);
    expect(head.cx).toBeCloseTo(j.headCentre[0], 1);
    expect(head.cy).toBeCloseTo(j.headCentre[1], 1);
    expect(head.r).toBe(SEGMENT.headRadius);
  });
});
