// The walk log card against a real (fake-indexeddb) database: the running walk is stored, so
// it survives a remount; ending it validates at the field before anything is saved.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { WalkLogCard } from '@/components/relief/WalkLogCard';
import { clearActiveWalk, finishActiveWalk, loadActiveWalk, startWalk } from '@/lib/db/active-walk';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { listWalks, saveWalk } from '@/lib/db/walks';
import { WALK_MESSAGES } from '@/lib/walks';

const MIN = 60_000;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('walk log card', () => {
  it('starts a walk that is stored, so it is still running after a reload', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<WalkLogCard />);
    // Enabled once the walks are read (until then the card holds its place with the button greyed).
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start a walk' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Start a walk' }));
    expect(await screen.findByRole('button', { name: 'Tightness started now' })).toHaveFocus();
    expect(await loadActiveWalk()).toEqual({ startedAt: expect.any(Number), tightnessAt: null });

    unmount();
    render(<WalkLogCard />);
    expect(await screen.findByText(/Walking for/)).toHaveTextContent('Walking for 0 minutes');
    expect(screen.queryByRole('button', { name: 'Start a walk' })).not.toBeInTheDocument();
  });

  it('notes when tightness started once, and can undo it', async () => {
    const user = userEvent.setup();
    await startWalk(Date.now() - 12 * MIN - 5_000);
    render(<WalkLogCard />);
    expect(await screen.findByText(/Walking for/)).toHaveTextContent('Walking for 12 minutes');
    await user.click(screen.getByRole('button', { name: 'Tightness started now' }));
    expect(await screen.findByText(/Tightness started at minute 12\./)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Tightness started now' })).not.toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());

    await user.click(undo);
    expect(await screen.findByRole('button', { name: 'Tightness started now' })).toBeVisible();
    expect((await loadActiveWalk())?.tightnessAt).toBeNull();
  });

  it('shows validation messages at the fields and saves nothing until they are fixed', async () => {
    const user = userEvent.setup();
    const startedAt = Date.now() - 20 * MIN;
    await startWalk(startedAt);
    render(<WalkLogCard />);
    await user.click(await screen.findByRole('button', { name: 'End walk' }));
    expect(await screen.findByRole('heading', { name: 'Walk ended after 20 minutes' })).toHaveFocus();

    const before = screen.getByRole('textbox', { name: 'Tightness before the walk (0–10)' });
    const after = screen.getByRole('textbox', { name: 'Tightness now, after the walk (0–10)' });
    await user.type(before, '11');
    await user.type(after, 'two');
    await user.click(screen.getByRole('button', { name: 'Save walk' }));

    expect(before).toHaveAttribute('aria-invalid', 'true');
    expect(before).toHaveAccessibleDescription(WALK_MESSAGES.tightnessBefore);
    expect(before).toHaveFocus();
    expect(after).toHaveAttribute('aria-invalid', 'true');
    expect(after).toHaveAccessibleDescription(WALK_MESSAGES.tightnessAfter);
    expect(await listWalks()).toEqual([]);
    expect(await loadActiveWalk()).toBeDefined();

    await user.clear(before);
    await user.type(before, '2');
    await user.clear(after);
    await user.type(after, '5');
    await user.click(screen.getByRole('button', { name: 'Save walk' }));

    const list = await screen.findByRole('list', { name: 'Recent walks' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('20 min · no tightness · tightness 2 → 5');
    expect(await screen.findByRole('button', { name: 'Start a walk' })).toHaveFocus();
    expect(await listWalks()).toEqual([
      expect.objectContaining({ startedAt, minutesWalked: 20, tightnessAtMinute: null, tightnessBefore: 2, tightnessAfter: 5 }),
    ]);
    expect(await loadActiveWalk()).toBeUndefined();
  });

  it.each(['1e1', '0x5', '+5', '-0', '   '])('refuses %j as a tightness at its field and saves nothing', async (typed) => {
    const user = userEvent.setup();
    await startWalk(Date.now() - 20 * MIN);
    render(<WalkLogCard />);
    await user.click(await screen.findByRole('button', { name: 'End walk' }));
    const after = await screen.findByRole('textbox', { name: 'Tightness now, after the walk (0–10)' });
    await user.type(after, typed);
    await user.click(screen.getByRole('button', { name: 'Save walk' }));
    expect(after).toHaveAttribute('aria-invalid', 'true');
    expect(after).toHaveAccessibleDescription(WALK_MESSAGES.tightnessAfter);
    expect(await listWalks()).toEqual([]);
    expect(await loadActiveWalk()).toBeDefined();
  });

  it('leaves both ratings out when they are left empty, and keeps the tightness minute', async () => {
    const user = userEvent.setup();
    const startedAt = Date.now() - 30 * MIN;
    await startWalk(startedAt);
    await db.kv.put({ key: 'active-walk', value: { startedAt, tightnessAt: startedAt + 9 * MIN } });
    render(<WalkLogCard />);
    await user.click(await screen.findByRole('button', { name: 'End walk' }));
    await user.click(screen.getByRole('button', { name: 'Save walk' }));
    await screen.findByRole('button', { name: 'Start a walk' });
    const [walk] = await listWalks();
    expect(walk).toEqual(expect.objectContaining({ minutesWalked: 30, tightnessAtMinute: 9 }));
    expect(walk).not.toHaveProperty('tightnessBefore');
    expect(walk).not.toHaveProperty('tightnessAfter');
  });

  it('explains a walk too long to be real (past the 600-minute limit) and lets the person discard it', async () => {
    const user = userEvent.setup();
    await startWalk(Date.now() - 11 * 60 * MIN);
    render(<WalkLogCard />);
    await user.click(await screen.findByRole('button', { name: 'End walk' }));
    await user.click(screen.getByRole('button', { name: 'Save walk' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(WALK_MESSAGES.tooLong);
    await user.click(within(alert).getByRole('button', { name: 'Discard this walk' }));
    expect(await screen.findByRole('button', { name: 'Start a walk' })).toBeVisible();
    expect(await listWalks()).toEqual([]);
    expect(screen.queryByText(/another tab/)).not.toBeInTheDocument();
  });

  it.each([
    ['saved there', true, /The walk itself was saved there: 14 min · no tightness\./],
    ['discarded there', false, /It was not saved there either\./],
  ])('a walk ended in another tab while this one was ending it (%s): the form closes with a word, not silently', async (_name, saved, detail) => {
    const user = userEvent.setup();
    const startedAt = Date.now() - 14 * MIN - 5_000;
    await startWalk(startedAt);
    render(<WalkLogCard />);
    await user.click(await screen.findByRole('button', { name: 'End walk' }));
    await user.type(screen.getByRole('textbox', { name: 'Tightness before the walk (0–10)' }), '3');
    // The other tab ends the same walk.
    if (saved) {
      await finishActiveWalk({ id: 'other-tab', startedAt, endedAt: startedAt + 14 * MIN, day: '2026-11-24', minutesWalked: 14, tightnessAtMinute: null });
    } else {
      await clearActiveWalk();
    }
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The walk you were ending was ended in another tab or window, so the form here closed and what you typed in it was not saved.');
    expect(alert).toHaveTextContent(detail);
    expect(screen.queryByRole('button', { name: 'Save walk' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a walk' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('saving here says nothing about another tab', async () => {
    const user = userEvent.setup();
    await startWalk(Date.now() - 14 * MIN);
    render(<WalkLogCard />);
    await user.click(await screen.findByRole('button', { name: 'End walk' }));
    await user.click(screen.getByRole('button', { name: 'Save walk' }));
    expect(await screen.findByRole('button', { name: 'Start a walk' })).toBeVisible();
    expect(await listWalks()).toHaveLength(1);
    expect(screen.queryByText(/another tab/)).not.toBeInTheDocument();
  });

  it('lists the five most recent walks, newest first', async () => {
    const base = new Date('2026-11-01T08:00:00').getTime();
    for (let i = 0; i < 7; i++) {
      await saveWalk({ id: `w${i}`, startedAt: base + i * 86_400_000, endedAt: base + i * 86_400_000 + (10 + i) * MIN, day: `2026-11-0${i + 1}`, minutesWalked: 10 + i, tightnessAtMinute: null });
    }
    render(<WalkLogCard />);
    const items = within(await screen.findByRole('list', { name: 'Recent walks' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Sat 7 Nov, 08:00 16 min · no tightness',
      'Fri 6 Nov, 08:00 15 min · no tightness',
      'Thu 5 Nov, 08:00 14 min · no tightness',
      'Wed 4 Nov, 08:00 13 min · no tightness',
      'Tue 3 Nov, 08:00 12 min · no tightness',
    ]);
  });
});
