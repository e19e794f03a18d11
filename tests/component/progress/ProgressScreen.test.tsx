import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressScreen } from '@/components/progress/ProgressScreen';
import { addCheckIn } from '@/lib/db/check-ins';
import { markDay } from '@/lib/db/day-marks';
// eslint-disable-next-line no-restricted-imports -- the test starts every case from an empty database
import { db } from '@/lib/db/db';
import { savePlanEntry } from '@/lib/db/plan';
import { saveOnboarding } from '@/lib/db/safety';
import { getSession, saveSession } from '@/lib/db/sessions';
import { saveWalk } from '@/lib/db/walks';
import { atLocalTime, eachDay } from '@/lib/days';
import { planEntry, session } from './fixtures';

// Wednesday 25 November 2026, 10:00 local time.
const NOW = new Date('2026-11-25T10:00:00');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.useRealTimers();
});

async function seed() {
  await saveOnboarding({ finishedAt: atLocalTime('2026-11-20', '07:00'), skipped: false, baselineMinutes: 10 });
  // Walk-ready every day since Friday 20 November; all done but Sunday 22, a flare day.
  await savePlanEntry(planEntry('p1', 'walk-ready', '2026-11-20'), 0);
  for (const day of eachDay('2026-11-20', '2026-11-24').filter((d) => d !== '2026-11-22')) {
    await saveSession(session(day, 'walk-ready', { id: `s-${day}`, tightness: day === '2026-11-24' ? 3 : undefined }));
  }
  await markDay('2026-11-22', 'flare', atLocalTime('2026-11-22', '08:00'));
  await addCheckIn({ id: 'c1', at: atLocalTime('2026-11-21', '09:00'), day: '2026-11-21', tightness: 6, context: 'before-walk' });
  await saveWalk({
    id: 'w1',
    startedAt: atLocalTime('2026-11-21', '09:05'),
    endedAt: atLocalTime('2026-11-21', '09:25'),
    day: '2026-11-21',
    minutesWalked: 20,
    tightnessAtMinute: 12,
  });
}

const stat = (label: string) => screen.getByText(label, { selector: '.stat-label' }).closest('.stat')!.querySelector('.stat-value');

const loaded = () => waitFor(() => expect(screen.queryByText('Loading your progress…')).toBeNull());

describe('ProgressScreen', () => {
  it('greets someone with no history with a way to start', async () => {
    render(<ProgressScreen />);
    // The placeholder draws the same card (for the static page); the records replace it.
    await loaded();
    expect(screen.getByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('tells the static page whether this device has a history to load (the layout mirror)', async () => {
    localStorage.setItem('backstride:has-history', '1');
    const { unmount } = render(<ProgressScreen />);
    await loaded();
    expect(screen.getByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument();
    // The mirror is written in an effect, after the screen has rendered.
    await waitFor(() => expect(localStorage.getItem('backstride:has-history')).toBeNull());
    expect(document.documentElement.hasAttribute('data-has-history')).toBe(false);
    unmount();
    await seed();
    render(<ProgressScreen />);
    await screen.findByRole('heading', { name: 'Streak and habit strength' });
    await waitFor(() => expect(localStorage.getItem('backstride:has-history')).toBe('1'));
    expect(document.documentElement.hasAttribute('data-has-history')).toBe(true);
    localStorage.removeItem('backstride:has-history');
    document.documentElement.removeAttribute('data-has-history');
  });

  it('shows streaks, the calendar, the trends and the history from what is stored', async () => {
    await seed();
    render(<ProgressScreen />);
    expect(await screen.findByRole('heading', { name: 'Streak and habit strength' })).toBeInTheDocument();
    expect(stat('day streak')).toHaveTextContent(/^4$/);
    expect(stat('best streak')).toHaveTextContent(/^4$/);
    expect(stat('habit strength')).toHaveTextContent(/^\d+ %$/);

    expect(screen.getByRole('gridcell', { name: 'Sunday 22 November: flare day' })).toBeInTheDocument();
    expect(screen.getByText('November: 4 of 5 planned days done, 1 flare day.')).toBeInTheDocument();

    // The first weeks lead with words; the bars start at the first use (no weeks of 0 % before it),
    // and six days are too few for a habit-strength line.
    expect(screen.getByRole('region', { name: 'Your first weeks' })).toHaveTextContent('Walking: when you started, about 10 minutes before your back tightened.');
    expect(await screen.findByRole('img', { name: /^Weekly adherence for the last 2 weeks/ })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^Habit strength over the last/ })).not.toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /^Tightness from 0 \(none\) to 10 \(worst\), 2 days rated/ })).toBeInTheDocument();
    // The onboarding answer is the walking baseline: a labelled line and the headline's start.
    expect(await screen.findByRole('img', { name: /^Minutes walked before tightness started, 1 walk.*; when you started 10 min\.$/ })).toBeInTheDocument();
    expect(screen.getByText(/^(Up from 10 to \d+ minutes since you started|Down from 10 to \d+ minutes since you started|About 10 minutes, as when you started)\.$/)).toBeInTheDocument();

    const history = within(screen.getByRole('list', { name: /^Sessions, newest first/ }));
    expect(history.getAllByRole('listitem')[0]).toHaveTextContent('Tuesday 24 November');
    expect(history.getAllByRole('listitem')).toHaveLength(4);
  });

  it('an edit in the history is stored, and a delete is undone with the same record', async () => {
    const user = userEvent.setup();
    await seed();
    const before = await getSession('s-2026-11-24');
    render(<ProgressScreen />);
    const summary = (await screen.findByText('Tuesday 24 November', { selector: 'summary *' })).closest('summary')!;
    await user.click(summary);
    const item = within(summary.closest('li')!);
    await user.click(item.getByRole('radio', { name: 'About right' }));
    await user.clear(item.getByRole('textbox', { name: /Tightness/ }));
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved: Tuesday 24 November, Walk-ready.')).toBeInTheDocument();
    const edited = await getSession('s-2026-11-24');
    expect(edited).toEqual({ ...before, effort: 'right', tightness: undefined, updatedAt: expect.any(Number) });
    expect(edited).not.toHaveProperty('tightness');

    await user.click(item.getByRole('button', { name: 'Delete session' }));
    expect(await screen.findByText('Session deleted —', { exact: false })).toBeInTheDocument();
    expect(await getSession('s-2026-11-24')).toBeUndefined();
    // Yesterday is a missed day now, so the streak is gone until the undo.
    await vi.waitFor(() => expect(stat('day streak')).toHaveTextContent(/^0$/));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () => expect(await getSession('s-2026-11-24')).toEqual(edited));
    await vi.waitFor(() => expect(stat('day streak')).toHaveTextContent(/^4$/));
  });
});
