// The drawn figures must look like a person doing the exercise: resting on the floor (not
// floating, not sinking), joints bending the way joints bend, props actually touched.

import { describe, expect, it } from 'vitest';
import { exercises } from '@/lib/content';
import type { Exercise, Pose } from '@/lib/content/types';
import { FLOOR_Y, LIMB_WIDTH, VIEWBOX_WIDTH, jointFlexion, lowestY, solveJoints } from '@/lib/figure/skeleton';
import { loopTimeline } from '@/lib/figure/timeline';

const table = exercises.map((e): [string, Exercise] => [e.id, e]);

/** Generous human ranges in degrees; positive is flexion. */
const RANGE = {
  knee: [-3, 160],
  elbow: [-3, 160],
  hip: [-45, 150],
  neck: [-30, 40],
  ankle: [-95, 45],
} as const;

function within(value: number, [lo, hi]: readonly [number, number]) {
  return value >= lo && value <= hi;
}

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

describe.each(table)('%s figure', (_id, e) => {
  it('rests on the floor in every key pose', () => {
    for (const p of e.poses) {
      expect(lowestY(p)).toBeGreaterThanOrEqual(FLOOR_Y - 0.5);
      expect(lowestY(p)).toBeLessThanOrEqual(FLOOR_Y + 0.5);
    }
  });

  it('never sinks into the floor while moving between poses', () => {
    for (const frame of loopTimeline(e.poses).frames) expect(lowestY(frame)).toBeLessThanOrEqual(FLOOR_Y + 1.5);
  });

  it('bends joints only the way they bend', () => {
    e.poses.forEach((p, i) => {
      const f = jointFlexion(p);
      const where = `${e.id} pose ${i}`;
      expect(within(f.nearKnee, RANGE.knee) && within(f.farKnee, RANGE.knee), `${where} knees`).toBe(true);
      expect(within(f.nearElbow, RANGE.elbow) && within(f.farElbow, RANGE.elbow), `${where} elbows`).toBe(true);
      expect(within(f.nearHip, RANGE.hip) && within(f.farHip, RANGE.hip), `${where} hips`).toBe(true);
      expect(within(f.neck, RANGE.neck), `${where} neck`).toBe(true);
      expect(within(f.nearAnkle, RANGE.ankle) && within(f.farAnkle, RANGE.ankle), `${where} ankles`).toBe(true);
    });
  });

  it('stays inside the picture', () => {
    for (const p of e.poses) {
      for (const [x, y] of Object.values(solveJoints(p))) {
        expect(x).toBeGreaterThanOrEqual(5);
        expect(x).toBeLessThanOrEqual(VIEWBOX_WIDTH - 5);
        expect(y).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('actually moves between key poses', () => {
    const shapes = new Set(e.poses.map((p) => JSON.stringify(p)));
    expect(shapes.size).toBeGreaterThanOrEqual(2);
  });
});

describe.each(table.filter(([, e]) => !e.needsFloor))('%s, a no-floor exercise,', (_id, e) => {
  const seat = e.scenery?.find((s) => s.kind === 'seat');
  it(seat ? 'is drawn sitting on its seat' : 'is drawn standing', () => {
    for (const p of e.poses) {
      if (seat?.kind !== 'seat') {
        expect(p.hip[1]).toBeLessThan(FLOOR_Y - 40);
        continue;
      }
      // The underside of the thighs rests on the seat top, the hips over the seat.
      expect(p.hip[1] + LIMB_WIDTH / 2).toBeCloseTo(FLOOR_Y - seat.height, 0);
      expect(p.hip[0]).toBeGreaterThanOrEqual(seat.x);
      expect(p.hip[0]).toBeLessThanOrEqual(seat.x + seat.width);
    }
  });
});

describe('what each figure shows', () => {
  it('bird-dog reaches the near arm with the far leg, then the far arm with the near leg', () => {
    const e = exercise('bird-dog');
    const reachesWith = (p: Pose) => {
      const j = solveJoints(p);
      return {
        nearArm: j.nearWrist[0] > j.shoulder[0] + 20,
        farArm: j.farWrist[0] > j.shoulder[0] + 20,
        nearLeg: j.nearAnkle[0] < j.hip[0] - 40 && j.nearAnkle[1] < FLOOR_Y - 10,
        farLeg: j.farAnkle[0] < j.hip[0] - 40 && j.farAnkle[1] < FLOOR_Y - 10,
      };
    };
    expect(reachesWith(pose(e, 0))).toEqual({ nearArm: false, farArm: false, nearLeg: false, farLeg: false });
    expect(reachesWith(pose(e, 1))).toEqual({ nearArm: true, farArm: false, nearLeg: false, farLeg: true });
    expect(reachesWith(pose(e, 3))).toEqual({ nearArm: false, farArm: true, nearLeg: true, farLeg: false });
  });

  it('the default plank rests on forearms and knees, in one straight line from head to knees', () => {
    for (const p of exercise('forearm-plank').poses) {
      const j = solveJoints(p);
      const f = jointFlexion(p);
      expect(j.nearKnee[1] + LIMB_WIDTH / 2).toBeCloseTo(FLOOR_Y, 0);
      expect(j.nearElbow[1] + LIMB_WIDTH / 2).toBeCloseTo(FLOOR_Y, 0);
      expect(Math.abs(f.nearHip)).toBeLessThan(5);
      expect(j.hip[1]).toBeLessThan(FLOOR_Y - 5);
    }
  });

  it('the plank holds still and breathes', () => {
    const [a, b] = exercise('forearm-plank').poses;
    expect(a && b).toBeTruthy();
    expect({ ...a, breath: 0 }).toEqual({ ...b, breath: 0 });
    expect(a?.breath).not.toBe(b?.breath);
  });

  it('the half-kneeling stretch moves the pelvis forward over a planted knee', () => {
    const [a, b] = exercise('half-kneeling-hip-flexor').poses.map(solveJoints);
    expect(b!.hip[0] - a!.hip[0]).toBeGreaterThan(5);
    expect(b!.farKnee[0]).toBeCloseTo(a!.farKnee[0], 0);
    expect(b!.nearAnkle[0]).toBeCloseTo(a!.nearAnkle[0], 0);
  });

  it('the lying hamstring stretch raises a straight leg', () => {
    const last = pose(exercise('hamstring-lying-strap'), 1);
    expect(Math.abs(jointFlexion(last).nearKnee)).toBeLessThan(10);
    expect(jointFlexion(last).nearHip).toBeGreaterThan(60);
  });

  it('knees-to-chest brings the knees toward the chest', () => {
    const [a, b] = exercise('knees-to-chest').poses.map(jointFlexion);
    expect(b!.nearHip).toBeGreaterThan(a!.nearHip + 45);
    expect(b!.nearHip).toBeGreaterThan(110);
  });

  it('the glute bridge lifts the hips while shoulders and feet stay put', () => {
    const [a, b] = exercise('glute-bridge').poses.map(solveJoints);
    expect(a!.hip[1] - b!.hip[1]).toBeGreaterThan(8);
    expect(b!.shoulder[1]).toBeCloseTo(a!.shoulder[1], 0);
    expect(b!.nearAnkle[0]).toBeCloseTo(a!.nearAnkle[0], 0);
    expect(b!.nearAnkle[1]).toBeCloseTo(a!.nearAnkle[1], 0);
  });

  it('the seated forward fold sits on a chair or bench, feet flat, and hinges the torso forward', () => {
    const e = exercise('seated-forward-fold');
    expect(e.scenery?.some((s) => s.kind === 'seat')).toBe(true);
    const [a, b] = e.poses;
    expect(a!.torso - b!.torso).toBeGreaterThan(40);
    for (const p of [a!, b!]) {
      expect(jointFlexion(p).nearKnee).toBeGreaterThan(70);
      expect(solveJoints(p).nearAnkle[1] + LIMB_WIDTH / 2).toBeCloseTo(FLOOR_Y, 0);
    }
  });

  it('the standing hamstring stretch rests a heel on the step', () => {
    const e = exercise('hamstring-standing-step');
    const step = e.scenery?.find((s) => s.kind === 'step');
    if (step?.kind !== 'step') throw new Error('no step');
    for (const p of e.poses) {
      const ankle = solveJoints(p).nearAnkle;
      expect(ankle[1] + LIMB_WIDTH / 2).toBeCloseTo(FLOOR_Y - step.height, 0);
      expect(ankle[0]).toBeGreaterThanOrEqual(step.x);
      expect(ankle[0]).toBeLessThanOrEqual(step.x + step.width);
    }
  });

  it('the lean-forward rest ends with hands on the rail', () => {
    const e = exercise('lean-forward-rest');
    const rail = e.scenery?.find((s) => s.kind === 'rail');
    if (rail?.kind !== 'rail') throw new Error('no rail');
    const j = solveJoints(pose(e, e.poses.length - 1));
    const top = FLOOR_Y - rail.height;
    for (const wrist of [j.nearWrist, j.farWrist]) {
      expect(Math.abs(wrist[0] - rail.x)).toBeLessThan(4);
      expect(top - wrist[1]).toBeGreaterThan(0);
      expect(top - wrist[1]).toBeLessThan(5);
    }
  });
});
