// What the progress screen shows, as pure functions of stored rows: every figure at once
// (progressView, also what the benchmark times), the heatmap's months and their summaries,
// the words for each day, and the tightness series.
import { format } from 'date-fns';
import { addDays, dayKey, daysBetween, parseDay } from '@/lib/days';
import type { CheckIn, DayKey, DayMark, Effort, PlanEntry, SessionRecord, Settings, WalkLog } from '@/lib/model';
import { calendar, habitStrength, streaks, tightnessByDay, weeklyAdherence, type DayRecord, type DayStatus, type History } from '@/lib/streaks';
import { toleranceSeries } from '@/lib/walks';

/** How far back the trend charts look, today included. */
export const TREND_DAYS = 90;
/** Months in the heatmap, the current one included. */
export const HEATMAP_MONTHS = 3;
/** Weeks of the adherence bars. */
export const ADHERENCE_WEEKS = 12;
/** The walking-tolerance chart shows the last year of a trend computed over every walk. */
export const TOLERANCE_DAYS = 365;

export const STATUS_TEXT: Record<DayStatus, string> = {
  done: 'done',
  partial: 'partly done',
  missed: 'missed',
  skip: 'skip day',
  flare: 'flare day',
  rest: 'rest day',
  pending: 'not done yet',
};

/** Legend order: the statuses a person sees most first. */
export const LEGEND: readonly { status: DayStatus; label: string }[] = [
  { status: 'done', label: 'Done' },
  { status: 'partial', label: 'Partly done' },
  { status: 'missed', label: 'Missed' },
  { status: 'skip', label: 'Skip day' },
  { status: 'flare', label: 'Flare day' },
  { status: 'rest', label: 'Rest day' },
  { status: 'pending', label: 'Today, not done yet' },
];

export const EFFORT_TEXT: Record<Effort, string> = { easy: 'Easy', right: 'About right', hard: 'Hard' };

const monthOf = (day: DayKey): string => day.slice(0, 7);

/** The first day of the month `offset` months from the one containing `day`. */
export function monthStart(day: DayKey, offset = 0): DayKey {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 + offset;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The heatmap's days: from the first of the month HEATMAP_MONTHS − 1 back, through today. */
export function heatmapRange(today: DayKey): { from: DayKey; to: DayKey } {
  return { from: monthStart(today, -(HEATMAP_MONTHS - 1)), to: today };
}

export interface MonthDays {
  /** `YYYY-MM`. */
  readonly key: string;
  /** "November". */
  readonly name: string;
  /** "November 2026". */
  readonly title: string;
  readonly days: readonly DayRecord[];
}

/** Splits consecutive day records into calendar months, oldest first. */
export function groupByMonth(days: readonly DayRecord[]): MonthDays[] {
  const months: MonthDays[] = [];
  let current: { key: string; days: DayRecord[] } | null = null;
  for (const record of days) {
    const key = monthOf(record.day);
    if (!current || current.key !== key) {
      current = { key, days: [] };
      const date = parseDay(record.day);
      months.push({ key, name: format(date, 'MMMM'), title: format(date, 'MMMM yyyy'), days: current.days });
    }
    current.days.push(record);
  }
  return months;
}

export interface MonthCounts {
  /** Days the plan asked for something that are over, plus today once done. */
  readonly planned: number;
  readonly done: number;
  readonly partial: number;
  readonly missed: number;
  readonly skipped: number;
  readonly flare: number;
}

/**
 * Counts as the weekly adherence counts them, except that skip and flare days are planned
 * days too (they were scheduled; the person said why they were not done). Today is left out
 * until it is done, so a month never looks worse just because the day is not over.
 */
export function monthCounts(days: readonly DayRecord[]): MonthCounts {
  const counts = { planned: 0, done: 0, partial: 0, missed: 0, skipped: 0, flare: 0 };
  for (const { status } of days) {
    if (status === 'rest' || status === 'pending') continue;
    counts.planned++;
    if (status === 'done') counts.done++;
    else if (status === 'partial') counts.partial++;
    else if (status === 'missed') counts.missed++;
    else if (status === 'skip') counts.skipped++;
    else counts.flare++;
  }
  return counts;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "November: 18 of 22 planned days done, 2 skipped, 1 flare day." */
export function monthSummary(month: Pick<MonthDays, 'name' | 'days'>): string {
  const c = monthCounts(month.days);
  if (c.planned === 0) return `${month.name}: no planned days.`;
  const parts = [`${c.done} of ${plural(c.planned, 'planned day', 'planned days')} done`];
  if (c.partial > 0) parts.push(`${c.partial} partly done`);
  if (c.skipped > 0) parts.push(`${c.skipped} skipped`);
  if (c.flare > 0) parts.push(plural(c.flare, 'flare day', 'flare days'));
  return `${month.name}: ${parts.join(', ')}.`;
}

/** The accessible name of a heatmap cell: "Wednesday 25 November: done". */
export function dayCellName(record: DayRecord): string {
  const date = format(parseDay(record.day), 'EEEE d MMMM');
  const extra = record.status === 'partial' ? ` (${record.done} of ${record.required})` : '';
  return `${date}: ${STATUS_TEXT[record.status]}${extra}`;
}

/** "Wednesday 25 November", with the year when it is not this year's. */
export function formatDay(day: DayKey, today: DayKey): string {
  return format(parseDay(day), day.slice(0, 4) === today.slice(0, 4) ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy');
}

/** "25 Nov", for chart axes and tables. */
export function shortDay(day: DayKey): string {
  return format(parseDay(day), 'd MMM');
}

export { tightnessByDay, type TightnessDay } from '@/lib/streaks';

/** The first day of the trend window ending today. */
export function trendStart(today: DayKey): DayKey {
  return addDays(today, -(TREND_DAYS - 1));
}

/** Days from `from` to `day`, for placing points on a time axis. */
export const dayOffset = (from: DayKey, day: DayKey): number => daysBetween(from, day);

export interface ProgressRows {
  readonly plan: readonly PlanEntry[];
  readonly sessions: readonly SessionRecord[];
  readonly marks: readonly DayMark[];
  readonly checkIns: readonly CheckIn[];
  readonly walks: readonly WalkLog[];
  readonly settings: Pick<Settings, 'rolloverHour' | 'weekStartsOn' | 'minimumPerDay'>;
  /** Minutes walked before tightness at the start (the onboarding answer), if known. */
  readonly baseline?: number;
}

/** How long after the first use the screen speaks of "your first weeks". */
export const FIRST_WEEKS_DAYS = 28;

/**
 * The day Backstride was first used: the earliest plan entry or record. Nothing before it is
 * shown, so a new person's calendar does not open on months of days that were never theirs.
 */
export function firstUseDay(rows: Pick<ProgressRows, 'plan' | 'sessions' | 'marks' | 'checkIns' | 'walks'>, rolloverHour: number, today: DayKey): DayKey {
  let first = today;
  const consider = (day: DayKey) => {
    if (day < first) first = day;
  };
  for (const entry of rows.plan) consider(dayKey(entry.createdAt, rolloverHour));
  for (const record of [...rows.sessions, ...rows.marks, ...rows.checkIns, ...rows.walks]) consider(record.day);
  return first;
}

/**
 * The walking-tolerance chart's headline: the trend now against the start (the onboarding
 * answer, else the first walk's trend). "Up from 10 to 14 minutes since you started".
 */
export function toleranceHeadline(points: readonly { readonly median: number }[], baseline: number | undefined): string | null {
  const last = points.at(-1);
  if (!last) return baseline === undefined ? null : `${minutesWord(baseline)} before tightness when you started`;
  const start = baseline ?? points[0]?.median ?? last.median;
  const [from, to] = [Math.round(start), Math.round(last.median)];
  if (points.length === 1 && baseline === undefined) return `${minutesWord(to)} before tightness on your first logged walk`;
  if (to > from) return `Up from ${from} to ${minutesWord(to)} since you started`;
  if (to < from) return `Down from ${from} to ${minutesWord(to)} since you started`;
  return `About ${minutesWord(to)}, as when you started`;
}

const minutesWord = (n: number) => plural(Math.round(n), 'minute', 'minutes');

/** Every figure of the progress screen at `now`: what ProgressScreen renders and the benchmark times. */
export function progressView(rows: ProgressRows, now: number) {
  const { plan, sessions, marks, settings, checkIns, walks, baseline } = rows;
  const today = dayKey(now, settings.rolloverHour);
  const history: History = { plan, sessions, marks, today, options: settings };
  const range = heatmapRange(today);
  const from = trendStart(today);
  const firstUse = firstUseDay(rows, settings.rolloverHour, today);
  // Weeks that end before the first use are not the person's: they are left out, not shown as 0 %.
  const adherence = weeklyAdherence(history, ADHERENCE_WEEKS).filter((w) => addDays(w.weekStart, 6) >= firstUse);
  const strength = habitStrength(history);
  const tolerance = toleranceSeries(walks, baseline);
  return {
    today,
    firstUse,
    /** Within the first weeks: the screen leads with what there is so far. */
    early: daysBetween(firstUse, today) < FIRST_WEEKS_DAYS,
    empty: sessions.length === 0 && marks.length === 0 && checkIns.length === 0 && walks.length === 0,
    streak: streaks(history),
    strength: { ...strength, series: strength.series.filter((p) => p.day >= firstUse) },
    days: calendar(history, range.from > firstUse ? range.from : firstUse, range.to),
    adherence: adherence.some((w) => w.ratio !== null) ? adherence : [],
    thisWeek: adherence.at(-1) ?? null,
    sessionCount: sessions.length,
    sessionsThisWeek: sessions.filter((s) => s.day >= (adherence.at(-1)?.weekStart ?? today)).length,
    sessionMinutes: Math.round(sessions.filter((s) => s.source !== 'manual').reduce((sum, s) => sum + Math.max(0, s.endedAt - s.startedAt), 0) / 60_000),
    tightness: { from, days: tightnessByDay(checkIns, sessions, from, today) },
    // The trend is computed over every walk; the chart shows the last year of it.
    tolerance: tolerance.filter((p) => p.day >= addDays(today, -TOLERANCE_DAYS)),
    baseline,
    toleranceHeadline: toleranceHeadline(tolerance, baseline),
    weekStartsOn: settings.weekStartsOn,
  };
}

export type ProgressView = ReturnType<typeof progressView>;
