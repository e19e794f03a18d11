import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { deleteSession, getSession, listSessions, saveSession, updateSession } from '@/lib/db/sessions';
import type { SessionRecord } from '@/lib/model';
import { buildExerciseResult, buildSession } from '../../fixtures/records';

const T0 = Date.UTC(2026, 2, 1, 7, 30);
const HOUR = 3_600_000;

const session = (id: string, over: Partial<SessionRecord> = {}): SessionRecord =>
  buildSession({
    id, routineId: 'core', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01',
    results: [buildExerciseResult({ exerciseId: 'plank', planned: 30, done: 25 })],
    ...over,
  });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('sessions', () => {
  it('saves a session and reads it back whole', async () => {
    const s = session('a', { effort: 'right', tightness: 2, note: 'ok' });
    await saveSession(s);
    expect(await getSession('a')).toEqual(s);
    expect(await getSession('missing')).toBeUndefined();
  });

  it('saving again with the same id replaces the record', async () => {
    await saveSession(session('a'));
    await saveSession(session('a', { completed: false }));
    expect(await getSession('a')).toEqual(session('a', { completed: false }));
    expect(await listSessions()).toHaveLength(1);
  });

  it('updates effort, tightness and note, leaving the rest, and dates the edit', async () => {
    await saveSession(session('a', { note: 'first' }));
    await updateSession('a', { effort: 'hard', tightness: 7 }, 5_000);
    expect(await getSession('a')).toEqual(session('a', { note: 'first', effort: 'hard', tightness: 7, updatedAt: 5_000 }));
  });

  it('deletes a session and hands it back for undo', async () => {
    const s = session('a');
    await saveSession(s);
    await saveSession(session('b'));
    expect(await deleteSession('a')).toEqual(s);
    expect(await getSession('a')).toBeUndefined();
    expect(await getSession('b')).toBeDefined();
    expect(await deleteSession('a')).toBeUndefined();
  });

  it('undo is saving the returned record again', async () => {
    await saveSession(session('a', { note: 'keep me' }));
    const removed = await deleteSession('a');
    if (removed) await saveSession(removed);
    expect(await getSession('a')).toEqual(session('a', { note: 'keep me' }));
  });

  it('lists every session oldest first', async () => {
    for (const i of [3, 1, 4, 0, 2]) await saveSession(session(`s${i}`, { startedAt: T0 + i * HOUR, endedAt: T0 + i * HOUR }));
    expect((await listSessions()).map((x) => x.id)).toEqual(['s0', 's1', 's2', 's3', 's4']);
  });
});
