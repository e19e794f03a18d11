// Red-flag screening records as stored on the device and in backups. The question ids live
// here because records carry them; lib/safety holds the questions' words and their meaning.
import type { DayKey } from './records';

/** Every question id, in the order asked (emergency signs first). Never renamed once shipped. */
export const QUESTION_IDS = [
  'bladder-bowel',
  'saddle-numbness',
  'urine-bowel-feeling',
  'genital-numbness',
  'legs-weakness',
  'leg-neuro',
  'worsening-pain',
  'systemic',
  'night-position',
  'cancer-history',
  'fall-injury',
  'steroids-bones',
  'weak-immunity',
  'calf-circulation',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

/** true = yes, false = no, missing = not asked or not answered. */
export type ScreeningAnswers = Partial<Record<QuestionId, boolean>>;

export type ScreeningOutcome = 'emergency' | 'see-clinician' | 'clear' | 'incomplete';

/** What the person said about getting a "see soon" sign checked. */
export type CareStep = 'booked' | 'seen';

/** The answer to "Were you seen? Did they say exercise is fine?", a week after booking. */
export type FollowUpAnswer = 'exercise-ok' | 'advised-changes' | 'not-yet';

/** One completed screening, as stored on the device and in backups. */
export interface ScreeningRecord {
  readonly id: string;
  /** When the answers were saved, epoch milliseconds. */
  readonly at: number;
  readonly day: DayKey;
  /** Only the questions asked: a question added in a later version is missing ("not asked"). */
  readonly answers: ScreeningAnswers;
  /** `screen(answers).outcome` at the time; stored so history survives wording changes. */
  readonly outcome: ScreeningOutcome;
  /** When the person confirmed they read an emergency message. */
  readonly acknowledgedAt?: number;
  /** After an emergency answer: when the person confirmed a doctor has assessed them. */
  readonly seenDoctorAt?: number;
  /** After a "see soon" answer: when they booked an appointment or were seen. */
  readonly care?: { readonly step: CareStep; readonly at: number };
  /** After a "see soon" answer: when they chose to carry on with routines meanwhile. */
  readonly continuedAt?: number;
  /** The latest answer to the follow-up question. */
  readonly followUp?: { readonly answer: FollowUpAnswer; readonly at: number };
  /** When any of the above was last changed (epoch ms); absent until then. A merge keeps the newer. */
  readonly updatedAt?: number;
}

