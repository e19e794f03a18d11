// The welcome answers, kept so the plan and Progress can use them (the walking baseline).

/** What bothers the person most: tightness after some minutes of walking, stiffness, or both. */
export type Concern = 'after-minutes' | 'stiffness' | 'both';

export interface Onboarding {
  readonly finishedAt: number;
  readonly skipped: boolean;
  readonly concern?: Concern;
  /** Minutes of walking before tightness starts: the baseline of the walk-tolerance trend. */
  readonly baselineMinutes?: number;
  readonly starter?: StarterChoice;
  readonly reminders?: boolean;
}

/** The suggested plans a person can start from. */
export type StarterChoice = 'balanced' | 'daily-only' | 'none';
