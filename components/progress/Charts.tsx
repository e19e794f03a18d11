'use client';
// Small hand-drawn SVG charts for the progress screen. Each is one image with a sentence
// that says what it shows, plus the same numbers as a table for anyone who wants them exact.
// Part of the progress screen's lazily loaded chunk, so no page's first load carries it.
import { useState, type ReactNode } from 'react';
import type { DayKey } from '@/lib/model';
import type { StrengthPoint, WeekAdherence } from '@/lib/streaks';
import type { TolerancePoint, WalkTestPoint } from '@/lib/walks';
import { dayOffset, shortDay, type TightnessDay } from './progress-view';
import styles from './progress.module.css';

const W = 320;
const H = 150;
const PAD = { top: 10, right: 10, bottom: 24, left: 30 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const pct = (ratio: number) => `${Math.round(ratio * 100)} %`;
const round1 = (n: number) => Math.round(n * 10) / 10;
const minutes = (n: number) => `${round1(n)} min`;

function TableToggle({ topic, caption, children }: { topic: string; caption: string; children: ReactNode }) {
  // The rows are built only once the table is opened: years of data stay cheap to show.
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.tableToggle} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Show as table<span className="visually-hidden">: {topic}</span>
      </summary>
      {open && (
        // Focusable so a long table can be scrolled by keyboard.
        <div className={styles.tableScroll} role="region" aria-label={caption} tabIndex={0}>
          <table className={styles.table}>
            <caption>{caption}</caption>
            {children}
          </table>
        </div>
      )}
    </details>
  );
}

/** x for a day in a window of `span` days starting at `from`. */
function xScale(from: DayKey, span: number) {
  return (day: DayKey) => PAD.left + (span <= 0 ? PLOT_W / 2 : (dayOffset(from, day) / span) * PLOT_W);
}

function yScale(max: number) {
  return (value: number) => PAD.top + PLOT_H - (Math.min(Math.max(value, 0), max) / max) * PLOT_H;
}

const path = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');

function Axes({ yMax, yTicks, from, to, format = String }: { yMax: number; yTicks: readonly number[]; from: string; to: string; format?: (n: number) => string }) {
  const y = yScale(yMax);
  return (
    <g className={styles.axes}>
      {yTicks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className={styles.gridLine} />
          <text x={PAD.left - 4} y={y(t)} textAnchor="end" dominantBaseline="middle" className={styles.axisText}>
            {format(t)}
          </text>
        </g>
      ))}
      <text x={PAD.left} y={H - 6} className={styles.axisText}>
        {from}
      </text>
      <text x={W - PAD.right} y={H - 6} textAnchor="end" className={styles.axisText}>
        {to}
      </text>
    </g>
  );
}

/* Habit strength ------------------------------------------------------------------------ */

export function StrengthSparkline({ series }: { series: readonly StrengthPoint[] }) {
  const firstPoint = series[0];
  const lastPoint = series.at(-1);
  if (!firstPoint || !lastPoint) return null;
  const w = 120;
  const h = 36;
  const span = Math.max(1, series.length - 1);
  const points = series.map((p, i) => [series.length === 1 ? w / 2 : (i / span) * (w - 4) + 2, h - 2 - (p.score / 100) * (h - 4)] as const);
  const label = `Habit strength over the last ${series.length} ${series.length === 1 ? 'day' : 'days'}: from ${Math.round(firstPoint.score)} % on ${shortDay(firstPoint.day)} to ${Math.round(lastPoint.score)} % on ${shortDay(lastPoint.day)}.`;
  const end = points.at(-1);
  return (
    <div className={styles.sparkline}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${w} ${h}`} width={w} height={h}>
        <line x1={2} x2={w - 2} y1={h - 2} y2={h - 2} className={styles.gridLine} />
        <path d={path(points)} className={styles.line} />
        {end && <circle cx={end[0]} cy={end[1]} r={2.5} className={styles.dot} />}
      </svg>
      <TableToggle topic="habit strength" caption="Habit strength by day (0–100 %)">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Strength</th>
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.day}>
              <th scope="row">{shortDay(p.day)}</th>
              <td>{Math.round(p.score)} %</td>
            </tr>
          ))}
        </tbody>
      </TableToggle>
    </div>
  );
}

/* Weekly adherence ---------------------------------------------------------------------- */

export function AdherenceBars({ weeks }: { weeks: readonly WeekAdherence[] }) {
  const firstWeek = weeks[0];
  const lastWeek = weeks.at(-1);
  if (!firstWeek || !lastWeek) return null;
  const planned = weeks.filter((w) => w.ratio !== null);
  const average = planned.length === 0 ? null : planned.reduce((sum, w) => sum + w.done, 0) / Math.max(1, planned.reduce((sum, w) => sum + w.scheduled, 0));
  const label =
    `Weekly adherence for the last ${weeks.length} weeks: ` +
    (average === null
      ? 'no planned days yet.'
      : `${planned.length} ${planned.length === 1 ? 'week' : 'weeks'} with planned days, ${pct(average)} of planned days done overall; ` +
        (lastWeek.ratio === null ? 'nothing planned so far this week.' : `this week ${lastWeek.done} of ${lastWeek.scheduled} days.`));
  const y = yScale(1);
  const slot = PLOT_W / weeks.length;
  const barW = Math.max(4, slot * 0.6);
  return (
    <div className={styles.chart}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className={styles.svg}>
        <Axes yMax={1} yTicks={[0, 0.5, 1]} from={`w/c ${shortDay(firstWeek.weekStart)}`} to="This week" format={(t) => `${t * 100}%`} />
        {weeks.map((w, i) => {
          const x = PAD.left + slot * i + (slot - barW) / 2;
          if (w.ratio === null) {
            // Nothing planned: a short dash on the axis, so "no data" never reads as 0 %.
            return <line key={w.weekStart} x1={x + barW * 0.25} x2={x + barW * 0.75} y1={y(0) - 3} y2={y(0) - 3} className={styles.noData} />;
          }
          return <rect key={w.weekStart} x={x} y={y(w.ratio)} width={barW} height={Math.max(1, y(0) - y(w.ratio))} rx={2} className={styles.bar} />;
        })}
      </svg>
      <TableToggle topic="weekly adherence" caption="Planned days done per week">
        <thead>
          <tr>
            <th scope="col">Week starting</th>
            <th scope="col">Done</th>
            <th scope="col">Planned</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{shortDay(w.weekStart)}</th>
              <td>{w.done}</td>
              <td>{w.scheduled}</td>
              <td>{w.ratio === null ? '–' : pct(w.ratio)}</td>
            </tr>
          ))}
        </tbody>
      </TableToggle>
    </div>
  );
}

/* Tightness ----------------------------------------------------------------------------- */

export function TightnessChart({ days, from, to }: { days: readonly TightnessDay[]; from: DayKey; to: DayKey }) {
  const firstDay = days[0];
  const lastDay = days.at(-1);
  if (!firstDay || !lastDay) return null;
  const x = xScale(from, dayOffset(from, to));
  const y = yScale(10);
  const points = days.map((d) => [x(d.day), y(d.average)] as const);
  const label =
    `Tightness from 0 (none) to 10 (worst), ${days.length} ${days.length === 1 ? 'day' : 'days'} rated between ${shortDay(from)} and ${shortDay(to)}: ` +
    (days.length === 1 ? `${firstDay.average} on ${shortDay(firstDay.day)}.` : `${firstDay.average} on ${shortDay(firstDay.day)}, latest ${lastDay.average} on ${shortDay(lastDay.day)}.`);
  return (
    <div className={styles.chart}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className={styles.svg}>
        <Axes yMax={10} yTicks={[0, 5, 10]} from={shortDay(from)} to={shortDay(to)} />
        {points.length > 1 && <path d={path(points)} className={styles.line} />}
        {points.map(([cx, cy], i) => (
          <circle key={days[i]?.day ?? i} cx={cx} cy={cy} r={3} className={styles.dot} />
        ))}
      </svg>
      <TableToggle topic="tightness" caption="Average tightness per day (0–10)">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Tightness</th>
            <th scope="col">Ratings</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{shortDay(d.day)}</th>
              <td>{d.average}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </TableToggle>
    </div>
  );
}

/* Walking tolerance --------------------------------------------------------------------- */

export function ToleranceChart({ points, baseline }: { points: readonly TolerancePoint[]; baseline?: number }) {
  const firstPoint = points[0];
  const lastPoint = points.at(-1);
  if (!firstPoint || !lastPoint) return null;
  const hasBaseline = baseline !== undefined && Number.isFinite(baseline);
  const top = Math.max(...points.map((p) => p.minutes), hasBaseline ? baseline : 0, 1);
  const yMax = Math.ceil((top * 1.1) / 5) * 5;
  const x = xScale(firstPoint.day, dayOffset(firstPoint.day, lastPoint.day));
  const y = yScale(yMax);
  const label =
    `Minutes walked before tightness started, ${points.length} ${points.length === 1 ? 'walk' : 'walks'} from ${shortDay(firstPoint.day)} to ${shortDay(lastPoint.day)}: ` +
    `trend ${minutes(firstPoint.median)} at first, ${minutes(lastPoint.median)} now` +
    (hasBaseline ? `; when you started ${minutes(baseline)}.` : '.') +
    (points.some((p) => p.reachedEnd) ? ' Open circles are walks that ended before any tightness.' : '');
  return (
    <div className={styles.chart}>
      {/* The unit and the key in words, where the eye starts: the SVG's axis only has numbers. */}
      <p className={styles.chartKey} aria-hidden="true">
        Minutes of walking until tightness started: a dot per walk{points.some((p) => p.reachedEnd) ? ' (open: no tightness)' : ''}
        {points.length > 1 ? ', the line is the trend' : ''}
        {hasBaseline ? ', the dashed line is when you started' : ''}.
      </p>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className={styles.svg}>
        <Axes yMax={yMax} yTicks={[0, yMax / 2, yMax]} from={shortDay(firstPoint.day)} to={shortDay(lastPoint.day)} />
        {hasBaseline && (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(baseline)} y2={y(baseline)} className={styles.baseline} />
            <text x={W - PAD.right} y={y(baseline) - 4} textAnchor="end" className={styles.axisText}>
              when you started: {round1(baseline)} min
            </text>
          </g>
        )}
        {points.length > 1 && <path d={path(points.map((p) => [x(p.day), y(p.median)] as const))} className={styles.line} />}
        {points.map((p) => (
          <circle key={p.walkId} cx={x(p.day)} cy={y(p.minutes)} r={3} className={p.reachedEnd ? styles.openDot : styles.dot} />
        ))}
      </svg>
      <TableToggle topic="walking tolerance" caption="Minutes walked before tightness started, per walk">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Minutes until tightness</th>
            <th scope="col">Trend (min)</th>
            {hasBaseline && <th scope="col">Since you started</th>}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.walkId}>
              <th scope="row">{shortDay(p.day)}</th>
              <td>{p.reachedEnd ? `${round1(p.minutes)}+ (no tightness)` : round1(p.minutes)}</td>
              <td>{p.median}</td>
              {hasBaseline && <td>{p.sinceBaseline === null ? '–' : `${p.sinceBaseline > 0 ? '+' : ''}${p.sinceBaseline}`}</td>}
            </tr>
          ))}
        </tbody>
      </TableToggle>
    </div>
  );
}

/* Walking tests --------------------------------------------------------------------------- */

export function WalkTestChart({ points }: { points: readonly WalkTestPoint[] }) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const y = yScale(30);
  const slot = PLOT_W / points.length;
  const barW = Math.max(4, Math.min(28, slot * 0.6));
  const before = (p: WalkTestPoint) => (p.symptomMinutes === null ? `no tightness in ${minutes(p.totalMinutes)}` : `tightness after ${minutes(p.symptomMinutes)} of ${minutes(p.totalMinutes)}`);
  const label =
    `Walking tests, ${points.length} ${points.length === 1 ? 'test' : 'tests'} from ${shortDay(first.day)} to ${shortDay(last.day)}: ` +
    (points.length === 1 ? `${before(first)}.` : `first ${before(first)}; latest ${before(last)}.`);
  return (
    <div className={styles.chart}>
      <p className={styles.chartKey} aria-hidden="true">
        Minutes per test: the bar is the whole walk, the dot when tightness started.
      </p>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className={styles.svg}>
        <Axes yMax={30} yTicks={[0, 15, 30]} from={shortDay(first.day)} to={shortDay(last.day)} />
        {points.map((p, i) => {
          const x = PAD.left + slot * i + (slot - barW) / 2;
          return (
            <g key={p.id}>
              <rect x={x} y={y(p.totalMinutes)} width={barW} height={Math.max(1, y(0) - y(p.totalMinutes))} rx={2} className={styles.softBar} />
              {p.symptomMinutes !== null && <circle cx={x + barW / 2} cy={y(p.symptomMinutes)} r={4} className={styles.dot} />}
            </g>
          );
        })}
      </svg>
      <TableToggle topic="walking tests" caption="Walking tests: minutes before tightness and in all">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Before tightness (min)</th>
            <th scope="col">Walked in all (min)</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id}>
              <th scope="row">{shortDay(p.day)}</th>
              <td>{p.symptomMinutes === null ? 'no tightness' : round1(p.symptomMinutes)}</td>
              <td>{round1(p.totalMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </TableToggle>
    </div>
  );
}
