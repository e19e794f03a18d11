// The guided walking test's timing, pure: start, "tightness starts now", "I have to stop" and
// the end at 30 minutes, each taking `now`. Time comes from timestamps only, so a locked phone
// or a reload loses nothing: the person walks on with the screen off and the clock keeps going.
import {
  localDayKey,
  WALK_TEST_MAX_MS,
  WALK_TEST_MIN_MS,
  WALK_TEST_STEPS,
  type ActiveWalkTest,
  type WalkTest,
  type WalkTestEased,
  type WalkTestEndReason,
} from '@/lib/model';

/** A prompt every five minutes while walking. */
export const PROMPT_EVERY_MS = 5 * 60_000;
/** A prompt seen later than this (the phone was locked, the tab asleep) is not given late. */
export const PROMPT_LATE_MS = 60_000;

export function startTest(id: string, now: number): ActiveWalkTest {
  return { id, startedAt: now, symptomAt: null, stoppedAt: null, promptedMinute: 0 };
}

/** When the test ends by itself: exactly 30 minutes after the start. */
export const autoEndAt = (test: ActiveWalkTest): number => test.startedAt + WALK_TEST_MAX_MS;

/** The test as it stands at `now`: past 30 minutes it has stopped, at start + 30 minutes. */
export function settle(test: ActiveWalkTest, now: number): ActiveWalkTest {
  if (test.stoppedAt !== null || now < autoEndAt(test)) return test;
  return { ...test, stoppedAt: autoEndAt(test) };
}

/** "Tightness starts now": once; a later tap keeps the first. Ignored once the test has ended. */
export function markSymptom(test: ActiveWalkTest, now: number): ActiveWalkTest {
  const settled = settle(test, now);
  if (settled.stoppedAt !== null || settled.symptomAt !== null) return settled;
  return { ...settled, symptomAt: Math.max(now, settled.startedAt) };
}

/** "I have to stop": the walking time ends now (or at 30 minutes, if that came first). */
export function stopTest(test: ActiveWalkTest, now: number): ActiveWalkTest {
  const settled = settle(test, now);
  if (settled.stoppedAt !== null) return settled;
  return { ...settled, stoppedAt: Math.max(now, settled.startedAt) };
}

export const isStopped = (test: ActiveWalkTest, now: number): boolean => settle(test, now).stoppedAt !== null;

/** Walking time at `now`, from 0 to 30 minutes; frozen once stopped. */
export function elapsedMs(test: ActiveWalkTest, now: number): number {
  const end = settle(test, now).stoppedAt ?? now;
  return Math.min(Math.max(end - test.startedAt, 0), WALK_TEST_MAX_MS);
}

/** Time to the first symptom, or null. */
export const symptomMs = (test: ActiveWalkTest): number | null => (test.symptomAt === null ? null : test.symptomAt - test.startedAt);

/** The test reached its 30 minutes without the person stopping it. */
export const timeUp = (test: ActiveWalkTest, now: number): boolean => elapsedMs(test, now) >= WALK_TEST_MAX_MS;

/** Stopped within 10 seconds: discarded with a message, never saved. */
export function tooShort(test: ActiveWalkTest, now: number): boolean {
  return isStopped(test, now) && elapsedMs(test, now) < WALK_TEST_MIN_MS;
}

export interface Prompt {
  /** The five-minute mark this is for: 5, 10, … 25. */
  readonly minute: number;
  /** False when it is too late to say (over a minute past its time): only mark it as given. */
  readonly speak: boolean;
}

/**
 * The five-minute prompt due at `now`, given that the one for `promptedMinute` was the last:
 * only the latest mark reached counts, so a phone unlocked after 12 minutes hears nothing
 * for 5 (skipped) and, being 2 minutes late for 10, nothing for 10 either; never a burst.
 * None at 30 minutes (the end says so) and none once stopped.
 */
export function promptDue(test: ActiveWalkTest, promptedMinute: number, now: number): Prompt | null {
  if (isStopped(test, now)) return null;
  const elapsed = elapsedMs(test, now);
  const mark = Math.floor(elapsed / PROMPT_EVERY_MS) * (PROMPT_EVERY_MS / 60_000);
  if (mark === 0 || mark <= promptedMinute || mark * 60_000 >= WALK_TEST_MAX_MS) return null;
  return { minute: mark, speak: elapsed - mark * 60_000 <= PROMPT_LATE_MS };
}

const NUMBER_WORDS: Readonly<Record<number, string>> = { 5: 'Five', 10: 'Ten', 15: 'Fifteen', 20: 'Twenty', 25: 'Twenty-five' };

/** "Ten minutes. Keep your own pace." */
export function promptText(minute: number): string {
  return `${NUMBER_WORDS[minute] ?? String(minute)} minutes. Keep your own pace.`;
}

/** "12 minutes 30 seconds", "8 minutes", "45 seconds", "1 minute 5 seconds". */
export function durationWords(ms: number): string {
  const total = Math.floor(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const m = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const s = seconds === 1 ? '1 second' : `${seconds} seconds`;
  if (minutes === 0) return s;
  return seconds === 0 ? m : `${m} ${s}`;
}

/** mm:ss for the big clock: "08:00", "30:00". */
export function clockText(ms: number): string {
  const total = Math.floor(ms / 1000);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The plain-words result: "You walked 12 minutes 30 seconds; tightness started at 8 minutes." */
export function summaryText(totalMs: number, symptomAtMs: number | null): string {
  const walked = `You walked ${durationWords(totalMs)}`;
  return symptomAtMs === null ? `${walked} without tightness starting.` : `${walked}; tightness started at ${durationWords(symptomAtMs)}.`;
}

export interface WalkTestAnswers {
  readonly endReason: WalkTestEndReason;
  readonly eased?: WalkTestEased;
  readonly tightness?: number;
}

/** Steps a minute over the time with readings; undefined with under 20 s of them. */
export function motionCadence(motion: NonNullable<ActiveWalkTest['motion']>): number | undefined {
  return motion.sampledMs < 20_000 ? undefined : Math.min(250, Math.round((motion.steps * 60_000) / motion.sampledMs));
}

/** What the summary says about steps: the count (and distance), or why there is none. */
export function motionText(test: ActiveWalkTest): string | null {
  const { motion } = test;
  if (!motion) return null;
  const counted = `${motion.steps} ${motion.steps === 1 ? 'step' : 'steps'}`;
  const distance = motion.stepLengthCm === undefined ? '' : `, about ${Math.round((motion.steps * motion.stepLengthCm) / 100)} metres`;
  const cad = motionCadence(motion);
  const pace = cad === undefined ? '' : ` (${cad} steps a minute)`;
  if (motion.state === 'refused') return 'Steps were not counted: the phone did not allow the motion sensor. The times are not affected.';
  if (motion.state === 'missing') return 'Steps were not counted: no motion readings came from this phone. The times are not affected.';
  if (motion.state === 'stopped') {
    const at = motion.stoppedAt === undefined ? '' : ` at ${clockText(Math.max(0, motion.stoppedAt - test.startedAt))}`;
    return `The motion sensor stopped${at}, so only the steps until then were counted: ${counted}${distance}. The times are not affected.`;
  }
  return `You took ${counted}${distance}${pace}.`;
}

/** The record of a stopped test (call only when isStopped and not tooShort). */
export function toWalkTest(test: ActiveWalkTest, answers: WalkTestAnswers, rolloverHour: number): WalkTest {
  const totalMs = Math.min((test.stoppedAt ?? autoEndAt(test)) - test.startedAt, WALK_TEST_MAX_MS);
  const symptom = symptomMs(test);
  return {
    id: test.id,
    startedAt: test.startedAt,
    endedAt: test.startedAt + totalMs,
    day: localDayKey(test.startedAt, rolloverHour),
    totalMs,
    symptomAtMs: symptom === null ? null : Math.min(symptom, totalMs),
    endReason: answers.endReason,
    ...(answers.eased !== undefined ? { eased: answers.eased } : {}),
    ...(answers.tightness !== undefined ? { tightness: answers.tightness } : {}),
    ...motionFields(test),
  };
}

function motionFields(test: ActiveWalkTest): Pick<WalkTest, 'steps' | 'cadence' | 'stepLengthCm'> {
  const { motion } = test;
  if (!motion || motion.state === 'refused' || motion.state === 'missing') return {};
  const cad = motionCadence(motion);
  return {
    steps: Math.min(motion.steps, WALK_TEST_STEPS.max),
    ...(cad !== undefined ? { cadence: cad } : {}),
    ...(motion.stepLengthCm !== undefined ? { stepLengthCm: motion.stepLengthCm } : {}),
  };
}
