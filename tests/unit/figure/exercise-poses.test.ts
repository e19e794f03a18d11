// Content tests of the drawn figures: every key pose must look like a person doing the
// exercise — resting on the floor, joints within their range, filling its picture, not
// passing a limb through the head, moving visibly between key poses, with its props drawn.
// A pose that breaks one of these fails here, never in the running app.

import { describe, expect, it } from 'vitest';
import { exercises } from '@/lib/content';
import type { Exercise, Pose, Prop, Scenery } from '@/lib/content/types';
import { sceneBox } from '@/lib/figure/scene';
import {
  FLOOR_Y,
  SEGMENT,
  WIDTH,
  jointFlexion,
  jointsOutOfRange,
  largestJointChange,
  lowestY,
  poseBox,
  solveJoints,
  type Point,
} from '@/lib/figure/skeleton';
import { loopPose } from '@/lib/figure/timeline';

const table = exercises.map((e): [string, Exercise] => [e.id, e]);

function exercise(id: string): Exercise {
  const e = exercises.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
}

function pose(e: Exercise, i: number): Pose {
  const p = e.poses[i];
  if (!p) throw new Error(`${e.id} has no pose ${i}`);
  return p;
}

/** Distance from point p to the segment a–b. */
function toSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** The middle of the hand, where it grips. */
const hand = (wrist: Point, fingers: Point): Point => [(wrist[0] + fingers[0]) / 2, (wrist[1] + fingers[1]) / 2];

/** Which scenery shows each prop. */
const PROP_SCENERY: Record<Prop, readonly Scenery['kind'][]> = {
  mat: ['mat'],
  cushion: ['cushion'],
  strap: ['strap'],
  step: ['step'],
  chair: ['seat'],
  support: ['rail', 'wall', 'seat'],
};

describe.each(table)('%s figure', (_id, e) => {
  it('has at least two key poses, each with a caption', () => {
    expect(e.poses.length).toBeGreaterThanOrEqual(2);
    expect(e.poseLabels).toHaveLength(e.poses.length);
  });

  it('rests on the floor in every key pose', () => {
    for (const p of e.poses) {
      expect(lowestY(p)).toBeGreaterThanOrEqual(FLOOR_Y - 0.6);
      expect(lowestY(p)).toBeLessThanOrEqual(FLOOR_Y + 0.6);
    }
  });

  it('never sinks into the floor while moving between key poses', () => {
    for (let k = 0; k < 48; k += 1) expect(lowestY(loopPose(e.poses, k / 48)!)).toBeLessThanOrEqual(FLOOR_Y + 1.5);
  });

  it('keeps every joint within its allowed range', () => {
    e.poses.forEach((p, i) => expect(jointsOutOfRange(p), `${e.id} pose ${i}`).toEqual([]));
  });

  it('fills at least 60% of its box’s width in every key pose', () => {
    const box = sceneBox(e.poses, e.scenery);
    e.poses.forEach((p, i) => expect(poseBox(p).width / box.width, `${e.id} pose ${i}`).toBeGreaterThanOrEqual(0.6));
  });

  it('moves visibly from each key pose to the next: some joint turns by 15° or more', () => {
    e.poses.forEach((p, i) => {
      const next = pose(e, (i + 1) % e.poses.length);
      expect(largestJointChange(p, next), `${e.id} pose ${i} → ${(i + 1) % e.poses.length}`).toBeGreaterThanOrEqual(15);
    });
  });

  it('never passes an arm through the head', () => {
    e.poses.forEach((p, i) => {
      const j = solveJoints(p);
      const clearance = SEGMENT.headRadius + WIDTH.forearm[0] / 2 - 0.5;
      for (const [a, b, c, d] of [
        [j.shoulder, j.nearElbow, j.nearWrist, j.nearFingers],
        [j.shoulder, j.farElbow, j.farWrist, j.farFingers],
      ] as const) {
        // The upper arm starts at the shoulder, next to the neck: only its far half counts.
        const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        const nearest = Math.min(toSegment(j.headCentre, mid, b), toSegment(j.headCentre, b, c), toSegment(j.headCentre, c, d));
        expect(nearest, `${e.id} pose ${i}`).toBeGreaterThanOrEqual(clearance);
      }
    });
  });

  it('draws the props it needs', () => {
    const kinds = (e.scenery ?? []).map((s) => s.kind);
    for (const prop of e.props) expect(PROP_SCENERY[prop].some((k) => kinds.includes(k)), `${e.id}: ${prop}`).toBe(true);
  });
});

describe('the allowed ranges catch an impossible pose', () => {
  const standing: Pose = {
    hip: [100, 57.5], torso: 90, head: 90, nearUpperArm: -90, nearForearm: -88, farUpperArm: -90, farForearm: -88,
    nearThigh: -90, nearShin: -90, farThigh: -90, farShin: -90,
  };
  it.each<[string, Partial<Pose>, string]>([
    ['a knee bent backwards', { nearThigh: -90, nearShin: -50 }, 'nearKnee'],
    ['an elbow bent backwards', { farUpperArm: -90, farForearm: -140 }, 'farElbow'],
    ['a head turned over backwards', { head: 150 }, 'neck'],
    ['a knee folded past 160°', { farThigh: 0, farShin: 170 }, 'farKnee'],
  ])('%s', (_name, change, joint) => {
    expect(jointsOutOfRange(standing)).toEqual([]);
    expect(jointsOutOfRange({ ...standing, ...change }).map((j) => j.joint)).toContain(joint);
  });
});

describe('what each figure shows', () => {
  it('bird-dog reaches the near arm with the far leg, then the far arm with the near leg', () => {
    const e = exercise('bird-dog');
    const reachesWith = (p: Pose) => {
      const j = solveJoints(p);
      return {
        nearArm: j.nearWrist[0] > j.shoulder[0] + 25,
        farArm: j.farWrist[0] > j.shoulder[0] + 25,
        nearLeg: j.nearAnkle[0] < j.hip[0] - 40 && j.nearAnkle[1] < FLOOR_Y - 15,
        farLeg: j.farAnkle[0] < j.hip[0] - 40 && j.farAnkle[1] < FLOOR_Y - 15,
      };
    };
    expect(reachesWith(pose(e, 0))).toEqual({ nearArm: false, farArm: false, nearLeg: false, farLeg: false });
    expect(reachesWith(pose(e, 1))).toEqual({ nearArm: true, farArm: false, nearLeg: false, farLeg: true });
    expect(reachesWith(pose(e, 3))).toEqual({ nearArm: false, farArm: true, nearLeg: true, farLeg: false });
  });

  it('the plank starts lying on the forearms and lifts into one straight line from head to knees, knees down', () => {
    const [down, up] = exercise('forearm-plank').poses.map(solveJoints);
    const f = jointFlexion(pose(exercise('forearm-plank'), 1));
    expect(Math.abs(f.nearHip)).toBeLessThan(5);
    expect(Math.abs(f.lowerBack)).toBeLessThan(3);
    expect(up!.hip[1]).toBeLessThan(down!.hip[1] - 1);
    for (const j of [down!, up!]) {
      expect(j.nearKnee[1] + WIDTH.thigh[1] / 2).toBeCloseTo(FLOOR_Y, 0);
      expect(j.nearElbow[1] + WIDTH.forearm[0] / 2).toBeCloseTo(FLOOR_Y, 0);
    }
  });

  it('the half-kneeling stretch moves the pelvis well forward over a planted knee on its cushion', () => {
    const e = exercise('half-kneeling-hip-flexor');
    const [a, b] = e.poses.map(solveJoints);
    expect(b!.hip[0] - a!.hip[0]).toBeGreaterThan(8);
    expect(b!.nearKnee[0]).toBeCloseTo(a!.nearKnee[0], 0);
    expect(b!.farAnkle[0]).toBeCloseTo(a!.farAnkle[0], 0);
    // The kneeling (near) hip opens by 20° or more: the two pictures differ clearly.
    expect(jointFlexion(pose(e, 0)).nearHip - jointFlexion(pose(e, 1)).nearHip).toBeGreaterThan(20);
    const cushion = e.scenery?.find((s) => s.kind === 'cushion');
    if (cushion?.kind !== 'cushion') throw new Error('no cushion');
    expect(a!.nearKnee[0]).toBeGreaterThan(cushion.x);
    expect(a!.nearKnee[0]).toBeLessThan(cushion.x + cushion.width);
  });

  it('the lying hamstring stretch raises a straight leg in the strap while the other lies long', () => {
    const e = exercise('hamstring-lying-strap');
    const last = jointFlexion(pose(e, 1));
    expect(Math.abs(last.nearKnee)).toBeLessThan(10);
    expect(last.nearHip).toBeGreaterThan(60);
    expect(Math.abs(last.farHip)).toBeLessThan(10);
    expect(e.scenery).toContainEqual({ kind: 'strap', foot: 'near' });
  });

  it('knees-to-chest brings the knees toward the chest, hands on the shins', () => {
    const e = exercise('knees-to-chest');
    const [a, b] = e.poses.map(jointFlexion);
    expect(b!.nearHip).toBeGreaterThan(a!.nearHip + 45);
    expect(b!.nearHip).toBeGreaterThan(110);
    const j = solveJoints(pose(e, 1));
    expect(toSegment(j.nearWrist, j.nearKnee, j.nearAnkle)).toBeLessThan(4);
  });

  it('the glute bridge lifts the hips while shoulders and feet stay put', () => {
    const [a, b] = exercise('glute-bridge').poses.map(solveJoints);
    expect(a!.hip[1] - b!.hip[1]).toBeGreaterThan(8);
    expect(b!.shoulder[0]).toBeCloseTo(a!.shoulder[0], 0);
    expect(b!.shoulder[1]).toBeCloseTo(a!.shoulder[1], 0);
    expect(b!.nearAnkle[0]).toBeCloseTo(a!.nearAnkle[0], 0);
    expect(b!.nearAnkle[1]).toBeCloseTo(a!.nearAnkle[1], 0);
  });

  it('the seated forward fold sits on a chair, feet flat, and hinges the torso forward', () => {
    const e = exercise('seated-forward-fold');
    const seat = e.scenery?.find((s) => s.kind === 'seat');
    if (seat?.kind !== 'seat') throw new Error('no seat');
    const [a, b] = e.poses;
    expect(a!.torso - b!.torso).toBeGreaterThan(40);
    for (const p of [a!, b!]) {
      expect(jointFlexion(p).nearKnee).toBeGreaterThan(70);
      expect(p.hip[1] + WIDTH.thigh[0] / 2).toBeCloseTo(FLOOR_Y - seat.height, 0);
      expect(p.hip[0]).toBeGreaterThanOrEqual(seat.x);
      expect(p.hip[0]).toBeLessThanOrEqual(seat.x + seat.width);
    }
  });

  it('the standing hamstring stretch rests the near heel on the step and holds the rail', () => {
    const e = exercise('hamstring-standing-step');
    const step = e.scenery?.find((s) => s.kind === 'step');
    const rail = e.scenery?.find((s) => s.kind === 'rail');
    if (step?.kind !== 'step' || rail?.kind !== 'rail') throw new Error('no step or rail');
    for (const p of e.poses) {
      const j = solveJoints(p);
      expect(j.nearHeel[1]).toBeCloseTo(FLOOR_Y - step.height, 0);
      expect(j.nearHeel[0]).toBeGreaterThanOrEqual(step.x);
      expect(j.nearHeel[0]).toBeLessThanOrEqual(step.x + step.width);
      expect(Math.hypot(hand(j.farWrist, j.farFingers)[0] - rail.x, hand(j.farWrist, j.farFingers)[1] - (FLOOR_Y - rail.height))).toBeLessThan(4);
    }
  });

  it('the standing hip-flexor stretch has the near leg behind, its heel up', () => {
    for (const p of exercise('standing-hip-flexor').poses) {
      const j = solveJoints(p);
      expect(j.nearAnkle[0]).toBeLessThan(j.hip[0] - 15);
      expect(j.farAnkle[0]).toBeGreaterThan(j.hip[0] + 10);
      expect(j.nearHeel[1]).toBeLessThan(FLOOR_Y - 2);
    }
  });

  it('the lean-forward rest holds the rail in both pictures and tips the chest forward', () => {
    const e = exercise('lean-forward-rest');
    const rail = e.scenery?.find((s) => s.kind === 'rail');
    if (rail?.kind !== 'rail') throw new Error('no rail');
    const top = FLOOR_Y - rail.height;
    for (const p of e.poses) {
      const j = solveJoints(p);
      for (const h of [hand(j.nearWrist, j.nearFingers), hand(j.farWrist, j.farFingers)]) expect(Math.hypot(h[0] - rail.x, h[1] - top)).toBeLessThan(4);
    }
    expect(pose(e, 0).torso - pose(e, 1).torso).toBeGreaterThan(30);
  });
});
