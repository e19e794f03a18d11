// A session's optional effort per exercise in a backup: kept when it names exercises of that
// session with a known effort, refused with a message otherwise; files without it stay valid.
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup } from '@/lib/backup';
import type { SessionRecord } from '@/lib/model';
import { buildAllData, buildExerciseResult, buildSession, T0 } from '../../fixtures/records';

const session: SessionRecord = buildSession({
  id: 's1', routineId: 'core-glutes',
  results: [
    buildExerciseResult({ exerciseId: 'bird-dog', unit: 'reps', planned: 16, done: 16 }),
    buildExerciseResult({ exerciseId: 'glute-bridge', unit: 'reps', planned: 20, done: 20 }),
  ],
});

function fileWith(exerciseEffort: unknown): string {
  const json = JSON.parse(JSON.stringify(buildBackup(buildAllData({ sessions: [session] }), T0))) as { data: { sessions: Record<string, unknown>[] } };
  json.data.sessions[0]!.exerciseEffort = exerciseEffort;
  return JSON.stringify(json);
}

describe('a backup with efforts per exercise', () => {
  it('round-trips them', () => {
    const rated = { ...session, exerciseEffort: { 'bird-dog': 'hard', 'glute-bridge': 'easy' }, tooHard: ['bird-dog'] } as const;
    const result = parseBackup(JSON.stringify(buildBackup(buildAllData({ sessions: [rated] }), T0)));
    expect(result.ok ? result.backup.data.sessions[0] : result.errors).toEqual(rated);
  });

  it('reads sessions without them (every older file) as none given', () => {
    const result = parseBackup(JSON.stringify(buildBackup(buildAllData({ sessions: [session] }), T0)));
    expect(result.ok && result.backup.data.sessions[0]).not.toHaveProperty('exerciseEffort');
  });

  it.each<[name: string, value: unknown, message: RegExp]>([
    ['an exercise not in the session', { plank: 'easy' }, /sessions\[0\]\.exerciseEffort\.plank: rates "plank", but that exercise is not in this session/],
    ['an unknown effort', { 'bird-dog': 'brutal' }, /sessions\[0\]\.exerciseEffort\.bird-dog/],
    ['not an object', 'hard', /sessions\[0\]\.exerciseEffort/],
  ])('is refused when it has %s', (_name, value, message) => {
    const result = parseBackup(fileWith(value));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join('\n')).toMatch(message);
  });
});
