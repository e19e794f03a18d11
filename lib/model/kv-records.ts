// The small records kept in the key-value table (settings, the running session, onboarding,
// the walk in progress, reminder bookkeeping): each has a version and a parser, so a read
// never trusts what IndexedDB hands back. All are at version 1, the shape the first version
// stored (without a version field); a change adds a migration here and a fixture.
import { DEFAULT_SETTINGS, type Settings } from './records';
import { CONCERNS, EASES_LEANING, STARTER_CHOICES, TIMES_OF_DAY, type Onboarding } from './onboarding';
import type { ActiveSession, Phase, PhaseKind, PhaseResult, SessionState, SessionStatus } from './session';
import { defineVersioned, isFiniteNumber, isPlainObject } from './versioned';
import { isClockTime, isWalkMinutes } from './limits';

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';
const isWhole = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
function oneOf<const T extends string | number>(options: readonly T[]) {
  return (v: unknown): v is T => (options as readonly unknown[]).includes(v);
}
const isNullableFinite = (v: unknown): v is number | null => v === null || isFiniteNumber(v);

/** Each setting's check; a setting that fails falls back to its default, the rest are kept. */
const SETTING_CHECKS: { readonly [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  sound: isBoolean,
  voice: isBoolean,
  vibration: isBoolean,
  keepAwake: isBoolean,
  reducedMotion: oneOf(['system', 'reduce']),
  weekStartsOn: oneOf([0, 1]),
  rolloverHour: (v): v is number => isWhole(v, 0, 23),
  minimumPerDay: (v): v is number | null => v === null || isWhole(v, 0, Number.MAX_SAFE_INTEGER),
  emergencyRegion: (v): v is string | null => v === null || isString(v),
  emergencyNumber: (v): v is string | null => v === null || (isString(v) && /^\d{2,6}$/.test(v)),
};

function pick<K extends keyof Settings>(source: Readonly<Record<string, unknown>>, key: K): Settings[K] {
  const value = source[key];
  return SETTING_CHECKS[key](value) ? value : DEFAULT_SETTINGS[key];
}

/**
 * The settings a person chose, as stored: any subset (version 1 has always allowed that; the
 * first app versions stored only some). A setting that is missing or unreadable is left out,
 * so it follows the default, including a default a later version changes.
 */
export function parseChosenSettings(value: unknown): Partial<Settings> {
  const source = isPlainObject(value) ? value : {};
  const chosen: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of Object.keys(SETTING_CHECKS) as (keyof Settings)[]) {
    if (key in source && SETTING_CHECKS[key](source[key])) chosen[key] = source[key];
  }
  return chosen as Partial<Settings>;
}

/** Stored settings over the defaults: a missing or unreadable setting gets its default. */
export function parseSettings(value: unknown): Settings {
  const source = isPlainObject(value) ? value : {};
  return {
    sound: pick(source, 'sound'),
    voice: pick(source, 'voice'),
    vibration: pick(source, 'vibration'),
    keepAwake: pick(source, 'keepAwake'),
    reducedMotion: pick(source, 'reducedMotion'),
    weekStartsOn: pick(source, 'weekStartsOn'),
    rolloverHour: pick(source, 'rolloverHour'),
    minimumPerDay: pick(source, 'minimumPerDay'),
    emergencyRegion: pick(source, 'emergencyRegion'),
    emergencyNumber: pick(source, 'emergencyNumber'),
  };
}

export const SETTINGS_RECORD = defineVersioned<Settings>({ label: 'settings', version: 1, migrations: [], parse: parseSettings });
/** The same stored record, read as only what the person chose (for writing it back). */
export const CHOSEN_SETTINGS_RECORD = defineVersioned<Partial<Settings>>({ ...SETTINGS_RECORD, parse: parseChosenSettings });

/** When the first session asked about spoken cues (only its presence matters; kept per device). */
export const VOICE_ASKED_RECORD = defineVersioned<number>({ label: 'spoken cues question', version: 1, migrations: [], parse: (v) => (isFiniteNumber(v) ? v : undefined) });

const isConcern = oneOf(CONCERNS);
const isEasesLeaning = oneOf(EASES_LEANING);
const isStarter = oneOf(STARTER_CHOICES);
const isTimeOfDay = oneOf(TIMES_OF_DAY);

/** The welcome answers: when and whether skipped are required; an unreadable answer is left out. */
export function parseOnboarding(value: unknown): Onboarding | undefined {
  if (!isPlainObject(value)) return undefined;
  const { finishedAt, skipped, concern, easesLeaning, baselineMinutes, starter, timeOfDay, time, reminders } = value;
  if (!isFiniteNumber(finishedAt) || finishedAt < 0 || !isBoolean(skipped)) return undefined;
  return {
    finishedAt,
    skipped,
    ...(isConcern(concern) ? { concern } : {}),
    ...(isEasesLeaning(easesLeaning) ? { easesLeaning } : {}),
    ...(isWalkMinutes(baselineMinutes) ? { baselineMinutes } : {}),
    ...(isStarter(starter) ? { starter } : {}),
    ...(isTimeOfDay(timeOfDay) ? { timeOfDay } : {}),
    ...(isClockTime(time) ? { time } : {}),
    ...(isBoolean(reminders) ? { reminders } : {}),
  };
}

export const ONBOARDING_RECORD = defineVersioned<Onboarding>({ label: 'welcome answers', version: 1, migrations: [], parse: parseOnboarding });

const isPhaseKind = oneOf<PhaseKind>(['prepare', 'work', 'rest', 'switch']);
const isStatus = oneOf<SessionStatus>(['idle', 'running', 'paused', 'finished']);
const isSide = (v: unknown): v is Phase['side'] => v === null || v === 'left' || v === 'right';
const optional = <T>(check: (v: unknown) => v is T) => (v: unknown): v is T | undefined => v === undefined || check(v);

function isPhase(v: unknown): v is Phase {
  if (!isPlainObject(v)) return false;
  return (
    isFiniteNumber(v.index) && isPhaseKind(v.kind) && isString(v.exerciseId) && isFiniteNumber(v.exerciseIndex) &&
    isFiniteNumber(v.set) && isFiniteNumber(v.setCount) && isSide(v.side) && optional(isFiniteNumber)(v.rep) &&
    optional(isFiniteNumber)(v.repCount) && optional(isFiniteNumber)(v.targetReps) && isNullableFinite(v.durationMs) &&
    isFiniteNumber(v.plannedMs) && (v.untilSettled === undefined || v.untilSettled === true)
  );
}

function isPhaseResult(v: unknown): v is PhaseResult {
  if (!isPlainObject(v)) return false;
  return (
    isFiniteNumber(v.phaseIndex) && isFiniteNumber(v.startedAt) && isFiniteNumber(v.endedAt) && isFiniteNumber(v.doneMs) &&
    isFiniteNumber(v.repsDone) && isBoolean(v.skipped) && isBoolean(v.completed)
  );
}

function isSessionState(v: unknown): v is SessionState {
  if (!isPlainObject(v)) return false;
  return (
    Array.isArray(v.phases) && v.phases.every(isPhase) && isStatus(v.status) && isFiniteNumber(v.phaseIndex) &&
    isNullableFinite(v.phaseStartedAt) && isNullableFinite(v.phaseEndsAt) && isFiniteNumber(v.phasePausedMs) &&
    isNullableFinite(v.pausedAt) && isFiniteNumber(v.totalPausedMs) && isNullableFinite(v.startedAt) &&
    isNullableFinite(v.endedAt) && isFiniteNumber(v.repsDone) && Array.isArray(v.log) && v.log.every(isPhaseResult)
  );
}

function isDoses(v: unknown): v is Readonly<Record<string, number>> {
  return isPlainObject(v) && Object.values(v).every(isFiniteNumber);
}

/** The running session, whole or not at all: a half-understood session cannot be resumed. */
export function parseActiveSession(value: unknown): ActiveSession | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, routineId, state, savedAt, doses, writer, lastSeen } = value;
  if (!isString(id) || !isString(routineId) || !isSessionState(state) || !isFiniteNumber(savedAt)) return undefined;
  if (!optional(isDoses)(doses) || !optional(isString)(writer)) return undefined;
  return {
    id,
    routineId,
    state,
    savedAt,
    ...(doses ? { doses } : {}),
    ...(writer !== undefined ? { writer } : {}),
    // Only a hint of how long the app stayed open: an unreadable one is dropped, and the
    // session reads as from an app without the heartbeat (time away counts from savedAt).
    ...(isFiniteNumber(lastSeen) ? { lastSeen } : {}),
  };
}

export const ACTIVE_SESSION_RECORD = defineVersioned<ActiveSession>({ label: 'running session', version: 1, migrations: [], parse: parseActiveSession });

/** The walk in progress. */
export interface ActiveWalk {
  readonly startedAt: number;
  /** The instant the person tapped "tightness started"; null until they do. */
  readonly tightnessAt: number | null;
}

export function parseActiveWalk(value: unknown): ActiveWalk | undefined {
  if (!isPlainObject(value)) return undefined;
  const { startedAt, tightnessAt } = value;
  return isFiniteNumber(startedAt) && isNullableFinite(tightnessAt) ? { startedAt, tightnessAt } : undefined;
}

export const ACTIVE_WALK_RECORD = defineVersioned<ActiveWalk>({ label: 'walk in progress', version: 1, migrations: [], parse: parseActiveWalk });

/** Keys of reminders already shown. */
export const NOTIFIED_RECORD = defineVersioned<readonly string[]>({
  label: 'shown reminders',
  version: 1,
  migrations: [],
  parse: (v) => (Array.isArray(v) && v.every(isString) ? v : undefined),
});

/** A reminder put off until later; the notice is lib/reminders' business, kept as it was given. */
export interface Snoozed {
  readonly until: number;
  readonly notice: unknown;
}

export const SNOOZED_RECORD = defineVersioned<readonly Snoozed[]>({
  label: 'snoozed reminders',
  version: 1,
  migrations: [],
  parse: (v) => (Array.isArray(v) && v.every((s) => isPlainObject(s) && isFiniteNumber(s.until) && 'notice' in s) ? v.map((s: { until: number; notice: unknown }) => ({ until: s.until, notice: s.notice })) : undefined),
});

/** When the starter plan was written (only its presence matters). */
export const STARTER_WRITTEN_RECORD = defineVersioned<number>({ label: 'starter plan mark', version: 1, migrations: [], parse: (v) => (isFiniteNumber(v) ? v : undefined) });
