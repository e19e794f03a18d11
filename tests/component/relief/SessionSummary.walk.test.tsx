// The session summary after a mid-walk reset (mode=walk): log the walk so far with the
// minutes typed by hand, validated at the field; or, when the walk log is timing the walk,
// take the minutes from it and note the tightness on it. In any mode, a high or sharply risen
// tightness offers the safety questions.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionSummary } from '@/components/player/SessionSummary';
import { SessionModeContext, type SessionMode } from '@/components/player/use-player';
import { getRoutine } from '@/lib/content';
import type { Routine } from '@/lib/content/types';
import { loadActiveWalk, markWalkTightness, startWalk } from '@/lib/db/active-walk';
import { addCheckIn } from '@/lib/db/check-ins';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { getSession, saveSession } from '@/lib/db/sessions';
import type { SessionRecord } from '@/lib/model';
import { listWalks } from '@/lib/db/walks';
import { MID_WALK_MESSAGES } from '@/lib/walks';
import { buildExerciseResult, buildSession } from '../../fixtures/records';

const MIN = 60_000;
const START = Date.now() - 2 * MIN;

function routine(id: string): Routine {
  const r = getRoutine(id);
  if (!r) throw new Error(id);
  return r;
}

const record: SessionRecord = buildSession({
  id: 's1',
  routineId: 'mid-walk-reset',
  startedAt: START,
  endedAt: START + 76_000,
  day: '2026-11-25',
  results: [buildExerciseResult({ exerciseId: 'lean-forward-rest', planned: 15, done: 15 })],
});

function renderSummary(mode: SessionMode) {
  return render(
    <SessionModeContext.Provider value={mode}>
      <SessionSummary routine={routine('mid-walk-reset')} record={record} save="saved" />
    </SessionModeContext.Provider>,
  );
}

const slider = () => screen.getByRole('slider', { name: /How tight is your back now/ });
const setTightness = (n: number) => fireEvent.change(slider(), { target: { value: String(n) } });
const screeningLink = () => screen.queryByRole('link', { name: 'Answer the safety questions' });

beforeEach(async () => {
  await db.delete();
  await db.open();
  await saveSession(record);
});

// A summary's last write may still be on its way when a case ends: unmount, then wait until the
// database has answered it (a read queues behind the writes), so its callbacks never outlive the
// test's window.
afterEach(async () => {
  cleanup();
  await Promise.all([db.sessions.count(), db.walks.count(), db.kv.count()]);
});

describe('mid-walk summary', () => {
  it('asks how far into the walk, and shows both problems at their fields', async () => {
    const user = userEvent.setup();
    renderSummary('walk');
    await screen.findByRole('textbox', { name: 'How many minutes into your walk were you?' });
    const minutes = screen.getByRole('textbox', { name: 'How many minutes into your walk were you?' });
    await user.click(screen.getByRole('button', { name: 'Save to walk log' }));
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription(MID_WALK_MESSAGES.minutes);
    expect(minutes).toHaveFocus();
    expect(slider()).toHaveAccessibleDescription(MID_WALK_MESSAGES.tightness);

    await user.type(minutes, '12 min');
    await user.click(screen.getByRole('button', { name: 'Save to walk log' }));
    expect(minutes).toHaveAccessibleDescription(MID_WALK_MESSAGES.minutes);
    expect(await listWalks()).toEqual([]);
  });

  it('saves the walk so far and confirms politely; saving again corrects it rather than adding one', async () => {
    const user = userEvent.setup();
    renderSummary('walk');
    await screen.findByRole('textbox', { name: 'How many minutes into your walk were you?' });
    await user.type(screen.getByRole('textbox', { name: 'How many minutes into your walk were you?' }), '12,5');
    setTightness(4);
    expect(slider()).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Save to walk log' }));
    await waitFor(() => expect(screen.getByText('Saved to your walk log')).toHaveAttribute('role', 'status'));

    const [walk, ...rest] = await listWalks();
    expect(rest).toEqual([]);
    expect(walk).toEqual(expect.objectContaining({ minutesWalked: 12.5, tightnessAtMinute: 12.5, tightnessAfter: 4 }));
    expect(walk!.endedAt - walk!.startedAt).toBe(12.5 * MIN);
    expect(Math.abs(walk!.endedAt - Date.now())).toBeLessThan(5_000);
    // The same answer also lands on the session record.
    expect((await getSession('s1'))?.tightness).toBe(4);

    setTightness(5);
    expect(screen.queryByText('Saved to your walk log')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save to walk log' }));
    await screen.findByText('Saved to your walk log');
    expect(await listWalks()).toEqual([expect.objectContaining({ id: walk!.id, tightnessAfter: 5 })]);
  });

  it('during a walk the walk log is timing, asks no minutes, notes tightness on that walk, and makes "Continue walk" the main button', async () => {
    await startWalk(START - 12 * MIN);
    const user = userEvent.setup();
    renderSummary('walk');
    const region = await screen.findByRole('region', { name: 'Your walk is still running' });
    expect(region).toHaveTextContent(/You stopped 12 minutes into the walk you started at \d\d:\d\d\./);
    expect(await within(region).findByText(/^Noted on this walk: tightness from minute 12\./)).toHaveAttribute('role', 'status');
    expect((await loadActiveWalk())?.tightnessAt).toBe(START);
    expect(screen.queryByRole('textbox', { name: /minutes into your walk/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save to walk log' })).not.toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'Continue walk' })).toHaveClass('button', { exact: true });
    expect(screen.getAllByRole('link', { name: 'Back to Today' })).toHaveLength(1);
    expect(await listWalks()).toEqual([]);

    // The tightness answered here is the session's; the note can be taken back and stays off.
    setTightness(4);
    await waitFor(async () => expect((await getSession('s1'))?.tightness).toBe(4));
    await user.click(within(region).getByRole('button', { name: 'Remove the note' }));
    expect(await within(region).findByText('Tightness note removed from this walk.')).toBeInTheDocument();
    expect((await loadActiveWalk())?.tightnessAt).toBeNull();
  });

  it('keeps an earlier "Tightness started now" on that walk', async () => {
    await startWalk(START - 12 * MIN);
    await markWalkTightness(START - 3 * MIN);
    renderSummary('walk');
    expect(await screen.findByText(/^Noted on this walk: tightness from minute 9\./)).toBeInTheDocument();
    expect((await loadActiveWalk())?.tightnessAt).toBe(START - 3 * MIN);
  });

  it('is not offered after an ordinary session', () => {
    renderSummary('routine');
    expect(screen.queryByRole('textbox', { name: /minutes into your walk/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save to walk log' })).not.toBeInTheDocument();
  });
});

describe('safety questions after a tightness jump', () => {
  it('are offered for a rise of 3 or more since the last rating before this session', async () => {
    await addCheckIn({ id: 'c1', at: START - 60 * MIN, day: '2026-11-25', tightness: 4, context: 'before-walk' });
    // Rated after this session began: not "before", so not the baseline.
    await addCheckIn({ id: 'c2', at: START + 1, day: '2026-11-25', tightness: 0, context: 'other' });
    renderSummary('walk');
    await screen.findByRole('textbox', { name: 'How many minutes into your walk were you?' });
    setTightness(7);
    const link = await screen.findByRole('link', { name: 'Answer the safety questions' });
    expect(link).toHaveAttribute('href', '/safety#screening');
    setTightness(6);
    expect(screeningLink()).not.toBeInTheDocument();
  });

  it('are offered for a high rating even with no earlier one', async () => {
    renderSummary('routine');
    setTightness(7);
    expect(screeningLink()).not.toBeInTheDocument();
    setTightness(8);
    expect(await screen.findByRole('link', { name: 'Answer the safety questions' })).toBeVisible();
  });
});
