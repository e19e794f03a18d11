// The session summary's optional "too hard" rating: one checkbox per exercise of the session,
// named after it, saved on the session record the moment it is ticked, and read back by
// progression so only that exercise eases next time.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SessionSummary } from '@/components/player/SessionSummary';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise, Routine } from '@/lib/content/types';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { getSession, saveSession } from '@/lib/db/sessions';
import type { ExerciseResult, SessionRecord } from '@/lib/model';
import { nextDoses } from '@/lib/schedule';
import { buildExerciseResult, buildSession } from '../../fixtures/records';

const START = Date.now() - 10 * 60_000;

function routine(id: string): Routine {
  const r = getRoutine(id);
  if (!r) throw new Error(id);
  return r;
}

function exercise(id: string): Exercise {
  const e = getExercise(id);
  if (!e) throw new Error(id);
  return e;
}

const result = (exerciseId: string, side: ExerciseResult['side']): ExerciseResult =>
  buildExerciseResult({ exerciseId, side, unit: 'seconds', planned: 30, done: 30 });

const record: SessionRecord = buildSession({
  id: 's1',
  routineId: 'walk-ready',
  startedAt: START,
  endedAt: START + 8 * 60_000,
  day: '2026-11-25',
  results: [
    buildExerciseResult({ exerciseId: 'bird-dog', unit: 'reps', planned: 16, done: 16 }),
    result('hamstring-lying-strap', 'left'),
    result('hamstring-lying-strap', 'right'),
  ],
});

const tooHard = (name: string) => screen.getByRole('checkbox', { name: `${name} was too hard` });

beforeEach(async () => {
  await db.delete();
  await db.open();
  await saveSession(record);
});

describe('"Was any exercise too hard?"', () => {
  it('lists each exercise of the session once, none ticked, under an optional question', () => {
    render(<SessionSummary routine={routine('walk-ready')} record={record} saveFailed={false} />);
    const group = screen.getByRole('group', { name: /Was any exercise too hard\?.*optional/ });
    expect(group).toBeVisible();
    expect(within(group).getAllByRole('checkbox')).toHaveLength(2);
    expect(tooHard('Bird-dog')).not.toBeChecked();
    expect(tooHard(exercise('hamstring-lying-strap').name)).not.toBeChecked();
  });

  it('saves the ticked exercise on the session, and unticking removes it', async () => {
    const user = userEvent.setup();
    render(<SessionSummary routine={routine('walk-ready')} record={record} saveFailed={false} />);
    await user.click(tooHard('Bird-dog'));
    expect(tooHard('Bird-dog')).toBeChecked();
    await waitFor(async () => expect((await getSession('s1'))?.tooHard).toEqual(['bird-dog']));

    await user.click(tooHard(exercise('hamstring-lying-strap').name));
    await waitFor(async () => expect((await getSession('s1'))?.tooHard).toEqual(['bird-dog', 'hamstring-lying-strap']));

    await user.click(tooHard('Bird-dog'));
    await user.click(tooHard(exercise('hamstring-lying-strap').name));
    await waitFor(async () => expect((await getSession('s1'))?.tooHard).toBeUndefined());
  });

  it('eases only the exercise rated too hard, with the session rated easy', async () => {
    const user = userEvent.setup();
    await saveSession({ ...record, id: 's0', day: '2026-11-24', startedAt: START - 86_400_000, endedAt: START - 86_000_000, effort: 'easy' });
    render(<SessionSummary routine={routine('walk-ready')} record={record} saveFailed={false} />);
    await user.click(screen.getByRole('radio', { name: 'Easy' }));
    await user.click(tooHard('Bird-dog'));
    await waitFor(async () => expect((await getSession('s1'))?.tooHard).toEqual(['bird-dog']));

    const sessions = [(await getSession('s0'))!, (await getSession('s1'))!];
    const decisions = nextDoses([exercise('bird-dog'), exercise('hamstring-lying-strap')], sessions, [], []);
    // Bird-dog: 8 reps, one step (2, one per side) back. The stretch follows the easy rating
    // but stays at its 30 s cap.
    expect(decisions.get('bird-dog')).toEqual({ amount: 6, reason: 'too-hard' });
    expect(decisions.get('hamstring-lying-strap')).toEqual({ amount: 30, reason: 'at-most' });
  });
});
