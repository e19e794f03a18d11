// The "tight mid-walk" quick entry: how far into the walk tightness started and how strong it
// is, typed by hand on a phone. Accepts the raw field text or numbers and validates both.
import { isTightness, roundTenth, type Validated } from './result';

/** Ten hours: generous for a typed minute count, still catches a stray extra digit. */
export const MAX_ENTRY_MINUTES = 600;

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

export const MID_WALK_MESSAGES = {
  minutes: `Enter minutes as a number from 0 to ${MAX_ENTRY_MINUTES}.`,
  tightness: 'Enter tightness as a whole number from 0 to 10.',
} as const;

// Plain decimals only, with either decimal mark: Number() alone would accept '', ' ', '1e2'
// and '0x1A', none of which a person means as minutes.
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

function toNumber(raw: number | string): number {
  if (typeof raw === 'number') return raw;
  const text = raw.trim();
  return DECIMAL.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}

export function midWalkEntry(input: MidWalkInput): Validated<MidWalkEntry, MidWalkField> {
  const minutes = toNumber(input.minutesIntoWalk);
  const tightness = toNumber(input.tightness);
  const problems: { field: MidWalkField; message: string }[] = [];
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > MAX_ENTRY_MINUTES) {
    problems.push({ field: 'minutesIntoWalk', message: MID_WALK_MESSAGES.minutes });
  }
  if (!isTightness(tightness)) {
    problems.push({ field: 'tightness', message: MID_WALK_MESSAGES.tightness });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { minutesIntoWalk: roundTenth(minutes), tightness } };
}
