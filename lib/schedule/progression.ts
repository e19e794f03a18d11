// Progression: the next dose (hold seconds or reps) of one exercise from how recent sessions
// felt. Small steps up after easy sessions, one step back on hard ones, high tightness or a
// flare, always between a floor under the base dose and the exercise's ceiling.
import type { Dose } from '@/lib/content/types';
import type { DayKey, Effort } from '@/lib/db/types';

export interface DoseHistoryEntry {
  readonly day: DayKey;
  readonly effort?: Effort;
  readonly tightness?: number;
}

export interface NextDoseInput {
  readonly exerciseId: string;
  /** The content's dose; its hold seconds (hold) or reps (reps) are what progress. */
  readonly base: Dose;
  /** Highest amount progression may reach. */
  readonly ceiling: number;
  /** Amount per step; defaults to 5 s for holds and 1 rep for reps. */
  readonly step?: number;
  /** This exercise's rated sessions, oldest first (sorted here anyway). */
  readonly history: readonly DoseHistoryEntry[];
  readonly flareDays: readonly DayKey[];
  /** An amount the person pinned: used as is, progression stays out of the way. */
  readonly pinned?: number;
  /** The amount the latest session in `history` used; the base amount when absent. Not the
   *  previous answer of nextDose: feeding that back with the same history would step twice. */
  readonly current?: number;
}

export type DoseReason = 'pinned' | 'no-history' | 'easy-twice' | 'steady' | 'hard' | 'tight' | 'flare';

export interface DoseDecision {
  readonly amount: number;
  readonly reason: DoseReason;
}

/** Tightness (0–10) after a session at or above which the next one eases off. */
export const TIGHTNESS_BACK_OFF = 7;

export const baseAmount = (dose: Dose): number => (dose.kind === 'hold' ? dose.holdSeconds : dose.reps);
export const defaultStep = (dose: Dose): number => (dose.kind === 'hold' ? 5 : 1);

const smallestAmount = (dose: Dose): number => (dose.kind === 'hold' ? 5 : 1);

/** The lowest amount progression may back off to: two steps under the base, at least 5 s / 1 rep. */
export function doseFloor(base: Dose, step: number = defaultStep(base)): number {
  return Math.max(smallestAmount(base), baseAmount(base) - 2 * step);
}

const isEasy = (s: DoseHistoryEntry): boolean =>
  s.effort === 'easy' && (s.tightness === undefined || s.tightness < TIGHTNESS_BACK_OFF);

/**
 * The dose for the next session, with why. `current` is what the latest session used (its
 * planned amount), not a stored recommendation, so the answer is the same however often it is
 * asked; ask when the next session is about to start, so a flare marked since counts.
 *
 * Rules, checked in order:
 * 1. pinned wins;
 * 2. the latest session was hard, or tightness after it was ≥ 7, or a flare day fell on or
 *    after its day → one step back;
 * 3. the latest run of easy sessions (not broken by a flare day) has an even length ≥ 2 → one
 *    step up. Counting pairs means easy, easy → up; a third easy waits for a fourth;
 * 4. otherwise (right, unrated, or a lone easy) → unchanged.
 * The result stays within [doseFloor, ceiling].
 */
export function doseDecision(input: NextDoseInput): DoseDecision {
  if (input.pinned !== undefined) return { amount: input.pinned, reason: 'pinned' };
  const step = input.step ?? defaultStep(input.base);
  const floor = doseFloor(input.base, step);
  const clamp = (n: number): number => Math.min(input.ceiling, Math.max(floor, n));
  const current = input.current ?? baseAmount(input.base);

  const history = [...input.history].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const last = history.at(-1);
  if (!last) return { amount: clamp(current), reason: 'no-history' };

  const flareOnOrAfter = (day: DayKey): boolean => input.flareDays.some((f) => f >= day);
  if (flareOnOrAfter(last.day)) return { amount: clamp(current - step), reason: 'flare' };
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
  if (run >= 2 && run % 2 === 0) return { amount: clamp(current + step), reason: 'easy-twice' };
  return { amount: clamp(current), reason: 'steady' };
}

/** The amount (hold seconds or reps) for the next session; see doseDecision for the rules. */
export function nextDose(input: NextDoseInput): number {
  return doseDecision(input).amount;
}
