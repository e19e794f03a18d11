// Turning a walk's start, end and "tightness started" instants into the WalkLog fields, with
// validation messages a person can act on. Pure: the clock is never read.
import { recordDay } from '@/lib/days';
import { optionalNumber, parseWholeNumber, isTightness, TIGHTNESS, WALK_MINUTES, wholeNumberMessage, type DayKey, type WalkLog } from '@/lib/model';
import { roundTenth, type Validated } from './result';

const MS_PER_MINUTE = 60_000;

/** Longer than this is almost certainly a forgotten stop button, not a walk: the one walk-minute limit. */
export const MAX_WALK_MINUTES = WALK_MINUTES.max;

/** Maps a start instant to its day key under a rollover hour; lib/days `recordDay`, the one rule, by default. */
export type DayKeyFn = (at: number, rolloverHour: number) => DayKey;

export interface WalkTimes {
  readonly startedAt: number;
  readonly endedAt: number;
  /** The instant tightness started, or null when it never did. */
  readonly tightnessAt: number | null;
  /** A number, or the field's text as typed ('' or undefined: not answered). */
  readonly tightnessBefore?: number | string;
  readonly tightnessAfter?: number | string;
}

export type WalkFields = Omit<WalkLog, 'id'>;
export type WalkField = 'startedAt' | 'endedAt' | 'tightnessAt' | 'tightnessBefore' | 'tightnessAfter';

export const WALK_MESSAGES = {
  startMissing: 'Enter when the walk started.',
  endMissing: 'Enter when the walk ended.',
  endBeforeStart: 'The walk has to end after it starts. Check the start and end times.',
  tooLong: `A walk can be at most ${MAX_WALK_MINUTES / 60} hours long. Check the start and end times.`,
  tightnessTimeInvalid: 'Enter when the tightness started, or leave it empty if it never did.',
  tightnessOutsideWalk: 'The tightness has to start during the walk, between its start and end times.',
  tightnessBefore: wholeNumberMessage(TIGHTNESS, { label: 'tightness before the walk' }),
  tightnessAfter: wholeNumberMessage(TIGHTNESS, { label: 'tightness after the walk' }),
} as const;

/** An optional tightness: undefined when not answered, NaN when refused. */
function tightnessOf(raw: number | string | undefined): number | undefined {
  if (raw === undefined || typeof raw === 'number') return raw;
  const parsed = optionalNumber(parseWholeNumber(raw, TIGHTNESS));
  return parsed.ok ? parsed.value : Number.NaN;
}

/**
 * The WalkLog fields for a walk, or every problem with it. The walk belongs to the day it
 * started on (after the rollover hour), as every record does (lib/days recordDay). Minutes are
 * rounded to 0.1; a walk may last exactly MAX_WALK_MINUTES but not longer; tightness may start
 * at the very first or very last moment.
 */
export function walkFromTimes(
  times: WalkTimes,
  rolloverHour: number,
  dayKey: DayKeyFn = recordDay,
): Validated<WalkFields, WalkField> {
  const { startedAt, endedAt, tightnessAt } = times;
  const tightnessBefore = tightnessOf(times.tightnessBefore);
  const tightnessAfter = tightnessOf(times.tightnessAfter);
  const problems: { field: WalkField; message: string }[] = [];

  const startOk = Number.isFinite(startedAt);
  const endOk = Number.isFinite(endedAt);
  if (!startOk) problems.push({ field: 'startedAt', message: WALK_MESSAGES.startMissing });
  if (!endOk) problems.push({ field: 'endedAt', message: WALK_MESSAGES.endMissing });

  // The walk's own window has to make sense before a tightness time can be checked against it.
  let windowOk = startOk && endOk;
  if (windowOk && endedAt <= startedAt) {
    problems.push({ field: 'endedAt', message: WALK_MESSAGES.endBeforeStart });
    windowOk = false;
  } else if (windowOk && endedAt - startedAt > MAX_WALK_MINUTES * MS_PER_MINUTE) {
    problems.push({ field: 'endedAt', message: WALK_MESSAGES.tooLong });
    windowOk = false;
  }

  if (tightnessAt !== null) {
    if (!Number.isFinite(tightnessAt)) {
      problems.push({ field: 'tightnessAt', message: WALK_MESSAGES.tightnessTimeInvalid });
    } else if (windowOk && (tightnessAt < startedAt || tightnessAt > endedAt)) {
      problems.push({ field: 'tightnessAt', message: WALK_MESSAGES.tightnessOutsideWalk });
    }
  }
  if (tightnessBefore !== undefined && !isTightness(tightnessBefore)) {
    problems.push({ field: 'tightnessBefore', message: WALK_MESSAGES.tightnessBefore });
  }
  if (tightnessAfter !== undefined && !isTightness(tightnessAfter)) {
    problems.push({ field: 'tightnessAfter', message: WALK_MESSAGES.tightnessAfter });
  }

  if (problems.length > 0) return { ok: false, problems };

  const value: WalkFields = {
    startedAt,
    endedAt,
    day: dayKey(startedAt, rolloverHour),
    minutesWalked: roundTenth((endedAt - startedAt) / MS_PER_MINUTE),
    tightnessAtMinute: tightnessAt === null ? null : roundTenth((tightnessAt - startedAt) / MS_PER_MINUTE),
    ...(tightnessBefore !== undefined && { tightnessBefore }),
    ...(tightnessAfter !== undefined && { tightnessAfter }),
  };
  return { ok: true, value };
}
