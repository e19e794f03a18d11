// A session's optional "too hard" ratings in a backup: kept when they name exercises of that
// session, each once; refused with a message otherwise. Files without them stay valid.
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, type BackupData } from '@/lib/backup';
import type { SessionRecord } from '@/lib/model';
import { buildAllData, buildExerciseResult, buildSession } from '../../fixtures/records';

const T0 = Date.UTC(2026, 2, 1, 7, 30);

const session: SessionRecord = buildSession({
  id: 's1', routineId: 'core-glutes', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01',
  results: [
    buildExerciseResult({ exerciseId: 'bird-dog', unit: 'reps', planned: 16, done: 16 }),
    buildExerciseResult({ exerciseId: 'glute-bridge', unit: 'reps', planned: 20, done: 20 }),
  ],
  effort: 'easy',
});

function data(sessions: SessionRecord[]): BackupData {
  return buildAllData({ sessions });
}

/** The file as text, with `tooHard` set on its one session (any value, as a file could hold). */
function fileWith(tooHard: unknown): string {
  const json = JSON.parse(JSON.stringify(buildBackup(data([session]), T0))) as { data: { sessions: Record<string, unknown>[] } };
  const first = json.data.sessions[0];
  if (first) first.tooHard = tooHard;
  return JSON.stringify(json);
}

describe('a backup with "too hard" ratings', () => {
  it('round-trips them', () => {
    const backup = buildBackup(data([{ ...session, tooHard: ['bird-dog'] }]), T0);
    const result = parseBackup(JSON.stringify(backup));
    expect(result.ok && result.backup.data.sessions[0]?.tooHard).toEqual(['bird-dog']);
  });

  it('still reads a session without them (older files) as none rated', () => {
    const result = parseBackup(JSON.stringify(buildBackup(data([session]), T0)));
    expect(result.ok).toBe(true);
    expect(result.ok && result.backup.data.sessions[0]).not.toHaveProperty('tooHard');
  });

  it.each<[name: string, tooHard: unknown, message: string]>([
    ['an exercise not in the session', ['plank'], 'sessions[0].tooHard[0]: rates "plank" too hard, but that exercise is not in this session'],
    ['the same exercise twice', ['bird-dog', 'bird-dog'], 'sessions[0].tooHard[1]: rates "bird-dog" too hard twice'],
    ['an empty id', [''], 'sessions[0].tooHard[0]: must not be empty'],
    ['not a list', 'bird-dog', 'sessions[0].tooHard: expected a list, got "bird-dog"'],
  ])('is refused when it names %s', (_name, tooHard, message) => {
    const result = parseBackup(fileWith(tooHard));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([message]);
  });
});
