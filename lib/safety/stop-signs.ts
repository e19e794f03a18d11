// The signs that mean "stop this exercise now", as data shared by the player, exercise pages
// and the safety screen. Every sign applies to every exercise; an exercise adds only its own
// extra signs (Exercise.stopIf). Wording is our own.
import type { Exercise } from '@/lib/content/types';

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
  {
    id: 'weakness',
    sign: 'A leg that feels weak or gives way',
    why: 'A leg that suddenly will not hold you can mean a nerve is badly squeezed, and it could make you fall.',
  },
  {
    id: 'dizziness',
    sign: 'Feeling dizzy, light-headed or faint',
    why: 'Dizziness can come from your heart, your blood pressure or low blood sugar, so sit or lie down before you fall.',
  },
  {
    id: 'chest-pain',
    sign: 'Pain, pressure or tightness in your chest',
    why: 'Chest pain or pressure when you exert yourself can be a sign of a heart problem and needs checking the same day.',
  },
  {
    id: 'breathlessness',
    sign: 'Being far more out of breath than the effort explains',
    why: 'These exercises are gentle, so struggling for breath during them is not normal and can mean a heart or lung problem.',
  },
  {
    id: 'balance',
    sign: 'Staggering, stumbling or losing your balance',
    why: 'Losing your balance can mean your legs are not getting the nerve signals they need, and it can lead to a fall.',
  },
] as const satisfies readonly StopSign[];

export type StopSignId = (typeof STOP_SIGNS)[number]['id'];

/** Everything that means "stop" for one exercise: the shared signs first, then its own. */
export function stopSignsFor(exercise: Pick<Exercise, 'stopIf'>): readonly string[] {
  return [...STOP_SIGNS.map((s) => s.sign), ...exercise.stopIf];
}

/** What to do after stopping; shown under the list. */
export const AFTER_STOPPING = {
  title: 'If one of these happens',
  steps: [
    'Stop the exercise and ease out of the position slowly.',
    'Rest in whatever position feels most comfortable. If you feel dizzy or faint, sit or lie down.',
    'Skip that exercise for today rather than pushing through.',
    'If you have chest pain or pressure that does not ease within a few minutes of rest, or you feel faint and do not recover, call your emergency number.',
    'If the feeling does not go away, keeps coming back, or spreads, go through the warning-sign questions and talk to a doctor or physiotherapist.',
  ],
} as const;

/** The signs the walking test shows before it starts and keeps on its screen: the ones that
 *  come on while walking, when stopping and resting matters most. */
export const WALK_TEST_STOP_SIGN_IDS = ['chest-pain', 'dizziness', 'breathlessness', 'balance', 'weakness'] as const satisfies readonly StopSignId[];

export const WALK_TEST_STOP_SIGNS: readonly StopSign[] = WALK_TEST_STOP_SIGN_IDS.map((id) => STOP_SIGNS.find((s) => s.id === id) as StopSign);
