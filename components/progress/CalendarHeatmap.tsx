'use client';
// The last months as calendar grids, a cell per day shaded by what happened. All months
// together are one tab stop: arrow keys move between days (roving tabindex), across months.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { addDays, daysBetween, weekdayOf } from '@/lib/days';
import type { DayKey, Weekday } from '@/lib/model';
import type { DayRecord } from '@/lib/streaks';
import { dayCellName, groupByMonth, LEGEND, monthStart, monthSummary, type MonthDays } from './progress-view';
import styles from './progress.module.css';

const WEEKDAYS = [
  ['Sun', 'Sunday'],
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
] as const;

export interface CalendarHeatmapProps {
  /** Consecutive days, oldest first (lib/streaks `calendar`). */
  readonly days: readonly DayRecord[];
  readonly weekStartsOn: Weekday;
  /** The day that takes the tab stop first; the last day when absent. */
  readonly initialDay?: DayKey;
}

export function CalendarHeatmap({ days, weekStartsOn, initialDay }: CalendarHeatmapProps) {
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  const [active, setActive] = useState<DayKey | undefined>(initialDay ?? last);
  const moved = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  // New data (a new day, a live update) may leave the remembered day outside the range.
  const inRange = (day: DayKey | undefined): day is DayKey => day !== undefined && first !== undefined && last !== undefined && day >= first && day <= last;
  const current = inRange(active) ? active : last;

  useEffect(() => {
    if (!moved.current || !current) return;
    moved.current = false;
    root.current?.querySelector<HTMLElement>(`[data-day="${current}"]`)?.focus();
  }, [current]);

  if (!first || !last || !current) return null;

  const clamp = (day: DayKey) => (day < first ? first : day > last ? last : day);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const column = (weekdayOf(current) - weekStartsOn + 7) % 7;
    let next: DayKey | null = null;
    switch (event.key) {
      case 'ArrowRight':
        next = addDays(current, 1);
        break;
      case 'ArrowLeft':
        next = addDays(current, -1);
        break;
      case 'ArrowDown':
        next = addDays(current, 7);
        break;
      case 'ArrowUp':
        next = addDays(current, -7);
        break;
      case 'Home':
        next = event.ctrlKey ? first : clamp(addDays(current, -column));
        break;
      case 'End':
        next = event.ctrlKey ? last : clamp(addDays(current, 6 - column));
        break;
      case 'PageUp':
      case 'PageDown':
        next = clamp(sameDayInMonth(current, event.key === 'PageUp' ? -1 : 1));
        break;
      default:
        return;
    }
    event.preventDefault();
    // At the edge of the range focus stays put, as in a grid's first or last cell.
    if (next < first || next > last || next === current) return;
    moved.current = true;
    setActive(next);
  };

  return (
    <div ref={root} className={styles.heatmap}>
      <div className={styles.months}>
        {groupByMonth(days).map((month) => (
          <MonthGrid key={month.key} month={month} weekStartsOn={weekStartsOn} active={current} today={last} onKeyDown={onKeyDown} onFocusDay={setActive} />
        ))}
      </div>
      <ul className={styles.legend} aria-label="Calendar key">
        {LEGEND.map(({ status, label }) => (
          <li key={status}>
            <span className={`${styles.swatch} ${styles.cell}`} data-status={status} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <p className={`muted ${styles.hint}`}>Use the arrow keys to move between days.</p>
    </div>
  );
}

function sameDayInMonth(day: DayKey, offset: number): DayKey {
  const start = monthStart(day, offset);
  const wanted = Number(day.slice(8, 10)) - 1;
  const monthLength = daysBetween(start, monthStart(day, offset + 1));
  return addDays(start, Math.min(wanted, monthLength - 1));
}

function MonthGrid({
  month,
  weekStartsOn,
  active,
  today,
  onKeyDown,
  onFocusDay,
}: {
  month: MonthDays;
  weekStartsOn: Weekday;
  active: DayKey;
  today: DayKey;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocusDay: (day: DayKey) => void;
}) {
  const titleId = useId();
  const summaryId = useId();
  const firstDay = month.days[0]?.day;
  if (!firstDay) return null;
  const lead = (weekdayOf(firstDay) - weekStartsOn + 7) % 7;
  const cells: (DayRecord | null)[] = [...Array.from({ length: lead }, () => null), ...month.days];
  while (cells.length % 7 !== 0) cells.push(null);
  const rows: (DayRecord | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(cells.slice(i, i + 7));
  const columns = Array.from({ length: 7 }, (_, i) => WEEKDAYS[(weekStartsOn + i) % 7] ?? WEEKDAYS[0]);

  return (
    <section className={styles.month} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.monthTitle}>
        {month.title}
      </h3>
      <div role="grid" aria-labelledby={titleId} aria-describedby={summaryId} className={styles.grid} onKeyDown={onKeyDown}>
        <div role="row" className={styles.row}>
          {columns.map(([short, long]) => (
            <div role="columnheader" key={long} className={styles.weekday}>
              <abbr title={long}>{short}</abbr>
            </div>
          ))}
        </div>
        {rows.map((row, r) => (
          <div role="row" key={r} className={styles.row}>
            {row.map((record, c) =>
              record ? (
                <div
                  key={record.day}
                  role="gridcell"
                  data-day={record.day}
                  data-status={record.status}
                  className={styles.cell}
                  tabIndex={record.day === active ? 0 : -1}
                  aria-label={dayCellName(record)}
                  aria-current={record.day === today ? 'date' : undefined}
                  onFocus={() => onFocusDay(record.day)}
                >
                  {Number(record.day.slice(8, 10))}
                </div>
              ) : (
                <div key={`pad-${c}`} role="gridcell" className={styles.pad} />
              ),
            )}
          </div>
        ))}
      </div>
      <p id={summaryId} className={styles.summary}>
        {monthSummary(month)}
      </p>
    </section>
  );
}
