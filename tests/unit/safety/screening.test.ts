import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABOUT_THIS_APP,
  NERVE_OR_CIRCULATION,
  QUESTION_IDS,
  SCREENING_MESSAGES,
  SCREENING_QUESTIONS,
  screen,
  unanswered,
  type QuestionId,
  type ScreeningAnswers,
  type ScreeningOutcome,
} from '@/lib/safety';

// Spelled out here rather than read from the data, so a wrong severity in the data fails.
const EMERGENCY: readonly QuestionId[] = ['bladder-bowel', 'saddle-numbness', 'urine-bowel-feeling', 'genital-numbness', 'legs-weakness'];
const SOON: readonly QuestionId[] = [
  'leg-neuro',
  'worsening-pain',
  'systemic',
  'night-position',
  'cancer-history',
  'fall-injury',
  'steroids-bones',
  'weak-immunity',
  'calf-circulation',
];
// The first version asked these six; their ids are in people's records and backups.
const SHIPPED_V1: readonly QuestionId[] = ['bladder-bowel', 'saddle-numbness', 'leg-neuro', 'worsening-pain', 'systemic', 'night-position'];
const ALL = [...EMERGENCY, ...SOON];

type Answer = boolean | undefined;

function answersFrom(values: readonly Answer[]): ScreeningAnswers {
  const answers: ScreeningAnswers = {};
  ALL.forEach((id, i) => {
    const v = values[i];
    if (v !== undefined) answers[id] = v;
  });
  return answers;
}

function expectedOutcome(values: readonly Answer[]): ScreeningOutcome {
  const yes = (id: QuestionId) => values[ALL.indexOf(id)] === true;
  if (EMERGENCY.some(yes)) return 'emergency';
  if (SOON.some(yes)) return 'see-clinician';
  return values.every((v) => v === false) ? 'clear' : 'incomplete';
}

function combinations(choices: readonly Answer[], n: number): Answer[][] {
  if (n === 0) return [[]];
  return combinations(choices, n - 1).flatMap((rest) => choices.map((c) => [c, ...rest]));
}

const describeValues = (values: readonly Answer[]) =>
  values.map((v) => (v === undefined ? '-' : v ? 'Y' : 'n')).join('');

describe('screening questions', () => {
  it('asks every sign, emergency signs first', () => {
    expect(QUESTION_IDS).toEqual(ALL);
  });

  it('keeps every id the first version shipped', () => {
    for (const id of SHIPPED_V1) expect(QUESTION_IDS).toContain(id);
  });

  it('splits leg symptoms: one leg is "see soon", both legs or fast-worsening weakness is an emergency', () => {
    expect(screen({ 'leg-neuro': true }).outcome).toBe('see-clinician');
    expect(screen({ 'legs-weakness': true }).outcome).toBe('emergency');
    expect(SCREENING_QUESTIONS.find((q) => q.id === 'leg-neuro')?.question).toMatch(/one leg/);
    expect(SCREENING_QUESTIONS.find((q) => q.id === 'legs-weakness')?.question).toMatch(/both of your legs.*getting weaker quickly/);
  });

  it('explains how nerve tightness differs from poor circulation', () => {
    expect(NERVE_OR_CIRCULATION.nerve).toMatch(/lean forward|sit/);
    expect(NERVE_OR_CIRCULATION.circulation).toMatch(/stand/);
  });

  it('names the unanswered questions in order', () => {
    expect(unanswered({})).toEqual(ALL);
    const allButTwo = Object.fromEntries(ALL.filter((id) => id !== 'systemic' && id !== 'legs-weakness').map((id) => [id, false]));
    expect(unanswered(allButTwo)).toEqual(['legs-weakness', 'systemic']);
  });

  it.each(ALL)('%s has the right severity, a yes/no question and a one-sentence reason', (id) => {
    const q = SCREENING_QUESTIONS.find((x) => x.id === id);
    expect(q?.severity).toBe(EMERGENCY.includes(id) ? 'emergency' : 'soon');
    expect(q?.question).toMatch(/^[A-Z].*\?$/);
    expect(q?.why).toMatch(/^[A-Z][^.?!]*\.$/);
  });
});

describe(`screen: every yes/no combination of the ${ALL.length} questions`, () => {
  const rows = combinations([true, false], ALL.length);
  it(`covers all ${2 ** ALL.length} combinations with the right outcome and flags`, () => {
    expect(rows).toHaveLength(2 ** ALL.length);
    for (const values of rows) {
      const result = screen(answersFrom(values));
      expect({ answers: describeValues(values), outcome: result.outcome }).toEqual({ answers: describeValues(values), outcome: expectedOutcome(values) });
      expect(result.outcome).not.toBe('incomplete');
      expect(result.flags).toEqual(ALL.filter((_, i) => values[i] === true));
    }
  });
});

describe('screen: with unanswered questions', () => {
  it('matches the rule for every yes/no/blank combination of the emergency signs, the rest blank or no', () => {
    const rows = combinations([true, false, undefined], EMERGENCY.length).flatMap((head) => [
      [...head, ...SOON.map(() => undefined)],
      [...head, ...SOON.map(() => false)],
    ]);
    for (const values of rows) {
      const result = screen(answersFrom(values));
      expect({ answers: describeValues(values), outcome: result.outcome }).toEqual({ answers: describeValues(values), outcome: expectedOutcome(values) });
    }
  });

  it('matches the rule for random partial answers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Answer>(true, false, undefined), { minLength: ALL.length, maxLength: ALL.length }), (values) => {
        const result = screen(answersFrom(values));
        expect(result.outcome).toBe(expectedOutcome(values));
        expect(result.flags).toEqual(ALL.filter((_, i) => values[i] === true));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a first-version record (six answers, all no) as incomplete, not clear: the new questions were not asked', () => {
    const v1 = Object.fromEntries(SHIPPED_V1.map((id) => [id, false])) as ScreeningAnswers;
    expect(screen(v1).outcome).toBe('incomplete');
    expect(unanswered(v1)).toEqual(ALL.filter((id) => !SHIPPED_V1.includes(id)));
  });

  it('matches the rule for the old six-question table too', () => {
    const rows = combinations([true, false, undefined], 6);
    for (const head of rows) {
      const values = ALL.map((id) => (SHIPPED_V1.includes(id) ? head[SHIPPED_V1.indexOf(id)] : undefined));
      const result = screen(answersFrom(values));
      expect({ answers: describeValues(values), outcome: result.outcome }).toEqual({
        answers: describeValues(values),
        outcome: expectedOutcome(values),
      });
      expect(result.flags).toEqual(ALL.filter((_, i) => values[i] === true));
    }
  });
});

describe('screen: readable cases', () => {
  const no = Object.fromEntries(ALL.map((id) => [id, false])) as Record<QuestionId, boolean>;
  it.each<[string, ScreeningAnswers, ScreeningOutcome, QuestionId[]]>([
    ['nothing answered', {}, 'incomplete', []],
    ['all no', no, 'clear', []],
    ['all no but one blank', { ...no, 'night-position': undefined }, 'incomplete', []],
    ['bladder yes alone, rest blank', { 'bladder-bowel': true }, 'emergency', ['bladder-bowel']],
    ['saddle yes, rest no', { ...no, 'saddle-numbness': true }, 'emergency', ['saddle-numbness']],
    ['soon yes with others blank still acts', { systemic: true }, 'see-clinician', ['systemic']],
    [
      'emergency wins over soon',
      { ...no, 'leg-neuro': true, 'bladder-bowel': true },
      'emergency',
      ['bladder-bowel', 'leg-neuro'],
    ],
    ['everything yes', Object.fromEntries(ALL.map((id) => [id, true])), 'emergency', ALL],
  ])('%s', (_, answers, outcome, flags) => {
    expect(screen(answers)).toEqual({ outcome, flags });
  });

  it('never reads a corrupted answer as no', () => {
    const corrupted = { ...no, systemic: 'no' } as unknown as ScreeningAnswers;
    expect(screen(corrupted).outcome).toBe('incomplete');
  });
});

describe('messages', () => {
  it('the emergency message sends the person to emergency care and rules out exercise until a doctor has checked them', () => {
    const text = [SCREENING_MESSAGES.emergency.body, ...SCREENING_MESSAGES.emergency.steps].join(' ');
    expect(text).toMatch(/emergency number/);
    expect(text).toMatch(/emergency department/);
    expect(text).toMatch(/do not exercise until a doctor has checked you/i);
    expect(text).not.toMatch(/today/i);
  });

  it('speaks of a doctor or physiotherapist, never a "clinician"', () => {
    // 'see-clinician' stays as the stored outcome's key; the words people read never say it.
    const words = JSON.stringify([SCREENING_QUESTIONS, Object.values(SCREENING_MESSAGES), ABOUT_THIS_APP]);
    expect(words).not.toMatch(/clinician/i);
  });

  it('the clear message allows exercise and says to stop if symptoms change', () => {
    const text = [SCREENING_MESSAGES.clear.body, ...SCREENING_MESSAGES.clear.steps].join(' ');
    expect(text).toMatch(/fine to exercise/);
    expect(text).toMatch(/stop if your symptoms change/i);
  });

  it('the see-a-clinician message names who to see', () => {
    expect(SCREENING_MESSAGES['see-clinician'].body).toMatch(/doctor or physiotherapist/);
  });

  it('the app says it does not diagnose, and nothing claims to', () => {
    expect(ABOUT_THIS_APP.body).toMatch(/does not diagnose/);
    const everything = JSON.stringify({ SCREENING_QUESTIONS, SCREENING_MESSAGES, ABOUT_THIS_APP });
    const claims = everything.match(/[^.]*\bdiagnos[^.]*/gi) ?? [];
    for (const claim of claims) expect(claim).toMatch(/does not diagnose|cannot|not a diagnosis/);
  });
});
