// The welcome answers, kept so the plan and Progress can use them (the walking baseline, the
// starter plan they chose). Every field but the first two is optional: answers saved by an
// older version (and backups of them) read unchanged.

/**
 * What bothers the person most: tightness after some minutes of walking, stiffness from
 * sitting a lot (a desk, driving), stiffness in general, or both tightness and stiffness.
 */
export type Concern = 'after-minutes' | 'desk' | 'stiffness' | 'both';
export const CONCERNS = ['after-minutes', 'desk', 'stiffness', 'both'] as const satisfies readonly Concern[];

/**
 * Whether walking tightness eases on sitting down or leaning forward (on a trolley, a rail):
 * the pattern of a narrowed spinal canal, which bending forward relieves.
 */
export type EasesLeaning = 'yes' | 'no' | 'unsure';
export const EASES_LEANING = ['yes', 'no', 'unsure'] as const satisfies readonly EasesLeaning[];

/** When in the day the person would rather do their routine. */
export type TimeOfDay = 'morning' | 'midday' | 'evening';
export const TIMES_OF_DAY = ['morning', 'midday', 'evening'] as const satisfies readonly TimeOfDay[];

/** The time each part of the day suggests; the person can change it. */
export const TIME_OF_DAY_START = { morning: '07:30', midday: '12:30', evening: '18:30' } as const satisfies Record<TimeOfDay, string>;

/** The suggested plans a person can start from: one routine a day, a fuller week, or none. */
export type StarterChoice = 'balanced' | 'daily-only' | 'none';
export const STARTER_CHOICES = ['balanced', 'daily-only', 'none'] as const satisfies readonly StarterChoice[];

export interface Onboarding {
  readonly finishedAt: number;
  readonly skipped: boolean;
  readonly concern?: Concern;
  /** Asked when walking tightens the back: does it ease on sitting or leaning forward? */
  readonly easesLeaning?: EasesLeaning;
  /** Minutes of walking before tightness starts: the baseline of the walk-tolerance trend. */
  readonly baselineMinutes?: number;
  readonly starter?: StarterChoice;
  readonly timeOfDay?: TimeOfDay;
  /** The time the starter plan starts at, `HH:mm` (the part of the day's time, or the person's own). */
  readonly time?: string;
  readonly reminders?: boolean;
}
