// What the player's figure shows at a moment of a session: the phase (get ready, work, rest,
// switch sides), the side, the rep and the time into the phase decide the pose, whether the
// picture is mirrored, which limbs are drawn strong (working) and which pale, and the breath.
// Pure, so the component only draws and the rules are table-tested.
//
// Seen from the side, a person facing right shows their right side to the viewer. So:
// - side 'right' (or none): not mirrored, the near limbs are the right ones;
// - side 'left': mirrored, the near limbs are the left ones.
// Each two-sided exercise's key poses are written with its working limb near (bird-dog: the
// near arm and the far leg reach), so both sides show the same movement, mirrored, and the
// limbs that work are the ones `sideMeaning` names.

import { sideMeaning, type Limb } from '@/lib/content/limbs';
import type { Exercise, Pose, Position } from '@/lib/content/types';
import type { PhaseKind, Side } from '@/lib/model';
import { FLOOR_Y, lowestY, poseBox } from './skeleton';
import { breathAt, easeInOut, loopPose } from './timeline';
import { interpolatePose } from './skeleton';
import { sceneBox } from './scene';
import type { Box } from './skeleton';

export type FigureExercise = Pick<Exercise, 'id' | 'poses' | 'position' | 'scenery' | 'loopSeconds' | 'dose'>;

export const ALL_LIMBS: readonly Limb[] = ['left-arm', 'right-arm', 'left-leg', 'right-leg'];

/** A calm breath: about ten a minute while resting, a little quicker while working. */
export const REST_BREATH_MS = 6000;
export const HOLD_BREATH_MS = 5000;

export type FigureMoment = 'start' | 'moving-in' | 'hold' | 'moving-out' | 'rest' | 'loop';

export interface PlayerFigureInput {
  readonly exercise: FigureExercise;
  readonly kind: PhaseKind;
  readonly side: Side;
  /** Timed rep phases: 1-based rep (for alternating work the side already alternates with it). */
  readonly rep?: number;
  /** Active time into the phase. */
  readonly elapsedMs: number;
  /** The phase's length; null when it is untimed (ends with "Rep done"). */
  readonly durationMs: number | null;
}

export interface PlayerFigureFrame {
  readonly pose: Pose;
  readonly mirrored: boolean;
  /** Which body side faces the viewer (drawn in front). */
  readonly nearSide: 'left' | 'right';
  /** Limbs drawn in the strong colour; the others are drawn pale. */
  readonly working: readonly Limb[];
  readonly moment: FigureMoment;
  /** A breathing cue is shown (the chest rises and falls, and the picture says so). */
  readonly breathing: boolean;
}

// Rest poses, written around x = 100 and placed under each exercise's own figure.
const CHILDS_POSE: Pose = {
  hip: [77.3, 94.3], torso: -14, lowerBack: 12, head: -40, nearUpperArm: -32.9, nearForearm: 7.3, nearHand: -2,
  farUpperArm: -32.9, farForearm: 7.3, farHand: -2, nearThigh: -22, nearShin: 183, nearFoot: 178, farThigh: -22, farShin: 183, farFoot: 178,
};
const LYING_STILL: Pose = {
  hip: [110, 101.4], torso: 180, lowerBack: 180, head: 190, nearUpperArm: -8, nearForearm: -3, farUpperArm: -8, farForearm: -3,
  nearThigh: 56, nearShin: -66, nearFoot: 0, farThigh: 56, farShin: -66, farFoot: 0,
};
const STANDING_EASY: Pose = {
  hip: [80, 57.5], torso: 90, head: 90, nearUpperArm: -93, nearForearm: -88, farUpperArm: -91, farForearm: -86,
  nearThigh: -90, nearShin: -90, farThigh: -90, farShin: -90,
};

/** The rest pose for each starting position: on the floor, child's pose or lying still; else standing or sitting easy. */
export const REST_POSE_OF: Readonly<Record<Position, Pose | 'first'>> = {
  'all-fours': CHILDS_POSE,
  kneeling: CHILDS_POSE,
  'face-down': CHILDS_POSE,
  lying: LYING_STILL,
  standing: STANDING_EASY,
  // Sitting rests sitting tall on the same seat: its first key pose.
  sitting: 'first',
};

/** The rest pose in words, for the picture's text alternative. */
export function restWords(position: Position): string {
  const pose = REST_POSE_OF[position];
  if (pose === CHILDS_POSE) return 'Rest: kneeling back in child’s pose, arms forward, breathing slowly.';
  if (pose === LYING_STILL) return 'Rest: lying still on your back, knees bent, breathing slowly.';
  if (pose === STANDING_EASY) return 'Rest: standing easy, breathing slowly.';
  return 'Rest: sitting tall, breathing slowly.';
}

/** The rest pose for an exercise, moved under its figure (centred on its key poses, on the floor). */
export function restPose(exercise: Pick<Exercise, 'poses' | 'position'>): Pose {
  const first = exercise.poses[0];
  const rest = REST_POSE_OF[exercise.position];
  if (rest === 'first' || !first) return first ?? STANDING_EASY;
  const keys = exercise.poses.map(poseBox);
  const centre = (Math.min(...keys.map((b) => b.x)) + Math.max(...keys.map((b) => b.x + b.width))) / 2;
  const own = poseBox(rest);
  const dx = centre - (own.x + own.width / 2);
  return { ...rest, hip: [rest.hip[0] + dx, rest.hip[1] + FLOOR_Y - lowestY(rest)] };
}

/** The box the player draws an exercise in: its key poses, its rest pose and its scenery. */
export function playerBox(exercise: FigureExercise): Box {
  return sceneBox([...exercise.poses, restPose(exercise)], exercise.scenery ?? []);
}

/** Which side faces the viewer, and whether the picture is mirrored, for a side. */
export function facing(side: Side): { mirrored: boolean; nearSide: 'left' | 'right' } {
  return side === 'left' ? { mirrored: true, nearSide: 'left' } : { mirrored: false, nearSide: 'right' };
}

/** Limbs drawn strong: the side's working limbs; every limb for an exercise without sides. */
export function workingLimbs(exerciseId: string, side: Side): readonly Limb[] {
  return sideMeaning(exerciseId, side)?.working ?? ALL_LIMBS;
}

function withBreath(pose: Pose, breath: number): Pose {
  return { ...pose, breath };
}

/** Move-in and move-out times of one timed work phase (a rep or a hold), in ms. */
export function moveTimes(durationMs: number, isRep: boolean): { inMs: number; outMs: number } {
  if (isRep) return { inMs: Math.min(1200, durationMs * 0.25), outMs: Math.min(1000, durationMs * 0.2) };
  return { inMs: Math.min(2000, durationMs * 0.15), outMs: Math.min(1500, durationMs * 0.1) };
}

/** The figure at `elapsedMs` into a phase. */
export function playerFigure(input: PlayerFigureInput): PlayerFigureFrame {
  const { exercise, kind, side, elapsedMs } = input;
  const { mirrored, nearSide } = facing(side);
  const start = exercise.poses[0] ?? STANDING_EASY;
  const target = exercise.poses[1] ?? start;
  const working = workingLimbs(exercise.id, side);
  const frame = (pose: Pose, moment: FigureMoment, breathing: boolean, limbs: readonly Limb[] = working): PlayerFigureFrame => ({
    pose,
    mirrored,
    nearSide,
    working: limbs,
    moment,
    breathing,
  });

  if (kind === 'rest') {
    // Nothing works during a rest: the whole body is drawn alike, breathing slowly.
    return frame(withBreath(restPose(exercise), breathAt(elapsedMs, REST_BREATH_MS)), 'rest', true, ALL_LIMBS);
  }
  if (kind === 'prepare' || kind === 'switch') {
    // The starting position of what comes next, on its side, still but for a calm breath.
    return frame(withBreath(start, breathAt(elapsedMs, REST_BREATH_MS) * 0.6), 'start', false);
  }

  // Work.
  if (input.durationMs === null) {
    // Untimed reps: the person sets the pace; loop through the key poses.
    const loopMs = exercise.loopSeconds * 1000;
    return frame(loopPose(exercise.poses, elapsedMs / loopMs) ?? start, 'loop', false);
  }
  const duration = input.durationMs;
  const isRep = input.rep !== undefined;
  const { inMs, outMs } = moveTimes(duration, isRep);
  const holdStart = inMs;
  const holdEnd = duration - outMs;
  if (elapsedMs < holdStart) {
    return frame(interpolatePose(start, target, easeInOut(elapsedMs / inMs)), 'moving-in', false);
  }
  if (elapsedMs <= holdEnd) {
    return frame(withBreath(target, breathAt(elapsedMs - holdStart, HOLD_BREATH_MS)), 'hold', true);
  }
  return frame(interpolatePose(target, start, easeInOut((elapsedMs - holdEnd) / outMs)), 'moving-out', false);
}

/**
 * The one still picture for a phase when motion is reduced: the start for get ready and
 * switch sides, the rest pose for a rest, the worked position for work.
 */
export function playerStill(input: Omit<PlayerFigureInput, 'elapsedMs'>): PlayerFigureFrame {
  const { exercise, kind, side } = input;
  const base = playerFigure({ ...input, elapsedMs: 0 });
  if (kind !== 'work') return { ...base, pose: withBreath(base.pose, 0) };
  const pose = exercise.poses[1] ?? exercise.poses[0] ?? STANDING_EASY;
  return { ...base, pose: withBreath(pose, 0), moment: 'hold', breathing: false, working: workingLimbs(exercise.id, side) };
}
