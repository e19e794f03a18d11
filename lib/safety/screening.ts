// The red-flag screening: which warning signs we ask about, what an answer set means, and the
// messages each outcome shows. Pure data and one pure function; storage lives in lib/db.
// The signs come from the reference on back tightness when walking; the wording is our own.
import type { QuestionId, ScreeningAnswers, ScreeningOutcome } from '@/lib/model';

/** 'emergency' means go now; 'soon' means see a doctor or physiotherapist before carrying on as usual. */
export type Severity = 'emergency' | 'soon';

export interface ScreeningQuestion {
  /** Stored in screening records and backups (lib/model lists them): never renamed once shipped. */
  readonly id: QuestionId;
  /** A plain yes/no question; "yes" is the worrying answer. */
  readonly question: string;
  /** One sentence on why this sign matters. */
  readonly why: string;
  /** The sign as a short clause for lists ("Get emergency care now if …"). */
  readonly sign: string;
  readonly severity: Severity;
}

// Emergency questions come first so that the flag list, which follows this order, leads with
// the sign that needs action now. The signs follow NICE NG59 and the GIRFT cauda equina
// pathway (emergency), and Verhagen et al. 2016 and Nadeau et al. 2013 (see soon).
export const SCREENING_QUESTIONS = [
  {
    id: 'bladder-bowel',
    sign: 'you suddenly cannot control your bladder or bowel',
    question: 'Have you suddenly lost control of your bladder or bowel?',
    why: 'A sudden change like this can mean the bundle of nerves at the base of the spine is being squeezed hard, and that needs treatment straight away.',
    severity: 'emergency',
  },
  {
    id: 'saddle-numbness',
    sign: 'the skin around your groin, buttocks or inner thighs goes numb',
    question: 'Is the skin around your groin, buttocks or inner thighs (the area that would touch a bike saddle) numb or dull to touch?',
    why: 'Numbness in this "saddle area" can come with the same serious nerve pressure as a change in bladder or bowel control, so it counts as an emergency too.',
    severity: 'emergency',
  },
  {
    id: 'urine-bowel-feeling',
    sign: 'it is newly hard to pass urine, the stream feels different, or you cannot feel a full bladder or bowel',
    question: 'Is it newly hard to start passing urine, does the stream feel different, or can you no longer feel when your bladder or bowel is full?',
    why: 'These quieter changes are often the first warning that the nerves to the bladder and bowel are being pressed, before control is lost.',
    severity: 'emergency',
  },
  {
    id: 'genital-numbness',
    sign: 'your genitals go numb or your sexual function changes for no other reason',
    question: 'Have your genitals recently gone numb, or has your sexual function changed without another reason?',
    why: 'The nerves for these areas run through the same place at the base of the spine, so a new change here is an emergency sign too.',
    severity: 'emergency',
  },
  {
    id: 'legs-weakness',
    sign: 'both legs are weak, or a leg gets weaker quickly (a foot that drops or catches)',
    question: 'Are both of your legs weak, or is a leg getting weaker quickly (for example a foot that starts to drop or catch on the ground)?',
    why: 'Weakness in both legs, or weakness that gets worse by the hour or day, can mean nerves are being damaged and need treatment at once.',
    severity: 'emergency',
  },
  {
    id: 'leg-neuro',
    sign: 'numbness, tingling or weakness in one leg is new or spreading',
    question: 'Do you have numbness, tingling or weakness in one leg that is new or spreading?',
    why: 'A change in how one leg feels or works can mean a nerve is being pinched, which a doctor or physiotherapist should check before you keep training.',
    severity: 'soon',
  },
  {
    id: 'worsening-pain',
    sign: 'the pain keeps getting worse, or rest does not ease it',
    question: 'Is your pain getting worse over time, or staying the same even when you rest?',
    why: 'Tired, tight muscles usually ease when you rest, so pain that keeps building or will not settle is worth a professional look.',
    severity: 'soon',
  },
  {
    id: 'systemic',
    sign: 'you also have a fever, chills or weight loss you cannot explain',
    question: 'Along with your back symptoms, have you had a fever, chills or weight loss you cannot explain?',
    why: 'Feeling unwell like this as well as sore can point to an infection or another serious illness that exercise will not help.',
    severity: 'soon',
  },
  {
    id: 'night-position',
    sign: 'the pain wakes you at night, or no position changes it',
    question: 'Does the pain wake you at night, or stay the same whatever position you move into?',
    why: 'Tightness from muscles usually changes when you shift position, so pain that wakes you or never lets up deserves a proper check-up.',
    severity: 'soon',
  },
  {
    id: 'cancer-history',
    sign: 'you have ever had cancer',
    question: 'Have you ever had cancer?',
    why: 'Back pain in someone who has had cancer, even years ago, should be checked once by a doctor to rule out a link.',
    severity: 'soon',
  },
  {
    id: 'fall-injury',
    sign: 'you have had a hard fall or injury to your back recently',
    question: 'Have you had a hard fall, an accident or another injury to your back recently?',
    why: 'After a fall or knock, a doctor should rule out a broken bone before you start exercising.',
    severity: 'soon',
  },
  {
    id: 'steroids-bones',
    sign: 'you have taken steroid tablets for a long time, or have thin bones (osteoporosis)',
    question: 'Have you taken steroid tablets for a long time, or been told you have thin bones (osteoporosis)?',
    why: 'Both make the bones of the spine easier to break, so a doctor or physiotherapist should tell you which movements are safe.',
    severity: 'soon',
  },
  {
    id: 'weak-immunity',
    sign: 'your immune system is weakened by an illness or treatment',
    question: 'Is your immune system weakened, by an illness or by treatment such as chemotherapy or drugs after a transplant?',
    why: 'With weaker defences, an infection in the spine is more likely and easier to miss, so new back pain needs a check.',
    severity: 'soon',
  },
  {
    id: 'calf-circulation',
    sign: 'your calves hurt on walking and ease when you just stand still',
    question: 'When you walk, do you get pain in your calves that goes away if you simply stand still, without needing to bend forward or sit?',
    why: 'Pain that eases just by standing still points to poor blood flow in the legs rather than a nerve in the back, and a doctor should check your circulation.',
    severity: 'soon',
  },
] as const satisfies readonly ScreeningQuestion[];

/**
 * How to tell the two kinds of walking pain apart (Nadeau et al. 2013). Shown with the
 * circulation question and on /safety.
 */
export const NERVE_OR_CIRCULATION = {
  title: 'Nerve or circulation?',
  nerve: 'Tightness from pressure on nerves in the lower back usually eases when you lean forward, sit down or bend over a shopping cart.',
  circulation: 'Cramping in the calves from poor blood flow eases when you stop walking, even if you stay standing up straight.',
} as const;

export { QUESTION_IDS, type CareStep, type FollowUpAnswer, type QuestionId, type ScreeningAnswers, type ScreeningOutcome, type ScreeningRecord } from '@/lib/model';

export interface ScreeningResult {
  readonly outcome: ScreeningOutcome;
  /** Every question answered yes, in question order. */
  readonly flags: QuestionId[];
}

/**
 * What a set of answers means. Any emergency "yes" wins; any other "yes" means see a
 * doctor or physiotherapist soon, even before every question is answered (one yes is enough to act on);
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
      'Call your emergency number, or go to the nearest emergency department now.',
      'Tell them which of these signs you have and when they started.',
      'Do not exercise until a doctor has checked you. Backstride holds your routines and reminders until then.',
    ],
  },
  'see-clinician': {
    title: 'See a doctor or physiotherapist soon',
    body: 'You answered yes to a sign that stretching and strengthening are not meant to deal with. A doctor or physiotherapist should look at it soon, before you carry on with the program.',
    steps: [
      'Book an appointment with a doctor or physiotherapist in the next few days.',
      'Tell them which signs you noticed and how long you have had them.',
      'Ask them whether these exercises suit you before you continue.',
      'If you lose control of your bladder or bowel, the groin or buttocks go numb, or both legs get weak, get emergency care at once.',
    ],
  },
  clear: {
    title: 'No warning signs today',
    body: 'None of the warning signs apply to you right now, so it is fine to exercise. This is not an all-clear for every problem, only a check for the signs that need a doctor or physiotherapist first.',
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

/** The questions not yet answered yes or no, in question order: named at the field. */
export function unanswered(answers: ScreeningAnswers): QuestionId[] {
  return SCREENING_QUESTIONS.filter((q) => typeof answers[q.id] !== 'boolean').map((q) => q.id);
}
