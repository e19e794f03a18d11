import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CalendarHeatmap } from '@/components/progress/CalendarHeatmap';
import { heatmapRange } from '@/components/progress/progress-view';
import { eachDay } from '@/lib/days';
import { days, history, mark, planEntry, session } from './fixtures';

// Wednesday 25 November 2026. Walk-ready is planned every day from 1 November.
const TODAY = '2026-11-25';
const MISSED = ['2026-11-03'];
const SKIPPED = ['2026-11-10', '2026-11-17'];
const FLARE = ['2026-11-12'];
const notDone = new Set([...MISSED, ...SKIPPED, ...FLARE]);
const done = eachDay('2026-11-01', '2026-11-24').filter((d) => !notDone.has(d));

function renderHeatmap() {
  const h = history(
    [planEntry('p1', 'walk-ready', '2026-11-01')],
    done.map((d) => session(d, 'walk-ready')),
    [...SKIPPED.map((d) => mark(d, 'skip')), ...FLARE.map((d) => mark(d, 'flare'))],
    TODAY,
  );
  const range = heatmapRange(TODAY);
  return render(<CalendarHeatmap days={days(h, range.from, range.to)} weekStartsOn={1} />);
}

const cell = (name: string) => screen.getByRole('gridcell', { name });

describe('CalendarHeatmap', () => {
  it('shows one grid per month for the last three months, each cell named by date and status', () => {
    renderHeatmap();
    const grids = screen.getAllByRole('grid');
    expect(grids).toEqual(['September 2026', 'October 2026', 'November 2026'].map((name) => screen.getByRole('grid', { name })));
    expect(cell('Wednesday 25 November: not done yet')).toHaveAttribute('aria-current', 'date');
    expect(cell('Tuesday 24 November: done')).toBeInTheDocument();
    expect(cell('Tuesday 3 November: missed')).toBeInTheDocument();
    expect(cell('Tuesday 10 November: skip day')).toBeInTheDocument();
    expect(cell('Thursday 12 November: flare day')).toBeInTheDocument();
    expect(cell('Tuesday 1 September: rest day')).toBeInTheDocument();
    // Nothing after today is drawn as a day.
    expect(screen.queryByRole('gridcell', { name: /26 November/ })).not.toBeInTheDocument();
    const days = screen.getAllByRole('gridcell').filter((c) => c.hasAttribute('data-day'));
    expect(days).toHaveLength(30 + 31 + 25);
  });

  it('summarises each month in words, and each grid is described by its summary', () => {
    renderHeatmap();
    expect(screen.getByText('November: 20 of 24 planned days done, 2 skipped, 1 flare day.')).toBeInTheDocument();
    expect(screen.getByText('October: no planned days.')).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'November 2026' })).toHaveAccessibleDescription('November: 20 of 24 planned days done, 2 skipped, 1 flare day.');
  });

  it('has a key that names every status in words', () => {
    renderHeatmap();
    const key = screen.getByRole('list', { name: 'Calendar key' });
    expect(within(key).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Done',
      'Partly done',
      'Missed',
      'Skip day',
      'Flare day',
      'Rest day',
      'Today, not done yet',
    ]);
  });

  it('is one tab stop, on today, and arrow keys move focus between days across months', async () => {
    const user = userEvent.setup();
    renderHeatmap();
    const tabbable = () => screen.getAllByRole('gridcell').filter((c) => c.getAttribute('tabindex') === '0');
    expect(tabbable()).toEqual([cell('Wednesday 25 November: not done yet')]);

    await user.tab();
    expect(cell('Wednesday 25 November: not done yet')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(cell('Tuesday 24 November: done')).toHaveFocus();
    expect(tabbable()).toEqual([cell('Tuesday 24 November: done')]);
    await user.keyboard('{ArrowUp}');
    expect(cell('Tuesday 17 November: skip day')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(cell('Wednesday 25 November: not done yet')).toHaveFocus();
    // The last day is the edge: focus stays.
    await user.keyboard('{ArrowRight}');
    expect(cell('Wednesday 25 November: not done yet')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(cell('Wednesday 25 November: not done yet')).toHaveFocus();

    await user.keyboard('{PageUp}');
    expect(cell('Sunday 25 October: rest day')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(cell('Monday 19 October: rest day')).toHaveFocus();
    await user.keyboard('{End}');
    expect(cell('Sunday 25 October: rest day')).toHaveFocus();
    await user.keyboard('{PageDown}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(cell('Sunday 1 November: done')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(cell('Saturday 31 October: rest day')).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(cell('Tuesday 1 September: rest day')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(cell('Tuesday 1 September: rest day')).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(cell('Wednesday 25 November: not done yet')).toHaveFocus();
    expect(tabbable()).toHaveLength(1);
  });

  it('a clicked day takes the tab stop', async () => {
    const user = userEvent.setup();
    renderHeatmap();
    await user.click(cell('Thursday 12 November: flare day'));
    expect(cell('Thursday 12 November: flare day')).toHaveFocus();
    expect(cell('Thursday 12 November: flare day')).toHaveAttribute('tabindex', '0');
    expect(cell('Wednesday 25 November: not done yet')).toHaveAttribute('tabindex', '-1');
  });
});
