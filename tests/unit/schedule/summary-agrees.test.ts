// The summary's "next time" words and the next session's doses come from one computation: after
// sessions are finished and stored as the player stores them, the amount the words name is the
// amount the next session of that routine is planned with (as SessionScreen plans it).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import { listDayMarks, markDay } from '@/lib/db/day-marks';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { listDoses } from '@/lib/db/doses';
import { finishSession, listSessions } from '@/lib/db/sessions';
import type { Effort, SessionRecord } from '@/lib/model';
import { doseOverrides, nextDoses, summaryWords } from '@/lib/schedule';
import { planSession } from '@/lib/timer';
import { buildExerciseResult, buildSession, T0 } from '../../fixtures/records';

const DAY_MS = 86_400_000;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const exercisesOf = (routineId: string): Exercise[] => getRoutine(routineId)!.exerciseIds.map((id) => getExercise(id)!);

/** The next session of the routine, planned as SessionScreen plans a fresh one. */
async function nextPlan(routineId: string) {
  const exercises = exercisesOf(routineId);
  const decisions = nextDoses(exercises, await listSessions(), await listDayMarks(), await listDoses());
  return planSession(getRoutine(routineId)!, exercises, doseOverrides(exercises, decisions));
}

/** The summary's words for the latest stored session, from what it reads once saved. */
async function summaryOf(record: SessionRecord) {
  const exercises = [...new Set(record.results.map((r) => r.exerciseId))].map((id) => getExercise(id)!);
  const decisions = nextDoses(exercises, await listSessions(), await listDayMarks(), await listDoses());
  return summaryWords({ record, exercise: getExercise, decisions, screening: null });
}

/** Finishes a session of the routine at its planned doses, rated as given; returns its record. */
async function finish(routineId: string, n: number, ratings: Partial<Pick<SessionRecord, 'tightness' | 'exerciseEffort' | 'tooHard'>> & { effort?: Effort }) {
  const phases = await nextPlan(routineId);
  const doses = Object.fromEntries(
    exercisesOf(routineId).map((e) => {
      const work = phases.find((p) => p.kind === 'work' && p.exerciseId === e.id)!;
      return [e.id, e.dose.kind === 'hold' ? work.durationMs! / 1000 : work.repCount ?? work.targetReps!];
    }),
  );
  const results = exercisesOf(routineId).flatMap((e) => {
    const amount = doses[e.id]!;
    const sets = e.dose.sets;
    if (e.dose.kind === 'hold') return [buildExerciseResult({ exerciseId: e.id, planned: amount * sets, done: amount * sets })];
    // Alternating reps: half of each set on either side.
    return (['left', 'right'] as const).map((side) => buildExerciseResult({ exerciseId: e.id, side, unit: 'reps', planned: (amount / 2) * sets, done: (amount / 2) * sets }));
  });
  const at = T0 + n * DAY_MS;
  const record = buildSession({ id: `s${n}`, routineId, startedAt: at, endedAt: at + 600_000, day: new Date(at).toISOString().slice(0, 10), results, ...ratings });
  await finishSession(record, doses, at + 600_000);
  return record;
}

const planked = (phases: Awaited<ReturnType<typeof nextPlan>>) => phases.find((p) => p.kind === 'work' && p.exerciseId === 'forearm-plank')!.durationMs! / 1000;
const birdDogReps = (phases: Awaited<ReturnType<typeof nextPlan>>) => phases.find((p) => p.kind === 'work' && p.exerciseId === 'bird-dog')!.repCount!;

describe('"Next time" on the summary and the next session', () => {
  it.each<[name: string, ratings: Parameters<typeof finish>[2][], seconds: number]>([
    ['two easy sessions: up a step', [{ effort: 'easy' }, { effort: 'easy' }], 25],
    ['easy, then hard at tightness 8: back a step', [{ effort: 'easy' }, { effort: 'hard', tightness: 8 }], 15],
    ['easy, easy, then about right: stays up', [{ effort: 'easy' }, { effort: 'easy' }, { effort: 'right' }], 25],
  ])('plank, %s', async (_name, ratings, seconds) => {
    let last: SessionRecord | undefined;
    for (const [i, r] of ratings.entries()) last = await finish('core', i + 1, r);
    const words = await summaryOf(last!);
    const plan = await nextPlan('core');
    expect(planked(plan)).toBe(seconds);
    expect(words.changes).toHaveLength(1);
    expect(words.changes[0]!.to).toBe(seconds);
    expect(words.changes[0]!.text).toContain(`${seconds} s`);
  });

  it('bird-dog rated hard on its own steps back in both', async () => {
    await finish('core-glutes', 1, { effort: 'right' });
    const last = await finish('core-glutes', 2, { effort: 'right', exerciseEffort: { 'bird-dog': 'hard' }, tooHard: ['bird-dog'] });
    const words = await summaryOf(last);
    expect(birdDogReps(await nextPlan('core-glutes'))).toBe(6);
    expect(words.changes.find((c) => c.exerciseId === 'bird-dog')?.text).toBe('Bird-dog steps back to 6 reps next time — you found it hard.');
  });

  it('a flare day marked after the session counts in both', async () => {
    const last = await finish('core', 1, { effort: 'right' });
    await markDay(last.day, 'flare', last.endedAt + 1000);
    const words = await summaryOf(last);
    expect(planked(await nextPlan('core'))).toBe(10);
    expect(words.changes[0]!.text).toBe('Forearm plank steps back to 10 s next time — after your flare day.');
  });
});
