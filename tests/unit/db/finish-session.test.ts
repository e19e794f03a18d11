import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadActiveSession, saveActiveSession } from '@/lib/db/active-session';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { listDoses, pinDose } from '@/lib/db/doses';
import { finishSession, getSession } from '@/lib/db/sessions';
import type { SessionRecord } from '@/lib/model';
import { createSession } from '@/lib/timer';
import { buildSession } from '../../fixtures/records';

const record = (id: string, completed = true): SessionRecord =>
  buildSession({ id, routineId: 'core', startedAt: 0, endedAt: 60_000, day: '2026-03-01', completed });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('finishSession', () => {
  it('saves the record, ends the running session and remembers the doses, in one go', async () => {
    await saveActiveSession({ id: 'a', routineId: 'core', state: createSession([]), savedAt: 0 });
    const first = await finishSession(record('a'), { 'forearm-plank': 25 }, 1000);
    expect(first).toBe(true);
    expect(await getSession('a')).toEqual(record('a'));
    expect(await loadActiveSession()).toBeUndefined();
    expect(await listDoses()).toEqual([{ exerciseId: 'forearm-plank', amount: 25, pinned: false, updatedAt: 1000 }]);
  });

  it("leaves another session's running record alone (a second tab started it)", async () => {
    const other = { id: 'b', routineId: 'core', state: createSession([]), savedAt: 0 };
    await saveActiveSession(other);
    await finishSession(record('a'), {}, 1000);
    expect(await getSession('a')).toEqual(record('a'));
    expect(await loadActiveSession()).toEqual(other);
  });

  it('is the first completed session only once', async () => {
    expect(await finishSession(record('a', false), {}, 0)).toBe(false);
    expect(await finishSession(record('b'), {}, 0)).toBe(true);
    expect(await finishSession(record('c'), {}, 0)).toBe(false);
  });

  it('leaves pinned doses alone, and ended-early sessions do not move progression', async () => {
    await pinDose('forearm-plank', 40, 5);
    await finishSession(record('a'), { 'forearm-plank': 25, 'bird-dog': 8 }, 10);
    await finishSession(record('b', false), { 'bird-dog': 9 }, 20);
    expect(await listDoses()).toEqual([
      { exerciseId: 'bird-dog', amount: 8, pinned: false, updatedAt: 10 },
      { exerciseId: 'forearm-plank', amount: 40, pinned: true, updatedAt: 5 },
    ]);
  });
});
