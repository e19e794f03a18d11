// The player's figure follows the engine: phase × side × rep × time → pose, mirroring and
// which limbs are drawn strong.
import { describe, expect, it } from 'vitest';
import { getExercise } from '@/lib/content';
import type { Limb } from '@/lib/content/limbs';
import type { Exercise, Pose } from '@/lib/content/types';
import type { PhaseKind, Side } from '@/lib/model';
import { drawFigure } from '@/lib/figure/draw';
import {
  ALL_LIMBS,
  playerBox,
  playerFigure,
  playerStill,
  restPose,
  restWords,
  type FigureMoment,
  type PlayerFigureFrame,
} from '@/lib/figure/player-pose';
import { FLOOR_Y, largestJointChange } from '@/lib/figure/skeleton';

function exercise(id: string): Exercise {
  const e = getExercise(id);
  if (!e) throw new Error(id);
  return e;
}

const birdDog = exercise('bird-dog');
const kneeling = exercise('half-kneeling-hip-flexor');
const plank = exercise('forearm-plank');
const strap = exercise('hamstring-lying-strap');
const step = exercise('hamstring-standing-step');
const fold = exercise('seated-forward-fold');

type Which = 'start' | 'target' | 'rest';
const poseOf = (e: Exercise, which: Which): Pose => (which === 'rest' ? restPose(e) : (e.poses[which === 'start' ? 0 : 1] as Pose));
const sansBreath = (p: Pose) => ({ ...p, breath: 0 });

function frame(e: Exercise, kind: PhaseKind, side: Side, elapsedMs: number, durationMs: number | null, rep?: number): PlayerFigureFrame {
  return playerFigure({ exercise: e, kind, side, rep, elapsedMs, durationMs });
}

describe('playerFigure: which pose, which way round, which limbs work', () => {
  it.each<[string, Exercise, PhaseKind, Side, number | undefined, number, number | null, Which, boolean, readonly Limb[], FigureMoment]>([
    // Bird-dog alternates: rep 1 is the left arm, rep 2 the right arm.
    ['bird-dog, rep 1 (left), mid-hold', birdDog, 'work', 'left', 1, 2500, 5000, 'target', true, ['left-arm', 'right-leg'], 'hold'],
    ['bird-dog, rep 2 (right), mid-hold', birdDog, 'work', 'right', 2, 2500, 5000, 'target', false, ['right-arm', 'left-leg'], 'hold'],
    ['bird-dog, get ready (first rep is left)', birdDog, 'prepare', 'left', undefined, 1000, 5000, 'start', true, ['left-arm', 'right-leg'], 'start'],
    ['bird-dog, rest between sets', birdDog, 'rest', 'left', undefined, 4000, 20000, 'rest', true, ALL_LIMBS, 'rest'],
    ['half-kneeling, left knee down, holding', kneeling, 'work', 'left', undefined, 15000, 30000, 'target', true, ['left-leg'], 'hold'],
    ['half-kneeling, right knee down, holding', kneeling, 'work', 'right', undefined, 15000, 30000, 'target', false, ['right-leg'], 'hold'],
    ['half-kneeling, switch sides to the right', kneeling, 'switch', 'right', undefined, 2000, 5000, 'start', false, ['right-leg'], 'start'],
    ['half-kneeling, get ready on the left', kneeling, 'prepare', 'left', undefined, 0, 5000, 'start', true, ['left-leg'], 'start'],
    ['strap, rest on the left side', strap, 'rest', 'left', undefined, 3000, 10000, 'rest', true, ALL_LIMBS, 'rest'],
    ['plank, no sides, holding', plank, 'work', null, undefined, 10000, 20000, 'target', false, ALL_LIMBS, 'hold'],
    ['plank, rest', plank, 'rest', null, undefined, 5000, 20000, 'rest', false, ALL_LIMBS, 'rest'],
    ['seated fold, rest sits tall on the chair', fold, 'rest', null, undefined, 5000, 10000, 'rest', false, ALL_LIMBS, 'rest'],
  ])('%s', (_name, e, kind, side, rep, elapsed, duration, which, mirrored, working, moment) => {
    const f = frame(e, kind, side, elapsed, duration, rep);
    expect(sansBreath(f.pose)).toEqual(sansBreath(poseOf(e, which)));
    expect(f.mirrored).toBe(mirrored);
    expect(f.nearSide).toBe(mirrored ? 'left' : 'right');
    expect([...f.working].sort()).toEqual([...working].sort());
    expect(f.moment).toBe(moment);
  });

  it.each<[number, FigureMoment]>([
    [0, 'moving-in'],
    [1000, 'moving-in'],
    [2500, 'hold'],
    [15000, 'hold'],
    [28400, 'hold'],
    [29000, 'moving-out'],
  ])('a 30 s hold at %i ms is %s', (ms, moment) => {
    expect(frame(kneeling, 'work', 'left', ms, 30000).moment).toBe(moment);
  });

  it.each<[number, FigureMoment]>([
    [300, 'moving-in'],
    [2500, 'hold'],
    [4500, 'moving-out'],
  ])('a 5 s bird-dog rep at %i ms is %s', (ms, moment) => {
    expect(frame(birdDog, 'work', 'right', ms, 5000, 2).moment).toBe(moment);
  });

  it('starts and ends each rep in the starting position, so reps join without a jump', () => {
    expect(sansBreath(frame(birdDog, 'work', 'right', 0, 5000, 2).pose)).toEqual(sansBreath(interpolated(birdDog, 0)));
    expect(largestJointChange(frame(birdDog, 'work', 'right', 5000, 5000, 2).pose, birdDog.poses[0] as Pose)).toBeLessThan(0.5);
  });

  it('breathes during a hold and a rest: the chest rises and falls', () => {
    const hold = [3000, 4000, 5000, 6000].map((ms) => frame(plank, 'work', null, ms, 20000).pose.breath ?? 0);
    expect(Math.max(...hold) - Math.min(...hold)).toBeGreaterThan(0.5);
    expect(frame(plank, 'work', null, 5000, 20000).breathing).toBe(true);
    const rest = [0, 1500, 3000].map((ms) => frame(plank, 'rest', null, ms, 20000).pose.breath ?? 0);
    expect(Math.max(...rest) - Math.min(...rest)).toBeGreaterThan(0.5);
  });

  it('loops through the key poses in untimed work', () => {
    const e = birdDog;
    const moments = [0, 2000, 4000, 6000].map((ms) => frame(e, 'work', null, ms, null));
    expect(new Set(moments.map((f) => f.moment))).toEqual(new Set(['loop']));
    expect(largestJointChange(moments[0]!.pose, moments[1]!.pose)).toBeGreaterThan(15);
  });
});

function interpolated(e: Exercise, i: number): Pose {
  return e.poses[i] as Pose;
}

describe('the drawn bird-dog: right and left reps reach with different limbs', () => {
  /** Horizontal reach forward of the body (the way the figure faces) and height off the floor, per limb. */
  function reach(f: PlayerFigureFrame) {
    const drawn = drawFigure(f, playerBox(birdDog));
    const forward = f.mirrored ? -1 : 1;
    const out: Record<string, { ahead: number; lifted: number }> = {};
    for (const l of [...drawn.behind, ...drawn.front]) {
      out[l.limb] = { ahead: (l.end[0] - l.root[0]) * forward, lifted: FLOOR_Y - l.end[1] };
    }
    return out;
  }
  it.each<[Side, number, Limb, Limb, Limb, Limb]>([
    ['right', 2, 'right-arm', 'left-leg', 'left-arm', 'right-leg'],
    ['left', 1, 'left-arm', 'right-leg', 'right-arm', 'left-leg'],
  ])('%s side (rep %i): %s and %s reach, %s and %s stay down', (side, rep, arm, leg, stillArm, stillLeg) => {
    const r = reach(frame(birdDog, 'work', side, 2500, 5000, rep));
    expect(r[arm]!.ahead).toBeGreaterThan(25);
    expect(r[arm]!.lifted).toBeGreaterThan(25);
    expect(r[leg]!.ahead).toBeLessThan(-35);
    expect(r[leg]!.lifted).toBeGreaterThan(15);
    expect(Math.abs(r[stillArm]!.ahead)).toBeLessThan(5);
    expect(r[stillArm]!.lifted).toBeLessThan(8);
    expect(r[stillLeg]!.lifted).toBeLessThan(8);
  });
});

describe('rest and switch pictures', () => {
  it.each(['bird-dog', 'half-kneeling-hip-flexor', 'forearm-plank', 'hamstring-lying-strap', 'glute-bridge', 'knees-to-chest', 'standing-hip-flexor', 'seated-forward-fold'])(
    '%s rests in a pose that differs from its work pose',
    (id) => {
      const e = exercise(id);
      const rest = frame(e, 'rest', null, 0, 10000).pose;
      const work = frame(e, 'work', null, 15000, 30000).pose;
      expect(largestJointChange(rest, work)).toBeGreaterThanOrEqual(15);
    },
  );

  it('kneels back into child’s pose after floor work on all fours and lies still after work on the back', () => {
    const child = restPose(birdDog);
    expect(child.nearThigh - child.nearShin).toBeLessThan(-150); // knees fully bent
    const lying = restPose(strap);
    expect(Math.abs(lying.torso - 180)).toBeLessThan(5);
    expect(restPose(step).torso).toBe(90);
  });

  it('a switch shows the mirror image of the other side’s start', () => {
    const left = frame(kneeling, 'switch', 'left', 0, 5000);
    const right = frame(kneeling, 'switch', 'right', 0, 5000);
    const box = playerBox(kneeling);
    const a = drawFigure(left, box);
    const b = drawFigure(right, box);
    const axis = box.x * 2 + box.width;
    expect(a.front[0].limb).toBe('left-leg');
    expect(b.front[0].limb).toBe('right-leg');
    expect(a.front[0].end[0]).toBeCloseTo(axis - b.front[0].end[0], 1);
    expect(a.front[0].end[1]).toBeCloseTo(b.front[0].end[1], 1);
  });
});

describe('playerStill: one picture per phase, no motion', () => {
  it.each<[PhaseKind, Which]>([
    ['prepare', 'start'],
    ['switch', 'start'],
    ['work', 'target'],
    ['rest', 'rest'],
  ])('%s shows the %s pose', (kind, which) => {
    const f = playerStill({ exercise: kneeling, kind, side: 'left', durationMs: 30000 });
    expect(f.pose).toEqual({ ...poseOf(kneeling, which), breath: 0 });
    expect(f.mirrored).toBe(true);
  });
});

describe('restWords', () => {
  it.each([
    ['all-fours', 'child’s pose'],
    ['lying', 'lying still'],
    ['standing', 'standing easy'],
    ['sitting', 'sitting tall'],
  ] as const)('%s rests %s', (position, words) => {
    expect(restWords(position)).toContain(words);
  });
});
