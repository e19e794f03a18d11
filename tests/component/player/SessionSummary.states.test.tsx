// The session summary while its record is written, once it is, and when storage refuses it;
// the words that follow the ratings (a hard session at tightness 8 steps back and offers the
// safety questions), the effort per exercise, and the streak as Today shows it.
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_STALL_MS, SessionSummary } from '@/components/player/SessionSummary';
import { getRoutine } from '@/lib/content';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { savePlanEntry } from '@/lib/db/plan';
import { getSession, saveSession } from '@/lib/db/sessions';
import { dayKey } from '@/lib/days';
import type { SessionRecord } from '@/lib/model';
import { buildExerciseResult, buildPlanEntry, buildSession } from '../../fixtures/records';

const NOW = Date.now();
const record: SessionRecord = buildSession({
  id: 's1',
  routineId: 'core-glutes',
  startedAt: NOW - 10 * 60_000,
  endedAt: NOW - 60_000,
  day: dayKey(NOW, 3),
  results: [
    buildExerciseResult({ exerciseId: 'bird-dog', side: 'left', unit: 'reps', planned: 8, done: 8 }),
    buildExerciseResult({ exerciseId: 'bird-dog', side: 'right', unit: 'reps', planned: 8, done: 8 }),
    buildExerciseResult({ exerciseId: 'glute-bridge', unit: 'reps', planned: 20, done: 20 }),
  ],
});
const routine = getRoutine('core-glutes')!;
const sessionEffort = (name: string) => within(screen.getByRole('group', { name: /How hard did that feel/ })).getByRole('radio', { name });
const savedText = () => screen.queryByText('Saved on this device.');

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('saved state', () => {
  it('says "Saving…" until the write succeeds, keeps answers given meanwhile, and writes them after it', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<SessionSummary routine={routine} record={record} save="saving" />);
    expect(screen.getByText('Saving…')).toBeVisible();
    expect(savedText()).toBeNull();
    await user.click(sessionEffort('Hard'));
    // The record is written by the player now; the answer given before must land on it.
    await saveSession(record);
    rerender(<SessionSummary routine={routine} record={record} save="saved" />);
    await waitFor(async () => expect((await getSession('s1'))?.effort).toBe('hard'));
    expect(await screen.findByText('Saved on this device.')).toBeVisible();
  });

  it('says it could not be saved and offers the download, never "Saved"', () => {
    const { rerender } = render(<SessionSummary routine={routine} record={record} save="saving" />);
    rerender(<SessionSummary routine={routine} record={record} save="failed" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('could not be saved on this device');
    expect(within(alert).getByRole('button', { name: 'Download session record' })).toBeVisible();
    expect(savedText()).toBeNull();
    expect(screen.queryByText('Saving…')).toBeNull();
    // Nothing stored, so no streak or dose to promise.
    expect(screen.queryByRole('heading', { name: 'Your streak' })).toBeNull();
  });

  it('a write that hangs offers the download after 10 s, and the offer goes once the record is saved', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { rerender } = render(<SessionSummary routine={routine} record={record} save="saving" />);
      act(() => vi.advanceTimersByTime(SAVE_STALL_MS - 100));
      expect(screen.queryByRole('alert')).toBeNull();
      act(() => vi.advanceTimersByTime(100));
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('Saving is taking longer than it should.');
      expect(alert).toHaveTextContent('import the file in Settings with Merge');
      expect(within(alert).getByRole('button', { name: 'Download session record' })).toBeVisible();
      expect(screen.getByText('Saving…')).toBeVisible();
      // fake-indexeddb schedules its work with setTimeout too.
      vi.useRealTimers();
      await saveSession(record);
      rerender(<SessionSummary routine={routine} record={record} save="saved" />);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(await screen.findByText('Saved on this device.')).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });

  it('when storage is full, says so and what to do, not "please try again"', () => {
    render(<SessionSummary routine={routine} record={record} save="full" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This session could not be saved: storage on this device is full.');
    expect(alert).toHaveTextContent('Free up space on this device');
    expect(alert).toHaveTextContent('export a backup in Settings');
    expect(alert).toHaveTextContent('import it in Settings with Merge');
    expect(alert).not.toHaveTextContent(/try again/i);
    expect(within(alert).getByRole('button', { name: 'Download session record' })).toBeVisible();
  });
});

describe('words that follow the ratings', () => {
  beforeEach(async () => {
    await saveSession(record);
    await savePlanEntry(buildPlanEntry({ id: 'p1', routineId: 'core-glutes', createdAt: NOW - 86_400_000 }), NOW);
  });

  it('after Hard at tightness 8: no "Well done", a step back per exercise, the safety questions offered', async () => {
    const user = userEvent.setup();
    render(<SessionSummary routine={routine} record={record} save="saved" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Well done');
    await user.click(sessionEffort('Hard'));
    fireEvent.change(screen.getByRole('slider', { name: /How tight is your back now/ }), { target: { value: '8' } });
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(/well done/i);
    expect(screen.getByText('It felt hard and your back is at 8 out of 10, so next time each exercise steps back a little.')).toBeVisible();
    expect(await screen.findByText('Bird-dog steps back to 6 reps next time — it felt hard.')).toBeVisible();
    expect(screen.getByText('Glute bridge steps back to 9 reps next time — it felt hard.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Answer the safety questions' })).toHaveAttribute('href', '/safety#screening');
    await waitFor(async () => expect(await getSession('s1')).toMatchObject({ effort: 'hard', tightness: 8 }));
  });

  it('what was done in plain lines, not "8 reps of 8 reps"', () => {
    render(<SessionSummary routine={routine} record={record} save="saved" />);
    const list = screen.getByRole('heading', { name: 'What you did' }).closest('section')!;
    expect(screen.getByText('Bird-dog: 8 reps each side')).toBeVisible();
    expect(screen.getByText('Glute bridge: 2 × 10 reps')).toBeVisible();
    expect(list).not.toHaveTextContent(/ of /);
  });

  it('rates one exercise with one tap, collapsed until asked for, and stores it on the session', async () => {
    const user = userEvent.setup();
    render(<SessionSummary routine={routine} record={record} save="saved" />);
    const more = screen.getByText('Rate each exercise (optional)');
    const birdDog = screen.getByRole('group', { name: 'Bird-dog' });
    expect(birdDog).not.toBeVisible();
    await user.click(more);
    await user.click(within(birdDog).getByRole('radio', { name: 'Hard' }));
    await user.click(within(screen.getByRole('group', { name: 'Glute bridge' })).getByRole('radio', { name: 'Easy' }));
    await waitFor(async () =>
      expect(await getSession('s1')).toMatchObject({ exerciseEffort: { 'bird-dog': 'hard', 'glute-bridge': 'easy' }, tooHard: ['bird-dog'] }),
    );
    expect(await screen.findByText('Bird-dog steps back to 6 reps next time — you found it hard.')).toBeVisible();
    // Back to easy: no longer too hard.
    await user.click(within(birdDog).getByRole('radio', { name: 'Easy' }));
    await waitFor(async () => expect((await getSession('s1'))?.tooHard).toBeUndefined());
  });

  it('shows the streak and the week as Today does', async () => {
    render(<SessionSummary routine={routine} record={record} save="saved" />);
    const section = (await screen.findByRole('heading', { name: 'Your streak' })).closest('section')!;
    expect(within(section).getByText('day streak').previousSibling).toHaveTextContent('1');
    expect(within(section).getByText('days done this week').previousSibling).toHaveTextContent(/^\d\/\d$/);
    expect(within(section).getByText('Today counts: your streak has begun.')).toBeVisible();
  });
});
