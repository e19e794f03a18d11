// The guided walking test (a self-paced walking test): its record, the running test kept in
// the key-value table, and the limits both are held to. Timing rules live in lib/walks.
import type { DayKey } from './records';
import { isRecordDay, isRecordInstant, isTightness, isWholeIn, type WholeRange } from './limits';
import { defineVersioned, isFiniteNumber, isPlainObject } from './versioned';

/** The test ends by itself at 30 minutes: longer walks say no more about tolerance. */
export const WALK_TEST_MAX_MS = 30 * 60_000;
/** A test ended sooner than this was a slip of the finger: it is discarded, not saved. */
export const WALK_TEST_MIN_MS = 10_000;
/** A stored total may run this far past 30 minutes (clock rounding on another device). */
export const WALK_TEST_TOLERANCE_MS = 5_000;
/** Steps counted during a test (point 2 of issue 15): up to 250 a minute for 30 minutes. */
export const WALK_TEST_STEPS = { min: 0, max: 7_500 } as const satisfies WholeRange;
/** Steps per minute. */
export const WALK_TEST_CADENCE = { min: 0, max: 250 } as const satisfies WholeRange;
/** A step length a person enters, in centimetres. */
export const STEP_LENGTH_CM = { min: 30, max: 120 } as const satisfies WholeRange;

/** What made the person stop. */
export const WALK_TEST_END_REASONS = ['back', 'legs', 'tired', 'time-up', 'other'] as const;
export type WalkTestEndReason = (typeof WALK_TEST_END_REASONS)[number];

/** What eased the symptoms afterwards. */
export const WALK_TEST_EASED = ['leaning', 'sitting', 'both', 'neither'] as const;
export type WalkTestEased = (typeof WALK_TEST_EASED)[number];

export interface WalkTest {
  readonly id: string;
  /** Epoch ms of the Start tap. */
  readonly startedAt: number;
  /** Epoch ms the test ended: the stop tap, or startedAt + 30 minutes. */
  readonly endedAt: number;
  /** The day it counts for (localDayKey of startedAt). */
  readonly day: DayKey;
  /** Walking time, endedAt − startedAt. */
  readonly totalMs: number;
  /** Time to the first symptom ("Tightness starts now"); null when it never came. */
  readonly symptomAtMs: number | null;
  readonly endReason: WalkTestEndReason;
  readonly eased?: WalkTestEased;
  /** Tightness when the test ended, 0–10. */
  readonly tightness?: number;
  /** Point 2: steps and cadence from the phone's motion sensors, and the person's step length. */
  readonly steps?: number;
  readonly cadence?: number;
  readonly stepLengthCm?: number;
  readonly updatedAt?: number;
}

/** Whether a total walking time is one a test can have: at least 10 s, at most 30 min (+ tolerance). */
export const isWalkTestTotal = (ms: unknown): ms is number =>
  isFiniteNumber(ms) && ms >= WALK_TEST_MIN_MS && ms <= WALK_TEST_MAX_MS + WALK_TEST_TOLERANCE_MS;

const oneOf =
  <const T extends string>(options: readonly T[]) =>
  (v: unknown): v is T =>
    (options as readonly unknown[]).includes(v);
export const isWalkTestEndReason = oneOf(WALK_TEST_END_REASONS);
export const isWalkTestEased = oneOf(WALK_TEST_EASED);

/**
 * Why a walking-test record cannot be kept, or [] when it can: the same rules the backup
 * schema holds files to (lib/backup/schema.ts words them for people).
 */
export function walkTestProblems(t: WalkTest): string[] {
  const problems: string[] = [];
  if (typeof t.id !== 'string' || t.id === '') problems.push('id is empty');
  if (!isRecordInstant(t.startedAt)) problems.push('startedAt is not a time in the years records fall in');
  if (!isRecordInstant(t.endedAt)) problems.push('endedAt is not a time in the years records fall in');
  if (!isRecordDay(t.day)) problems.push('day is not a date');
  if (!isWalkTestTotal(t.totalMs)) problems.push('totalMs is not from 10 seconds to 30 minutes');
  else if (isFiniteNumber(t.startedAt) && isFiniteNumber(t.endedAt) && Math.abs(t.endedAt - t.startedAt - t.totalMs) > 1_000) problems.push('totalMs does not match startedAt and endedAt');
  if (t.symptomAtMs !== null && !(isFiniteNumber(t.symptomAtMs) && t.symptomAtMs >= 0 && t.symptomAtMs <= t.totalMs)) problems.push('symptomAtMs is not within the test');
  if (!isWalkTestEndReason(t.endReason)) problems.push('endReason is unknown');
  if (t.eased !== undefined && !isWalkTestEased(t.eased)) problems.push('eased is unknown');
  if (t.tightness !== undefined && !isTightness(t.tightness)) problems.push('tightness is not a whole number from 0 to 10');
  if (t.steps !== undefined && !isWholeIn(t.steps, WALK_TEST_STEPS)) problems.push('steps out of range');
  if (t.cadence !== undefined && !isWholeIn(t.cadence, WALK_TEST_CADENCE)) problems.push('cadence out of range');
  if (t.stepLengthCm !== undefined && !isWholeIn(t.stepLengthCm, STEP_LENGTH_CM)) problems.push('step length out of range');
  return problems;
}

/** The test under way, as kept in the key-value table so a reload or a locked phone keeps it. */
export interface ActiveWalkTest {
  readonly id: string;
  readonly startedAt: number;
  /** The "Tightness starts now" tap; null until then. */
  readonly symptomAt: number | null;
  /** The "I have to stop" tap, or the 30-minute end once seen; null while walking. */
  readonly stoppedAt: number | null;
  /** The last five-minute prompt given (5, 10, …), 0 before the first. */
  readonly promptedMinute: number;
  /** Step counting, when the person asked for it: how it went, the steps counted so far (kept
   *  every few seconds, so a reload loses few) and the step length they gave. */
  readonly motion?: WalkTestMotion;
}

/** counting: readings arrive; refused: permission denied; missing: no sensor or no readings; stopped: readings stopped mid-test. */
export const MOTION_STATES = ['counting', 'refused', 'missing', 'stopped'] as const;
export type MotionState = (typeof MOTION_STATES)[number];

export interface WalkTestMotion {
  readonly state: MotionState;
  readonly steps: number;
  /** Milliseconds of the test with readings, for the cadence. */
  readonly sampledMs: number;
  /** When the readings stopped (epoch ms), for a sensor that stopped mid-test. */
  readonly stoppedAt?: number;
  readonly stepLengthCm?: number;
}

function parseMotion(value: unknown): WalkTestMotion | undefined {
  if (!isPlainObject(value)) return undefined;
  const { state, steps, sampledMs, stoppedAt, stepLengthCm } = value;
  if (!(MOTION_STATES as readonly unknown[]).includes(state) || !isWholeIn(steps, WALK_TEST_STEPS) || !isFiniteNumber(sampledMs) || sampledMs < 0) return undefined;
  return {
    state: state as MotionState,
    steps,
    sampledMs,
    ...(isFiniteNumber(stoppedAt) ? { stoppedAt } : {}),
    ...(isWholeIn(stepLengthCm, STEP_LENGTH_CM) ? { stepLengthCm } : {}),
  };
}

export function parseActiveWalkTest(value: unknown): ActiveWalkTest | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, startedAt, symptomAt, stoppedAt, promptedMinute } = value;
  if (typeof id !== 'string' || id === '' || !isFiniteNumber(startedAt)) return undefined;
  const after = (v: unknown): v is number | null => v === null || (isFiniteNumber(v) && v >= startedAt);
  if (!after(symptomAt) || !after(stoppedAt)) return undefined;
  const motion = parseMotion(value.motion);
  return { id, startedAt, symptomAt, stoppedAt, promptedMinute: isWholeIn(promptedMinute, { min: 0, max: 30 }) ? promptedMinute : 0, ...(motion ? { motion } : {}) };
}

export const ACTIVE_WALK_TEST_RECORD = defineVersioned<ActiveWalkTest>({ label: 'walking test in progress', version: 1, migrations: [], parse: parseActiveWalkTest });
