// The red-flag screening: which warning signs we ask about, what an answer set means, and the
// messages each outcome shows. Pure data and one pure function; storage lives in lib/db.
// The signs come from the reference on back tightness when walking; the wording is our own.
import type { DayKey } from '@/lib/db/types';

/** 'emergency' means go now; 'soon' means book a clinician before carrying on as usual. */
export type Severity = 'emergency' | 'soon';

export interface ScreeningQuestion {
  /** Stored in screening records and backups: never renamed once shipped. */
  readonly id: string;
  /** A plain yes/no question; "yes" is the worrying answer. */
  readonly question: string;
  /** One sentence on why this sign matters. */
  readonly why: string;
  readonly severity: Severity;
}

// Emergency questions come first so that the flag list, which follows this order, leads with
// the sign that needs action now.
export const SCREENING_QUESTIONS = [
  {
    id: 'bladder-bowel',
    question: 'Have you suddenly lost control of your bladder or bowel?',
    why: 'A sudden change like this can mean the bundle of nerves at the base of the spine is being squeezed hard, and that needs treatment straight away.',
    severity: 'emergency',
  },
  {
    id: 'saddle-numbness',
    question: 'Is the skin around your groin, buttocks or inner thighs (the area that would touch a bike saddle) numb or dull to touch?',
    why: 'Numbness in this "saddle area" can come with the same serious nerve pressure as a change in bladder or bowel control, so it counts as an emergency too.',
    severity: 'emergency',
  },
  {
    id: 'leg-neuro',
    question: 'Do you have numbness, tingling or weakness in one or both legs that is new or spreading?',
    why: 'Changes in how your legs feel or work can mean a nerve is being pinched, which a clinician should check before you keep training.',
    severity: 'soon',
  },
  {
    id: 'worsening-pain',
    question: 'Is your pain getting worse over time, or staying the same even when you rest?',
    why: 'Tired, tight muscles usually ease when you rest, so pain that keeps building or will not settle is worth a professional look.',
    severity: 'soon',
  },
  {
    id: 'systemic',
    question: 'Along with your back symptoms, have you had a fever, chills or weight loss you cannot explain?',
    why: 'Feeling unwell like this as well as sore can point to an infection or another serious illness that exercise will not help.',
    severity: 'soon',
  },
  {
    id: 'night-position',
    question: 'Does the pain wake you at night, or stay the same whatever position you move into?',
    why: 'Tightness from muscles usually changes when you shift position, so pain that wakes you or never lets up deserves a proper check-up.',
    severity: 'soon',
  },
] as const satisfies readonly ScreeningQuestion[];

export type QuestionId = (typeof SCREENING_QUESTIONS)[number]['id'];

export const QUESTION_IDS: readonly QuestionId[] = SCREENING_QUESTIONS.map((q) => q.id);

/** true = yes, false = no, missing = not answered yet. */
export type ScreeningAnswers = Partial<Record<QuestionId, boolean>>;

export type ScreeningOutcome = 'emergency' | 'see-clinician' | 'clear' | 'incomplete';

export interface ScreeningResult {
  readonly outcome: ScreeningOutcome;
  /** Every question answered yes, in question order. */
  readonly flags: QuestionId[];
}

/**
 * What a set of answers means. Any emergency "yes" wins; any other "yes" means see a
 * clinician soon, even before every question is answered (one yes is enough to act on);
 * with no yes at all the result is clear only once every question has been answered no.
 * Only a real `true` counts as yes and only `false` as no, so a half-restored record can
 * never read as clear.
 */
export function screen(answers: ScreeningAnswers): ScreeningResult {
  const flags = SCREENING_QUESTIONS.filter((q) => answers[q.id] === true).map((q) => q.id);
  if (SCREENING_QUESTIONS.some((q) => q.severity === 'emergency' && answers[q.id] === true)) {
    return { outcome: 'emergency', flags };
  }
  if (flags.length > 0) return { outcome: 'see-clinician', flags };
  const allNo = SCREENING_QUESTIONS.every((q) => answers[q.id] === false);
  return { outcome: allNo ? 'clear' : 'incomplete', flags };
}

export interface ScreeningMessage {
  readonly title: string;
  readonly body: string;
  /** What to do, most important first. */
  readonly steps: readonly string[];
}

export const SCREENING_MESSAGES = {
  emergency: {
    title: 'Get emergency care now',
    body: 'What you described can be a sign of serious pressure on the nerves in your lower back. It needs urgent medical attention, and waiting to see if it passes is not safe.',
    steps: [
      'Call your local emergency number, or go to the nearest emergency department now.',
      'Tell them which of these signs you have and when they started.',
      'Do not exercise today.',
    ],
  },
  'see-clinician': {
    title: 'See a clinician soon',
    body: 'You answered yes to a sign that stretching and strengthening are not meant to deal with. A doctor or physiotherapist should look at it soon, before you carry on with the program.',
    steps: [
      'Book an appointment with a doctor or physiotherapist in the next few days.',
      'Tell them which signs you noticed and how long you have had them.',
      'Ask them whether these exercises suit you before you continue.',
      'If you lose control of your bladder or bowel, or the groin or buttocks go numb, get emergency care at once.',
    ],
  },
  clear: {
    title: 'No warning signs today',
    body: 'None of the warning signs apply to you right now, so it is fine to exercise. This is not an all-clear for every problem, only a check for the signs that need a clinician first.',
    steps: [
      'Go ahead with your routine at a comfortable pace.',
      'Stop if your symptoms change, such as new numbness, pain spreading down a leg, or pain that keeps building.',
      'Answer these questions again whenever something feels different.',
    ],
  },
  incomplete: {
    title: 'A few questions left',
    body: 'Answer every question so we can tell you whether it is okay to exercise.',
    steps: [],
  },
} as const satisfies Record<ScreeningOutcome, ScreeningMessage>;

export const ABOUT_THIS_APP = {
  title: 'What Backstride is, and what it is not',
  body:
    'Backstride helps you follow a simple plan of stretches, strengthening and walking habits, and keeps track of how your walks change. ' +
    'It cannot tell you what is causing your tightness, it does not diagnose any condition, and it is no substitute for a doctor or physiotherapist who can examine you. ' +
    'The warning-sign questions only pick out situations where you should get checked before carrying on; answering no to all of them does not prove nothing is wrong. ' +
    'If you are worried about your back, or it behaves in a way that feels new, talk to a professional.',
} as const;

/** One completed (or abandoned) screening, as stored on the device and in backups. */
export interface ScreeningRecord {
  readonly id: string;
  /** When the answers were saved, epoch milliseconds. */
  readonly at: number;
  readonly day: DayKey;
  readonly answers: ScreeningAnswers;
  /** `screen(answers).outcome` at the time; stored so history survives wording changes. */
  readonly outcome: ScreeningOutcome;
  /** When the person confirmed they read an emergency message. */
  readonly acknowledgedAt?: number;
}

/**
 * Whether an emergency answer still stands between the person and exercise: until they
 * acknowledge it, and for the rest of the day they gave it. No routine is offered meanwhile.
 */
export function emergencyGate(latest: ScreeningRecord | undefined, today: DayKey): boolean {
  return latest?.outcome === 'emergency' && (latest.acknowledgedAt === undefined || latest.day === today);
}
