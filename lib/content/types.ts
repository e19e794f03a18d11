// The shape of exercise and routine content. Ids are stored in people's history, so they
// never change once shipped; everything else here may be reworded freely.

export type Sides = 'none' | 'each' | 'alternating';

/** A hold-based dose: hold for `holdSeconds`, `sets` times (per side when sides != none). */
export interface HoldDose {
  readonly kind: 'hold';
  readonly holdSeconds: number;
  readonly sets: number;
  readonly sides: Sides;
  readonly restSeconds: number;
}

/**
 * A rep-based dose: `reps` repetitions per set (per side when sides = each; in total,
 * alternating left/right, when sides = alternating). Each rep may include a short hold.
 * `secondsPerRep` is the estimated time one rep takes, hold included, for time estimates.
 */
export interface RepsDose {
  readonly kind: 'reps';
  readonly reps: number;
  readonly holdSeconds: number;
  readonly secondsPerRep: number;
  readonly sets: number;
  readonly sides: Sides;
  readonly restSeconds: number;
}

export type Dose = HoldDose | RepsDose;

/**
 * One key pose of the drawn figure, seen from the side, in degrees. Angles are absolute
 * (0 = pointing right along the floor, 90 = straight up, screen y grows downward is handled
 * by the renderer). "near" limbs are drawn in front, "far" limbs behind.
 */
export interface Pose {
  /** Hip joint position in the 200×120 figure box, floor at y = 110. */
  readonly hip: readonly [number, number];
  readonly torso: number;
  readonly head: number;
  readonly nearUpperArm: number;
  readonly nearForearm: number;
  readonly farUpperArm: number;
  readonly farForearm: number;
  readonly nearThigh: number;
  readonly nearShin: number;
  readonly farThigh: number;
  readonly farShin: number;
  /** Absolute foot angles (heel to toe). Default: at right angles to the shin, toes forward. */
  readonly nearFoot?: number;
  readonly farFoot?: number;
  /** 0–1: how full the chest is, for a visible breath in held poses. Default 0. */
  readonly breath?: number;
}

/**
 * Things drawn with the figure: a step or kerb on the floor, a rail (or cart handle) to lean
 * on, a strap from the hands to a foot. Positions are in the same 200×120 box as poses.
 */
export type Scenery =
  | { readonly kind: 'step'; readonly x: number; readonly width: number; readonly height: number }
  | { readonly kind: 'rail'; readonly x: number; readonly height: number }
  | { readonly kind: 'strap'; readonly foot: 'near' | 'far' };

export interface Variation {
  readonly name: string;
  readonly how: string;
}

export interface Exercise {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  /** Why it helps back tightness when walking, in one or two sentences. */
  readonly why: string;
  readonly setup: string;
  readonly steps: readonly string[];
  readonly cues: readonly string[];
  readonly mistakes: readonly string[];
  readonly dose: Dose;
  /** Upper limit progression may reach (hold seconds or reps). */
  readonly ceiling: number;
  readonly easier: Variation;
  readonly harder: Variation;
  /** Sensations that mean stop now. */
  readonly stopIf: readonly string[];
  /** Whether it needs the floor (mid-walk resets must not). */
  readonly needsFloor: boolean;
  /** Key poses the figure loops through (at least two), with a text alternative. */
  readonly poses: readonly Pose[];
  readonly poseLabels: readonly string[];
  readonly figureAlt: string;
  /** Seconds the figure spends moving through all poses once. */
  readonly loopSeconds: number;
  /** Optional things drawn with the figure (a step, a strap). */
  readonly scenery?: readonly Scenery[];
}

export interface Routine {
  readonly id: string;
  readonly name: string;
  readonly intent: string;
  readonly exerciseIds: readonly string[];
  /** Seconds to get ready before each exercise, and to switch sides. */
  readonly prepareSeconds: number;
  readonly switchSeconds: number;
}
