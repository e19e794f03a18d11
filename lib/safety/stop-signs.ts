// The signs that mean "stop this exercise now", as data shared by the player, exercise pages
// and the safety screen. Drawn from the reference's nerve warning signs; wording is our own.

export interface StopSign {
  /** Stable, for list keys and links to a sign; never renamed once shipped. */
  readonly id: string;
  /** Short enough for a list item or a player hint. */
  readonly sign: string;
  /** One sentence on why it means stopping. */
  readonly why: string;
}

export const STOP_SIGNS = [
  {
    id: 'sharp-pain',
    sign: 'Sharp, stabbing or shooting pain',
    why: 'A stretch or hold should feel like effort or a gentle pull, never like something catching or stabbing.',
  },
  {
    id: 'spreading-pain',
    sign: 'Pain that spreads into your buttock or down a leg',
    why: 'Pain that travels away from your back can mean the movement is pressing on a nerve.',
  },
  {
    id: 'numbness-tingling',
    sign: 'Numbness or tingling while you do it',
    why: 'Pins and needles or a numb patch during an exercise are a nerve warning, not a muscle working hard.',
  },
] as const satisfies readonly StopSign[];

export type StopSignId = (typeof STOP_SIGNS)[number]['id'];

/** What to do after stopping; shown under the list. */
export const AFTER_STOPPING = {
  title: 'If one of these happens',
  steps: [
    'Stop the exercise and ease out of the position slowly.',
    'Rest in whatever position feels most comfortable.',
    'Skip that exercise for today rather than pushing through.',
    'If the feeling does not go away, keeps coming back, or spreads, go through the warning-sign questions and talk to a clinician.',
  ],
} as const;
