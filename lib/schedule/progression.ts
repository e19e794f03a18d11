// Progression: the next dose (hold seconds or reps) of one exercise from how recent sessions
// felt. Small steps up after easy sessions, one step back on hard ones, high tightness or an
// exercise rated too hard, two after a flare, always between a floor under the base dose and
// the exercise's ceiling (30 s at most for a stretch; even for alternating sides).
import type { Dose } from '@/lib/content/types';
import type { DayKey, Effort } from '@/lib/model';

export interface DoseHistoryEntry {
  readonly day: DayKey;
  readonly effort?: Effort;
  readonly tightness?: number;
  /** Part of this exercise was skipped in that session: an easy rating does not raise it. */
  readonly skipped?: boolean;
  /** The person rated this exercise too hard in that session. */
  readonly tooHard?: boolean;
}

export interface NextDoseInput {
  readonly exerciseId: string;
  /** The content's dose; its hold seconds (hold) or reps (reps) are what progress. */
  readonly base: Dose;
  /** Highest amount progression may reach. */
  readonly ceiling: number;
  /** A stretch: its hold never goes above STRETCH_HOLD_CAP, whatever the ceiling says. */
  readonly stretch?: boolean;
  /** Amount per step; defaults to 5 s for holds, 2 reps for alternating sides, else 1 rep. */
  readonly step?: number;
  /** This exercise's rated sessions, oldest first (sorted here anyway). */
  readonly history: readonly DoseHistoryEntry[];
  readonly flareDays: readonly DayKey[];
  /** An amount the person pinned: used as is (within the stretch cap and even sides). */
  readonly pinned?: number;
  /** The amount the latest session in `history` used; the base amount when absent. Not the
   *  previous answer of nextDose: feeding that back with the same history would step twice. */
  readonly current?: number;
}

export type DoseReason = 'pinned' | 'no-history' | 'easy-twice' | 'at-most' | 'steady' | 'hard' | 'too-hard' | 'tight' | 'flare';

export interface DoseDecision {
  readonly amount: number;
  readonly reason: DoseReason;
}

/** Tightness (0–10) after a session at or above which the next one eases off. */
export const TIGHTNESS_BACK_OFF = 7;

/** Longest stretch hold, in seconds: holding a stretch longer adds nothing for flexibility. */
export const STRETCH_HOLD_CAP = 30;

/** Steps back after a flare day (one after a hard session). */
export const FLARE_STEPS_BACK = 2;

export const baseAmount = (dose: Dose): number => (dose.kind === 'hold' ? dose.holdSeconds : dose.reps);

/** Reps alternating left and right: the amount stays even so both sides get the same count. */
export const isAlternatingReps = (dose: Dose): boolean => dose.kind === 'reps' && dose.sides === 'alternating';

export const defaultStep = (dose: Dose): number => (dose.kind === 'hold' ? 5 : isAlternatingReps(dose) ? 2 : 1);

const smallestAmount = (dose: Dose): number => (dose.kind === 'hold' ? 5 : isAlternatingReps(dose) ? 2 : 1);

const evenDown = (n: number): number => 2 * Math.floor(n / 2);
const evenUp = (n: number): number => 2 * Math.ceil(n / 2);

/** The lowest amount progression may back off to: two steps under the base, at least 5 s / 1 rep
 *  (2 reps, and even, for alternating sides). */
export function doseFloor(base: Dose, step: number = defaultStep(base)): number {
  const floor = Math.max(smallestAmount(base), baseAmount(base) - 2 * step);
  return isAlternatingReps(base) ? evenUp(floor) : floor;
}

/** The highest amount progression (or a pin) may reach: the ceiling, 30 s for a stretch hold,
 *  and even for alternating sides. */
export function doseCeiling(base: Dose, ceiling: number, stretch = false): number {
  const capped = stretch && base.kind === 'hold' ? Math.min(ceiling, STRETCH_HOLD_CAP) : ceiling;
  return isAlternatingReps(base) ? evenDown(capped) : capped;
}

const isEasy = (s: DoseHistoryEntry): boolean =>
  s.effort === 'easy' && !s.skipped && !s.tooHard && (s.tightness === undefined || s.tightness < TIGHTNESS_BACK_OFF);

/**
 * The dose for the next session, with why. `current` is what the latest session used (its
 * planned amount), not a stored recommendation, so the answer is the same however often it is
 * asked; ask when the next session is about to start, so a flare marked since counts.
 *
 * Rules, checked in order:
 * 1. pinned wins (kept under the stretch cap and even for alternating sides);
 * 2. a flare day fell on or after the latest session's day → two steps back;
 * 3. the person rated this exercise too hard in the latest session → one step back;
 * 4. the latest session was hard, or tightness after it was ≥ 7 → one step back;
 * 5. the latest run of easy sessions (not broken by a flare day, and in which this exercise
 *    was neither skipped nor rated too hard) has an even length ≥ 2 → one step up. Counting
 *    pairs means easy, easy → up; a third easy waits for a fourth. Already at the top:
 *    unchanged, reason 'at-most';
 * 6. otherwise (right, unrated, skipped, or a lone easy) → unchanged.
 * The result stays within [doseFloor, doseCeiling]; for alternating sides it is even (an odd
 * amount from before this rule rounds down).
 */
export function doseDecision(input: NextDoseInput): DoseDecision {
  const step = input.step ?? defaultStep(input.base);
  const floor = doseFloor(input.base, step);
  const ceiling = doseCeiling(input.base, input.ceiling, input.stretch);
  const even = (n: number): number => (isAlternatingReps(input.base) ? evenDown(n) : n);
  const clamp = (n: number): number => Math.min(ceiling, Math.max(floor, even(n)));
  if (input.pinned !== undefined) {
    // The person's own amount, except where it would break the stretch cap or even sides.
    const pinCap = doseCeiling(input.base, Number.POSITIVE_INFINITY, input.stretch);
    return { amount: Math.max(smallestAmount(input.base), Math.min(pinCap, even(input.pinned))), reason: 'pinned' };
  }
  const current = input.current ?? baseAmount(input.base);

  const history = [...input.history].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const last = history.at(-1);
  if (!last) return { amount: clamp(current), reason: 'no-history' };

  const flareOnOrAfter = (day: DayKey): boolean => input.flareDays.some((f) => f >= day);
  if (flareOnOrAfter(last.day)) return { amount: clamp(current - FLARE_STEPS_BACK * step), reason: 'flare' };
  if (last.tooHard) return { amount: clamp(current - step), reason: 'too-hard' };
  if (last.effort === 'hard') return { amount: clamp(current - step), reason: 'hard' };
  if (last.tightness !== undefined && last.tightness >= TIGHTNESS_BACK_OFF) {
    return { amount: clamp(current - step), reason: 'tight' };
  }

  let run = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const session = history[i];
    if (!session || !isEasy(session) || flareOnOrAfter(session.day)) break;
    run++;
  }
  if (run >= 2 && run % 2 === 0) {
    // A step up is due, but the ceiling (or a stretch's 30 s) is reached: say so, not "up".
    const up = clamp(current + step);
    return { amount: up, reason: up > clamp(current) ? 'easy-twice' : 'at-most' };
  }
  return { amount: clamp(current), reason: 'steady' };
}

/** The amount (hold seconds or reps) for the next session; see doseDecision for the rules. */
export function nextDose(input: NextDoseInput): number {
  return doseDecision(input).amount;
}
