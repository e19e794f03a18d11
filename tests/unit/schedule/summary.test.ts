// The summary's words: a headline that fits the ratings, what the app will do (step back, step
// up, the safety questions), each exercise's dose next time, and what was done in plain lines.
import { describe, expect, it } from 'vitest';
import { getExercise } from '@/lib/content';
import type { ExerciseResult, SessionRecord } from '@/lib/model';
import { screeningPrompt } from '@/lib/safety';
import { doneLines, nextDoses, summaryWords, type DoseDecision } from '@/lib/schedule';
import { buildExerciseResult, buildSession } from '../../fixtures/records';

const plank = (over: Partial<ExerciseResult> = {}) => buildExerciseResult({ exerciseId: 'forearm-plank', planned: 60, done: 60, ...over });
const birdDog = (side: 'left' | 'right', over: Partial<ExerciseResult> = {}) =>
  buildExerciseResult({ exerciseId: 'bird-dog', side, unit: 'reps', planned: 8, done: 8, ...over });
const bridge = (over: Partial<ExerciseResult> = {}) => buildExerciseResult({ exerciseId: 'glute-bridge', unit: 'reps', planned: 20, done: 20, ...over });
const hipFlexor = (side: 'left' | 'right', over: Partial<ExerciseResult> = {}) =>
  buildExerciseResult({ exerciseId: 'half-kneeling-hip-flexor', side, planned: 60, done: 60, ...over });

const core = (over: Partial<SessionRecord> = {}) => buildSession({ id: 'now', routineId: 'core', day: '2026-03-02', results: [plank()], ...over });
const coreGlutes = (over: Partial<SessionRecord> = {}) =>
  buildSession({ id: 'now', routineId: 'core-glutes', day: '2026-03-02', results: [birdDog('left'), birdDog('right'), bridge()], ...over });

/** The words with the decisions nextDoses makes from `earlier` and this record. */
function wordsFor(record: SessionRecord, earlier: readonly SessionRecord[] = [], previous?: number) {
  const ids = [...new Set(record.results.map((r) => r.exerciseId))];
  const exercises = ids.map((id) => getExercise(id)!);
  const decisions = nextDoses(exercises, [...earlier, record], [], []);
  return summaryWords({ record, exercise: getExercise, decisions, screening: screeningPrompt(previous, record.tightness, record.legSymptoms === true) });
}

const easyBefore = (routine: (o: Partial<SessionRecord>) => SessionRecord) => routine({ id: 'before', day: '2026-03-01', effort: 'easy' });

describe('the headline and what the app will do', () => {
  it.each<[name: string, record: SessionRecord, earlier: SessionRecord[], headline: string, line: string | null, safety: string | null]>([
    ['unrated', core(), [], 'Well done', 'Say how hard it felt, and the next session adjusts to it.', null],
    ['about right', core({ effort: 'right' }), [], 'Well done — just the right level', 'The doses stay where they are: that is the level to keep.', null],
    ['a lone easy', core({ effort: 'easy' }), [], 'Nice work — that felt easy', 'One more easy session and the doses go up a step.', null],
    ['a second easy', core({ effort: 'easy' }), [easyBefore(core)], 'Nice work — you are getting stronger', 'Two easy sessions in a row: next time asks a little more.', null],
    ['hard', core({ effort: 'hard', tightness: 3 }), [], 'Good effort — next time is gentler', 'It felt hard, so next time each exercise steps back a little.', null],
    ['tightness 7', core({ effort: 'right', tightness: 7 }), [], 'Good effort — next time is gentler', 'Your back is at 7 out of 10, so next time each exercise steps back a little.', null],
    [
      'hard with tightness 8',
      core({ effort: 'hard', tightness: 8 }),
      [],
      'Let’s go gentler next time',
      'It felt hard and your back is at 8 out of 10, so next time each exercise steps back a little.',
      'high-tightness',
    ],
    ['new leg symptoms', core({ effort: 'easy', legSymptoms: true }), [], 'Thank you for telling us — let’s check that leg', 'Please answer the safety questions before your next session.', 'leg-symptoms'],
    ['ended early', core({ completed: false, results: [plank({ done: 20 })] }), [], 'Session ended', 'Stopping early is fine. A session you end early does not move your doses up.', null],
    ['ended early at tightness 9', core({ completed: false, tightness: 9 }), [], 'Session ended — look after your back', null, 'high-tightness'],
    [
      'one exercise rated hard, the session easy',
      coreGlutes({ effort: 'easy', exerciseEffort: { 'bird-dog': 'hard' }, tooHard: ['bird-dog'] }),
      [],
      'Nice work — that felt easy',
      'One more easy session and the doses go up a step.',
      null,
    ],
  ])('%s', (_name, record, earlier, headline, line, safety) => {
    const words = wordsFor(record, earlier);
    expect(words.headline).toBe(headline);
    if (line) expect(words.lines).toContain(line);
    expect(words.safety).toBe(safety);
  });

  it('says an exercise rated hard steps back while the doses are not known yet', () => {
    const record = coreGlutes({ effort: 'right', exerciseEffort: { 'bird-dog': 'hard' }, tooHard: ['bird-dog'] });
    const words = summaryWords({ record, exercise: getExercise, decisions: null, screening: null });
    expect(words.lines).toContain('You found Bird-dog hard: it steps back a little next time.');
  });

  it('never says "Well done" when it felt hard or the back is tight', () => {
    for (const record of [core({ effort: 'hard' }), core({ tightness: 8 }), core({ effort: 'hard', tightness: 8 }), core({ legSymptoms: true })]) {
      expect(wordsFor(record).headline).not.toMatch(/well done/i);
    }
  });

  it('offers the safety questions after a rise in tightness, saying why', () => {
    const words = wordsFor(core({ effort: 'right', tightness: 6 }), [], 2);
    expect(words.safety).toBe('tightness-rise');
    expect(words.safetyText).toMatch(/gone up noticeably/);
  });
});

describe('what changes next time, per exercise', () => {
  it.each<[name: string, record: SessionRecord, earlier: SessionRecord[], texts: string[]]>([
    ['a step up after two easy sessions', core({ effort: 'easy' }), [easyBefore(core)], ['Forearm plank goes up to 25 s next time.']],
    ['a step back after a hard one', core({ effort: 'hard' }), [], ['Forearm plank steps back to 15 s next time — it felt hard.']],
    ['the same after a lone easy', core({ effort: 'easy' }), [], ['Forearm plank stays at 20 s; one more easy session and it goes up.']],
    ['the same when about right', core({ effort: 'right' }), [], ['Forearm plank stays at 20 s.']],
    [
      'only the exercise rated hard steps back',
      coreGlutes({ effort: 'easy', exerciseEffort: { 'bird-dog': 'hard', 'glute-bridge': 'easy' }, tooHard: ['bird-dog'] }),
      [easyBefore(coreGlutes)],
      ['Bird-dog steps back to 6 reps next time — you found it hard.', 'Glute bridge goes up to 11 reps next time.'],
    ],
    [
      'an exercise rated easy in a hard session does not step back',
      coreGlutes({ effort: 'hard', exerciseEffort: { 'glute-bridge': 'easy' } }),
      [],
      ['Bird-dog steps back to 6 reps next time — it felt hard.', 'Glute bridge stays at 10 reps; one more easy session and it goes up.'],
    ],
    [
      'a stretch at its 30 s says why it stays',
      buildSession({ id: 'now', routineId: 'hip-flexors', day: '2026-03-02', effort: 'easy', results: [hipFlexor('left'), hipFlexor('right')] }),
      [buildSession({ id: 'before', routineId: 'hip-flexors', day: '2026-03-01', effort: 'easy', results: [hipFlexor('left'), hipFlexor('right')] })],
      ['Half-kneeling hip-flexor stretch stays at 30 s: holding a stretch longer adds nothing.'],
    ],
  ])('%s', (_name, record, earlier, texts) => {
    expect(wordsFor(record, earlier).changes.map((c) => c.text)).toEqual(texts);
  });

  it.each<[reason: DoseDecision, text: string]>([
    [{ amount: 10, reason: 'hard' }, 'Forearm plank stays at 10 s — it felt hard, and this is already its gentlest dose.'],
    [{ amount: 30, reason: 'pinned' }, 'Forearm plank goes up to 30 s next time, the amount you set.'],
    [{ amount: 10, reason: 'flare' }, 'Forearm plank stays at 10 s — after your flare day, and this is already its gentlest dose.'],
  ])('says %j plainly', (decision, text) => {
    const record = core({ effort: 'hard', results: [plank({ planned: 30, done: 30 })] });
    const words = summaryWords({ record, exercise: getExercise, decisions: new Map([['forearm-plank', decision]]), screening: null });
    expect(words.changes.map((c) => c.text)).toEqual([text]);
  });

  it('says nothing per exercise while the decisions are not known (the session is not saved)', () => {
    expect(summaryWords({ record: core(), exercise: getExercise, decisions: null, screening: null }).changes).toEqual([]);
  });
});

describe('what was done, in plain lines', () => {
  it.each<[name: string, results: ExerciseResult[], line: string]>([
    ['a hold of three sets', [plank()], 'Forearm plank: 3 × 20 s'],
    ['alternating reps, per side', [birdDog('left'), birdDog('right')], 'Bird-dog: 8 reps each side'],
    ['reps of two sets', [bridge()], 'Glute bridge: 2 × 10 reps'],
    ['a stretch on each side', [hipFlexor('left'), hipFlexor('right')], 'Half-kneeling hip-flexor stretch: 2 × 30 s each side'],
    ['a skipped exercise', [plank({ done: 0, skipped: true })], 'Forearm plank: skipped'],
    ['an exercise never reached', [plank({ done: 0 })], 'Forearm plank: not reached (the session ended first)'],
    ['part of a hold', [plank({ done: 40, skipped: true })], 'Forearm plank: 40 of 60 s, part skipped'],
    ['one side skipped', [hipFlexor('left'), hipFlexor('right', { done: 0, skipped: true })], 'Half-kneeling hip-flexor stretch: left 2 × 30 s, right skipped'],
    ['a rest until it settles', [buildExerciseResult({ exerciseId: 'lean-forward-rest', planned: 45, done: 32 })], 'Lean forward and rest: 32 s, until it settled'],
  ])('%s', (_name, results, line) => {
    const lines = doneLines(buildSession({ results }), getExercise);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(line.replace('Lean forward and rest', getExercise('lean-forward-rest')!.name));
  });

  it('never says "of" when everything was done', () => {
    expect(doneLines(coreGlutes(), getExercise).join(' ')).not.toMatch(/ of /);
  });
});
