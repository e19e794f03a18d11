import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { deleteSession, getSession, recentSessions, saveSession, sessionsBetween, sessionsOnDay, updateSession } from '@/lib/db/sessions';
import type { SessionRecord } from '@/lib/db/types';

const T0 = Date.UTC(2026, 2, 1, 7, 30);
const HOUR = 3_600_000;

const session = (id: string, over: Partial<SessionRecord> = {}): SessionRecord => ({
  id, routineId: 'core', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01', completed: true, source: 'player',
  results: [{ exerciseId: 'plank', side: null, unit: 'seconds', planned: 30, done: 25, skipped: false }],
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
    expect(await recentSessions(10)).toHaveLength(1);
  });

  it('updates effort, tightness and note, leaving the rest', async () => {
    await saveSession(session('a', { note: 'first' }));
    await updateSession('a', { effort: 'hard', tightness: 7 });
    expect(await getSession('a')).toEqual(session('a', { note: 'first', effort: 'hard', tightness: 7 }));
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

  it('lists the sessions of a day in start order', async () => {
    await saveSession(session('late', { startedAt: T0 + 10 * HOUR, endedAt: T0 + 11 * HOUR }));
    await saveSession(session('early'));
    await saveSession(session('next-day', { day: '2026-03-02', startedAt: T0 + 24 * HOUR, endedAt: T0 + 25 * HOUR }));
    expect((await sessionsOnDay('2026-03-01')).map((s) => s.id)).toEqual(['early', 'late']);
    expect(await sessionsOnDay('2026-02-28')).toEqual([]);
  });

  it('lists the sessions between two days, both included, in start order', async () => {
    const days = ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03'];
    for (const [i, day] of days.entries()) {
      await saveSession(session(`s${i}`, { day, startedAt: T0 + (5 - i) * HOUR, endedAt: T0 + (5 - i) * HOUR }));
    }
    expect((await sessionsBetween('2026-02-28', '2026-03-02')).map((s) => s.day)).toEqual(['2026-03-02', '2026-03-01', '2026-02-28']);
  });

  it('gives the most recent sessions first, up to the limit', async () => {
    for (let i = 0; i < 5; i += 1) await saveSession(session(`s${i}`, { startedAt: T0 + i * HOUR, endedAt: T0 + i * HOUR }));
    expect((await recentSessions(3)).map((s) => s.id)).toEqual(['s4', 's3', 's2']);
  });
});
