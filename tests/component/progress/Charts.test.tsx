import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AdherenceBars, StrengthSparkline, TightnessChart, ToleranceChart } from '@/components/progress/Charts';
import type { WalkLog } from '@/lib/model';
import type { WeekAdherence } from '@/lib/streaks';
import { toleranceSeries } from '@/lib/walks';

/** Opens a chart's "Show as table" and returns the table's body rows as arrays of cell text. */
async function tableRows(topic: string) {
  const user = userEvent.setup();
  const toggle = screen.getByText('Show as table', { exact: false, selector: 'summary' });
  expect(toggle).toHaveTextContent(`Show as table: ${topic}`);
  await user.click(toggle);
  expect(toggle.closest('details')).toHaveAttribute('open');
  const table = screen.getByRole('table');
  const [, ...body] = within(table).getAllByRole('row');
  return body.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

const week = (weekStart: string, done: number, scheduled: number): WeekAdherence => ({
  weekStart,
  done,
  scheduled,
  ratio: scheduled === 0 ? null : done / scheduled,
});

describe('AdherenceBars', () => {
  const weeks = [week('2026-11-02', 0, 0), week('2026-11-09', 3, 4), week('2026-11-16', 7, 7), week('2026-11-23', 2, 2)];

  it('is one image that says the overall share and this week', () => {
    render(<AdherenceBars weeks={weeks} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Weekly adherence for the last 4 weeks: 3 weeks with planned days, 92 % of planned days done overall; this week 2 of 2 days.',
    );
    // A bar for every week with planned days; an empty week is not drawn as 0 %.
    expect(screen.getByRole('img').querySelectorAll('rect')).toHaveLength(3);
  });

  it('has a table with the same numbers', async () => {
    render(<AdherenceBars weeks={weeks} />);
    expect(await tableRows('weekly adherence')).toEqual([
      ['2 Nov', '0', '0', '–'],
      ['9 Nov', '3', '4', '75 %'],
      ['16 Nov', '7', '7', '100 %'],
      ['23 Nov', '2', '2', '100 %'],
    ]);
  });
});

describe('TightnessChart', () => {
  const days = [
    { day: '2026-11-02', average: 6, count: 1 },
    { day: '2026-11-10', average: 4.5, count: 2 },
    { day: '2026-11-24', average: 3, count: 1 },
  ];

  it('describes the first and latest ratings and lists every day in its table', async () => {
    render(<TightnessChart days={days} from="2026-08-28" to="2026-11-25" />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Tightness from 0 (none) to 10 (worst), 3 days rated between 28 Aug and 25 Nov: 6 on 2 Nov, latest 3 on 24 Nov.',
    );
    expect(screen.getByRole('img').querySelectorAll('circle')).toHaveLength(3);
    expect(await tableRows('tightness')).toEqual([
      ['2 Nov', '6', '1'],
      ['10 Nov', '4.5', '2'],
      ['24 Nov', '3', '1'],
    ]);
  });
});

describe('ToleranceChart', () => {
  const walk = (id: string, day: string, minutesWalked: number, tightnessAtMinute: number | null): WalkLog => ({
    id,
    day,
    startedAt: new Date(`${day}T08:00:00`).getTime(),
    endedAt: new Date(`${day}T08:00:00`).getTime() + minutesWalked * 60_000,
    minutesWalked,
    tightnessAtMinute,
  });
  const walks = [walk('a', '2026-11-01', 12, 8), walk('b', '2026-11-05', 15, 11), walk('c', '2026-11-09', 20, null)];

  it('draws the baseline when there is one and says so', async () => {
    const points = toleranceSeries(walks, 10);
    render(<ToleranceChart points={points} baseline={10} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Minutes walked before tightness started, 3 walks from 1 Nov to 9 Nov: trend 8 min at first, 11 min now; when you started 10 min. Open circles are walks that ended before any tightness.',
    );
    expect(screen.getByRole('img')).toHaveTextContent('when you started: 10 min');
    // The unit and the key in words above the chart.
    expect(screen.getByText('Minutes of walking until tightness started: a dot per walk (open: no tightness), the line is the trend, the dashed line is when you started.')).toBeVisible();
    expect(await tableRows('walking tolerance')).toEqual([
      ['1 Nov', '8', '8', '-2'],
      ['5 Nov', '11', '9.5', '-0.5'],
      ['9 Nov', '20+ (no tightness)', '11', '+1'],
    ]);
  });

  it('leaves the baseline out when there is none', async () => {
    render(<ToleranceChart points={toleranceSeries(walks)} />);
    expect(screen.getByRole('img')).not.toHaveTextContent('when you started');
    expect(screen.getByRole('img')).toHaveAccessibleName(expect.not.stringContaining('when you started'));
    expect(await tableRows('walking tolerance')).toHaveLength(3);
    expect(screen.getByRole('columnheader', { name: 'Trend (min)' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Minutes until tightness' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Since you started' })).not.toBeInTheDocument();
  });
});

describe('StrengthSparkline', () => {
  it('says where habit strength started and is now, with a row per day', async () => {
    const series = [
      { day: '2026-11-22', score: 4.7 },
      { day: '2026-11-23', score: 9.2 },
      { day: '2026-11-24', score: 13.5 },
    ];
    render(<StrengthSparkline series={series} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Habit strength over the last 3 days: from 5 % on 22 Nov to 14 % on 24 Nov.');
    expect(await tableRows('habit strength')).toEqual([
      ['22 Nov', '5 %'],
      ['23 Nov', '9 %'],
      ['24 Nov', '14 %'],
    ]);
  });
});
