import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearActiveSession, loadActiveSession, markActiveSessionSeen, saveActiveSession, type ActiveSession } from '@/lib/db/active-session';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { readSettings, updateSettings } from '@/lib/db/settings';
import { ACTIVE_SESSION_RECORD, DEFAULT_SETTINGS } from '@/lib/model';
import { createSession, planSession, remainingMs, restore, sessionReducer } from '@/lib/timer';

const T0 = Date.UTC(2026, 2, 1, 7, 30);

function running(): ActiveSession {
  const phases = planSession({ prepareSeconds: 5, switchSeconds: 5 }, [
    { id: 'plank', dose: { kind: 'hold', holdSeconds: 30, sets: 2, sides: 'none', restSeconds: 10 } },
    { id: 'bridge', dose: { kind: 'reps', reps: 8, holdSeconds: 0, secondsPerRep: 3, sets: 1, sides: 'none', restSeconds: 0 } },
  ]);
  let state = sessionReducer(createSession(phases), { type: 'START', now: T0 });
  state = sessionReducer(state, { type: 'SKIP', now: T0 + 2_000 });
  state = sessionReducer(state, { type: 'PAUSE', now: T0 + 12_000 });
  return { id: 'run-1', routineId: 'core', state, savedAt: T0 + 12_000 };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('active session', () => {
  it('is absent when nothing is running', async () => {
    expect(await loadActiveSession()).toBeUndefined();
  });

  it('comes back exactly as saved, and resumes where it was', async () => {
    const active = running();
    await saveActiveSession(active);
    const loaded = await loadActiveSession();
    expect(loaded).toEqual(active);
    if (!loaded) return;
    const later = T0 + 60 * 60_000;
    expect(remainingMs(restore(loaded.state, later), later)).toBe(remainingMs(restore(active.state, later), later));
  });

  it('the latest save wins', async () => {
    const active = running();
    await saveActiveSession(active);
    const next = { ...active, state: sessionReducer(active.state, { type: 'RESUME', now: T0 + 20_000 }), savedAt: T0 + 20_000 };
    await saveActiveSession(next);
    expect(await loadActiveSession()).toEqual(next);
  });

  it('clearing removes it and leaves the settings alone', async () => {
    await updateSettings({ voice: true });
    await saveActiveSession(running());
    await clearActiveSession();
    expect(await loadActiveSession()).toBeUndefined();
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, voice: true });
  });
});

describe('the heartbeat (lastSeen)', () => {
  const mine = (): ActiveSession => ({ ...running(), writer: 'tab-1' });

  it('stamps the session this tab drives, keeping the record at version 1 and everything else as saved', async () => {
    await saveActiveSession(mine());
    await markActiveSessionSeen('run-1', 'tab-1', T0 + 15_000);
    expect(await loadActiveSession()).toEqual({ ...mine(), lastSeen: T0 + 15_000 });
    expect((await db.kv.get('active-session'))?.version).toBe(ACTIVE_SESSION_RECORD.version);
    expect(ACTIVE_SESSION_RECORD.version).toBe(1);
  });

  it('never moves back in time', async () => {
    await saveActiveSession({ ...mine(), lastSeen: T0 + 20_000 });
    await markActiveSessionSeen('run-1', 'tab-1', T0 + 15_000);
    expect((await loadActiveSession())?.lastSeen).toBe(T0 + 20_000);
  });

  it.each([
    ['another session', 'run-2', 'tab-1'],
    ['the same session driven by another tab', 'run-1', 'tab-2'],
  ])('leaves %s alone', async (_name, id, writer) => {
    await saveActiveSession(mine());
    await markActiveSessionSeen(id, writer, T0 + 15_000);
    expect(await loadActiveSession()).toEqual(mine());
  });

  it('writes nothing once the session is gone (finished or ended)', async () => {
    await markActiveSessionSeen('run-1', 'tab-1', T0 + 15_000);
    expect(await loadActiveSession()).toBeUndefined();
  });

  it('an unreadable one is dropped, not the session: it then counts from the last save', async () => {
    await db.kv.put({ key: 'active-session', version: 1, value: { ...mine(), lastSeen: 'later' } });
    expect(await loadActiveSession()).toEqual(mine());
  });
});
