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
  /**
   * Stay until the tightness settles, not for a set time: `holdSeconds` is then the most the
   * player waits before moving on, and the person carries on sooner whenever they are ready.
   */
  readonly untilSettled?: true;
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
 * What an exercise is for, which decides how it progresses: a stretch (flexibility; its hold
 * never goes past 30 s, longer adds nothing), strength (holds and reps may grow), or a relief
 * position (a rest for tightness, not a flexibility stretch).
 */
export type ExerciseKind = 'stretch' | 'strength' | 'relief';

/**
 * One key pose of the drawn figure, seen from the side, in degrees. Angles are absolute
 * (0 = pointing right along the floor, 90 = straight up, screen y grows downward is handled
 * by the renderer). "near" limbs are drawn in front, "far" limbs behind.
 */
export interface Pose {
  /** Hip joint position in the 200×120 figure box, floor at y = 110. */
  readonly hip: readonly [number, number];
  /** The chest, from the waist to the shoulders. */
  readonly torso: number;
  /** The lower back, from the hips to the waist; the same as `torso` unless the back bends. */
  readonly lowerBack?: number;
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
  /** Absolute hand angles (wrist to fingertips). Default: straight on from the forearm. */
  readonly nearHand?: number;
  readonly farHand?: number;
  /** 0–1: how full the chest is, for a visible breath in held poses. Default 0. */
  readonly breath?: number;
}

/**
 * Things drawn with the figure: a mat under a floor exercise, a cushion under a knee, a step
 * on the floor, a rail (or post) to hold or lean on, a wall, a chair (its back on the side
 * away from the way the person faces), a strap from the hands to a foot. Positions are in the
 * same 200×120 box as poses.
 */
export type Scenery =
  | { readonly kind: 'mat'; readonly x: number; readonly width: number }
  | { readonly kind: 'cushion'; readonly x: number; readonly width: number }
  | { readonly kind: 'step'; readonly x: number; readonly width: number; readonly height: number }
  | { readonly kind: 'rail'; readonly x: number; readonly height: number }
  | { readonly kind: 'wall'; readonly x: number }
  | { readonly kind: 'seat'; readonly x: number; readonly width: number; readonly height: number }
  | { readonly kind: 'strap'; readonly foot: 'near' | 'far' };

/** Things a person needs to hand for the default version of an exercise. */
export type Prop = 'mat' | 'cushion' | 'strap' | 'step' | 'chair' | 'support';

/** The body position an exercise is done in ('lying' = on your back), so routines can keep
 *  getting up and down rare. */
export type Position = 'standing' | 'sitting' | 'kneeling' | 'all-fours' | 'face-down' | 'lying';

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
  /** Who should not do it, or only with a doctor's or physiotherapist's go-ahead; shown first. */
  readonly caution?: string;
  readonly setup: string;
  readonly steps: readonly string[];
  readonly cues: readonly string[];
  readonly mistakes: readonly string[];
  readonly kind: ExerciseKind;
  readonly dose: Dose;
  /** Upper limit progression may reach (hold seconds or reps). */
  readonly ceiling: number;
  readonly easier: Variation;
  readonly harder: Variation;
  /**
   * Signs that mean stop now particular to this exercise. The shared stop signs
   * (lib/safety/stop-signs.ts) apply to every exercise and are shown with these.
   */
  readonly stopIf: readonly string[];
  /** Whether it needs the floor (mid-walk resets must not). */
  readonly needsFloor: boolean;
  readonly position: Position;
  /** What to have to hand for the default version; routine pages list them. */
  readonly props: readonly Prop[];
  /** false: progression never changes the dose (a rest you stay in until it settles). */
  readonly progresses?: false;
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
  /** In order; the time between them comes from their positions (lib/content/transitions.ts). */
  readonly exerciseIds: readonly string[];
}
