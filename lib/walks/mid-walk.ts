// The "tight mid-walk" quick entry: how far into the walk tightness started and how strong it
// is, typed by hand on a phone, and the walk record it makes. Field text goes through the one
// parser in lib/model; numbers (the slider) through the same limits.
import { dayKey } from '@/lib/days';
import {
  decimalMessage,
  isTightness,
  isWalkMinutes,
  parseDecimal,
  parseWholeNumber,
  roundTo,
  TIGHTNESS,
  WALK_MINUTES,
  wholeNumberMessage,
  type TypedNumber,
  type WalkLog,
} from '@/lib/model';
import type { Validated } from './result';

/** The most minutes the entry takes: the one walk-minute limit. */
export const MAX_ENTRY_MINUTES = WALK_MINUTES.max;

export interface MidWalkInput {
  readonly minutesIntoWalk: number | string;
  readonly tightness: number | string;
}

export interface MidWalkEntry {
  /** Rounded to 0.1. */
  readonly minutesIntoWalk: number;
  /** Whole number 0–10. */
  readonly tightness: number;
}

export type MidWalkField = keyof MidWalkEntry;

const MINUTES_LABEL = { label: 'minutes' } as const;
const TIGHTNESS_LABEL = { label: 'tightness' } as const;

export const MID_WALK_MESSAGES = {
  minutes: decimalMessage(WALK_MINUTES, MINUTES_LABEL),
  tightness: wholeNumberMessage(TIGHTNESS, TIGHTNESS_LABEL),
} as const;

function minutesOf(raw: number | string): TypedNumber {
  if (typeof raw === 'string') return parseDecimal(raw, WALK_MINUTES, MINUTES_LABEL);
  const value = roundTo(raw, WALK_MINUTES.roundTo);
  return isWalkMinutes(value) ? { ok: true, value } : { ok: false, problem: 'out-of-range', message: MID_WALK_MESSAGES.minutes };
}

function tightnessOf(raw: number | string): TypedNumber {
  if (typeof raw === 'string') return parseWholeNumber(raw, TIGHTNESS, TIGHTNESS_LABEL);
  return isTightness(raw) ? { ok: true, value: raw } : { ok: false, problem: 'out-of-range', message: MID_WALK_MESSAGES.tightness };
}

export function midWalkEntry(input: MidWalkInput): Validated<MidWalkEntry, MidWalkField> {
  const minutes = minutesOf(input.minutesIntoWalk);
  const tightness = tightnessOf(input.tightness);
  const problems: { field: MidWalkField; message: string }[] = [];
  if (!minutes.ok) problems.push({ field: 'minutesIntoWalk', message: minutes.message });
  if (!tightness.ok) problems.push({ field: 'tightness', message: tightness.message });
  if (!minutes.ok || !tightness.ok) return { ok: false, problems };
  return { ok: true, value: { minutesIntoWalk: minutes.value, tightness: tightness.value } };
}

/**
 * The walk so far, ending `now`: it started `minutesIntoWalk` ago and tightness set in at the
 * moment the person stopped for the reset, so that is also how long they walked. Like every
 * walk, it belongs to the day it started on (after the rollover hour).
 */
export function midWalkLog(entry: MidWalkEntry, input: { readonly id: string; readonly now: number; readonly rolloverHour: number }): WalkLog {
  const startedAt = input.now - Math.round(entry.minutesIntoWalk * 60_000);
  return {
    id: input.id,
    startedAt,
    endedAt: input.now,
    day: dayKey(startedAt, input.rolloverHour),
    minutesWalked: entry.minutesIntoWalk,
    tightnessAtMinute: entry.minutesIntoWalk,
    tightnessAfter: entry.tightness,
  };
}

/**
 * A mid-walk reset during a walk the walk log is timing: the minutes come from that walk, not
 * from a question. Tightness set in when the person stopped for the reset (`resetStartedAt`),
 * unless they had already tapped "Tightness started now" earlier on this walk: the first note stands.
 */
export function resetOnRunningWalk(
  walk: { readonly startedAt: number; readonly tightnessAt: number | null },
  resetStartedAt: number,
): { readonly minutesIntoWalk: number; readonly tightnessAt: number; readonly tightnessMinute: number } {
  const minutes = (at: number) => Math.min(MAX_ENTRY_MINUTES, roundTo(Math.max(0, at - walk.startedAt) / 60_000, WALK_MINUTES.roundTo));
  const tightnessAt = walk.tightnessAt ?? Math.max(walk.startedAt, resetStartedAt);
  return { minutesIntoWalk: minutes(resetStartedAt), tightnessAt, tightnessMinute: minutes(tightnessAt) };
}
