// The limits of what a person records, defined once: the forms, lib and the backup schema
// all check against these.

/** Tightness is a whole number from 0 (none) to 10 (worst imaginable). */
export const TIGHTNESS_MIN = 0;
export const TIGHTNESS_MAX = 10;

export function isTightness(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= TIGHTNESS_MIN && n <= TIGHTNESS_MAX;
}
