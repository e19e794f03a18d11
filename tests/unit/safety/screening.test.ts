import { describe, expect, it } from 'vitest';
import {
  ABOUT_THIS_APP,
  QUESTION_IDS,
  SCREENING_MESSAGES,
  SCREENING_QUESTIONS,
  screen,
  type QuestionId,
  type ScreeningAnswers,
  type ScreeningOutcome,
} from '@/lib/safety';

// Spelled out here rather than read from the data, so a wrong severity in the data fails.
const EMERGENCY: readonly QuestionId[] = ['bladder-bowel', 'saddle-numbness'];
const SOON: readonly QuestionId[] = ['leg-neuro', 'worsening-pain', 'systemic', 'night-position'];
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
  it('has the six stable ids, emergency signs first', () => {
    expect(QUESTION_IDS).toEqual(ALL);
  });

  it.each(ALL)('%s has the right severity, a yes/no question and a one-sentence reason', (id) => {
    const q = SCREENING_QUESTIONS.find((x) => x.id === id);
    expect(q?.severity).toBe(EMERGENCY.includes(id) ? 'emergency' : 'soon');
    expect(q?.question).toMatch(/^[A-Z].*\?$/);
    expect(q?.why).toMatch(/^[A-Z][^.?!]*\.$/);
  });
});

describe('screen: every yes/no combination of the six questions', () => {
  const rows = combinations([true, false], 6);
  it('covers all 64 combinations', () => expect(rows).toHaveLength(64));

  it.each(rows.map((values) => [describeValues(values), values] as const))('%s', (_, values) => {
    const result = screen(answersFrom(values));
    expect(result.outcome).toBe(expectedOutcome(values));
    expect(result.outcome).not.toBe('incomplete');
    expect(result.flags).toEqual(ALL.filter((_, i) => values[i] === true));
  });
});

describe('screen: with unanswered questions (all 729 yes/no/blank combinations)', () => {
  const rows = combinations([true, false, undefined], 6);

  it('matches the rule for each of them', () => {
    expect(rows).toHaveLength(729);
    for (const values of rows) {
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
  it('the emergency message sends the person to emergency care and rules out exercise today', () => {
    const text = [SCREENING_MESSAGES.emergency.body, ...SCREENING_MESSAGES.emergency.steps].join(' ');
    expect(text).toMatch(/emergency number/);
    expect(text).toMatch(/emergency department/);
    expect(text).toMatch(/do not exercise today/i);
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
