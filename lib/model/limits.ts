// The limits of what a person records, defined once: the forms, lib and the backup schema
// all check against these.

/** Tightness is a whole number from 0 (none) to 10 (worst imaginable). */
export const TIGHTNESS_MIN = 0;
export const TIGHTNESS_MAX = 10;

export function isTightness(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= TIGHTNESS_MIN && n <= TIGHTNESS_MAX;
}

// Ranges the backup schema and the stored records check numbers from outside against, so a
// value like 1e308 can never reach the timer or the export.

/** Minutes of one walk (also the walking baseline). */
export const WALK_MINUTES_MAX = 600;
/** A dose: hold seconds or reps of one exercise (a 30-minute hold is already absurd). */
export const DOSE_AMOUNT_MAX = 1_800;
/** Reminder lead time, in minutes (a day). */
export const REMIND_MINUTES_MAX = 1_440;
/** Epoch milliseconds a Date can hold (up to 8.64e15, the year 275760). */
export const INSTANT_MAX = 8.64e15;
