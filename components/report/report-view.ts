// What the report for a physiotherapist or doctor holds, as pure functions of stored rows and
// `now`: the period, any warning signs at the top, sessions per week against the plan, doses now
// against where they started, the tightness and walking trends, flare and skip days, the
// screening answers with their dates, the current plan and, if the person chooses, their notes.
import { format } from 'date-fns';
import { exercises as allExercises, formatDose, getRoutine } from '@/lib/content';
import type { Dose, Exercise } from '@/lib/content/types';
import { addDays, dayKey, daysBetween, parseDay, startOfWeekDay } from '@/lib/days';
import type { DayKey, DoseState, ScreeningRecord, Settings, WalkTest, WalkTestEased, WalkTestEndReason } from '@/lib/model';
import { SCREENING_MESSAGES, SCREENING_QUESTIONS, screen } from '@/lib/safety/screening';
import { nextDoses } from '@/lib/schedule';
import { planDaysText } from '@/lib/schedule/starter-plan';
import { calendar, tightnessByDay, weeklyAdherence, type History } from '@/lib/streaks';
import { durationWords, toleranceSeries, walkTestHeadline, walkTestPoints } from '@/lib/walks';
import { firstUseDay, monthCounts, toleranceHeadline, type ProgressRows } from '@/components/progress/progress-view';

export type ReportRange = '4w' | '12w' | 'all';

export const RANGES: readonly { value: ReportRange; label: string }[] = [
  { value: '4w', label: 'Last 4 weeks' },
  { value: '12w', label: 'Last 12 weeks' },
  { value: 'all', label: 'Everything' },
];

/** What Progress reads, and the screenings, walking tests and doses besides. */
export interface ReportRows extends ProgressRows {
  readonly screenings: readonly ScreeningRecord[];
  readonly walkTests: readonly WalkTest[];
  readonly doses: readonly DoseState[];
}

const inRange = (day: DayKey, from: DayKey, to: DayKey) => day >= from && day <= to;
const longDay = (day: DayKey) => format(parseDay(day), 'd MMMM yyyy');

/** The first and last day a report covers: whole weeks back from this one, or since the first use. */
export function reportPeriod(range: ReportRange, today: DayKey, firstUse: DayKey, weekStartsOn: Settings['weekStartsOn']): { from: DayKey; to: DayKey; weeks: number } {
  const thisWeek = startOfWeekDay(today, weekStartsOn);
  const firstWeek = startOfWeekDay(firstUse, weekStartsOn);
  const sinceFirst = Math.floor(daysBetween(firstWeek, thisWeek) / 7) + 1;
  const weeks = range === 'all' ? sinceFirst : Math.min(range === '4w' ? 4 : 12, sinceFirst);
  const from = range === 'all' ? firstUse : addDays(thisWeek, -7 * (weeks - 1));
  return { from: from < firstUse ? firstUse : from, to: today, weeks };
}

export interface DoseRow {
  readonly name: string;
  readonly start: string;
  readonly now: string;
  readonly changed: boolean;
}

const withAmount = (dose: Dose, amount: number): Dose => (dose.kind === 'hold' ? { ...dose, holdSeconds: amount } : { ...dose, reps: amount });

/** Each exercise of the planned routines: its dose now (what the next session will ask) and at the start. */
export function doseRows(rows: Pick<ReportRows, 'plan' | 'sessions' | 'marks' | 'doses'>): DoseRow[] {
  const ids = new Set(rows.plan.flatMap((entry) => getRoutine(entry.routineId)?.exerciseIds ?? []));
  const planned = allExercises.filter((e) => ids.has(e.id)) as Exercise[];
  const decisions = nextDoses(planned, rows.sessions, rows.marks, rows.doses);
  return planned.map((exercise) => {
    const amount = decisions.get(exercise.id)?.amount;
    const now = amount === undefined ? exercise.dose : withAmount(exercise.dose, amount);
    return { name: exercise.name, start: formatDose(exercise.dose), now: formatDose(now), changed: formatDose(now) !== formatDose(exercise.dose) };
  });
}

export interface ScreeningRow {
  readonly day: DayKey;
  readonly when: string;
  /** "Get emergency care now", "No warning signs today". */
  readonly outcome: string;
  readonly severity: 'emergency' | 'see-clinician' | 'clear' | 'incomplete';
  /** The signs answered yes, in words. */
  readonly signs: readonly string[];
  /** What the person did about it, in words. */
  readonly followUp: readonly string[];
}

const when = (at: number) => format(at, 'd MMMM yyyy');

function screeningRow(record: ScreeningRecord): ScreeningRow {
  // Judged from the answers (a stored outcome may predate a change in the rules).
  const { outcome, flags } = screen(record.answers);
  const signs = SCREENING_QUESTIONS.filter((q) => flags.includes(q.id)).map((q) => q.sign[0]!.toUpperCase() + q.sign.slice(1));
  const followUp: string[] = [];
  if (record.acknowledgedAt) followUp.push(`Read the emergency advice on ${when(record.acknowledgedAt)}.`);
  if (record.seenDoctorAt) followUp.push(`Said a doctor had assessed them on ${when(record.seenDoctorAt)}.`);
  if (record.care) followUp.push(record.care.step === 'seen' ? `Said they were seen on ${when(record.care.at)}.` : `Booked an appointment on ${when(record.care.at)}.`);
  if (record.continuedAt) followUp.push(`Chose to carry on with the routines meanwhile on ${when(record.continuedAt)}.`);
  if (record.followUp) {
    const said = { 'exercise-ok': 'they were told exercise is fine', 'advised-changes': 'they were advised to change something', 'not-yet': 'they had not been seen yet' }[record.followUp.answer];
    followUp.push(`On ${when(record.followUp.at)} said ${said}.`);
  }
  return { day: record.day, when: longDay(record.day), outcome: SCREENING_MESSAGES[outcome].title, severity: outcome, signs, followUp };
}

export interface WeekRow {
  readonly weekStart: DayKey;
  readonly sessions: number;
  /** Planned days over (skip and flare days left out, as the streak leaves them out). */
  readonly planned: number;
  readonly done: number;
  readonly partial: number;
}

/** "5 of 7", "0 of 7 (6 partly done)", "none planned". */
export const weekDoneText = (w: Pick<WeekRow, 'planned' | 'done' | 'partial'>) =>
  w.planned === 0 ? 'none planned' : `${w.done} of ${w.planned}${w.partial > 0 ? ` (${w.partial} partly done)` : ''}`;

const STOPPED: Readonly<Record<WalkTestEndReason, string>> = { back: 'back tightness', legs: 'leg symptoms', tired: 'tiredness', 'time-up': 'the 30 minutes were up', other: 'something else' };
const EASED: Readonly<Record<WalkTestEased, string>> = { leaning: 'leaning forward', sitting: 'sitting', both: 'leaning forward and sitting', neither: 'neither leaning forward nor sitting' };

export interface WalkTestRow {
  readonly id: string;
  readonly when: string;
  readonly beforeTightness: string;
  readonly total: string;
  /** "Stopped for back tightness; eased by sitting; tightness 4/10". */
  readonly details: string;
}

function walkTestRow(t: WalkTest): WalkTestRow {
  const details = [`Stopped for ${STOPPED[t.endReason]}`];
  if (t.eased) details.push(`eased by ${EASED[t.eased]}`);
  if (t.tightness !== undefined) details.push(`tightness ${t.tightness}/10`);
  if (t.steps !== undefined) details.push(`${t.steps} steps`);
  return {
    id: t.id,
    when: longDay(t.day),
    beforeTightness: t.symptomAtMs === null ? 'did not start' : durationWords(t.symptomAtMs),
    total: durationWords(t.totalMs),
    details: details.join('; '),
  };
}

export interface NoteRow {
  readonly day: DayKey;
  readonly when: string;
  readonly about: string;
  readonly text: string;
}

export function reportView(rows: ReportRows, range: ReportRange, now: number, options: { notes?: boolean } = {}) {
  const { settings } = rows;
  const today = dayKey(now, settings.rolloverHour);
  const firstUse = firstUseDay(rows, settings.rolloverHour, today);
  const { from, to, weeks } = reportPeriod(range, today, firstUse, settings.weekStartsOn);
  const history: History = { plan: rows.plan, sessions: rows.sessions, marks: rows.marks, today, options: settings };
  const within = <R extends { readonly day: DayKey }>(records: readonly R[]) => records.filter((r) => inRange(r.day, from, to));

  const sessions = within(rows.sessions);
  const checkIns = within(rows.checkIns);
  const walks = within(rows.walks);
  const marks = within(rows.marks).filter((m) => m.kind === 'skip' || m.kind === 'flare');
  const screenings = within(rows.screenings).sort((a, b) => a.at - b.at).map(screeningRow);
  const walkTests = within(rows.walkTests).sort((a, b) => a.startedAt - b.startedAt);

  // Warning signs lead the report: any in the period, and the latest answers whenever given.
  const latest = [...rows.screenings].sort((a, b) => b.at - a.at)[0];
  const latestRow = latest ? screeningRow(latest) : null;
  const warnings = screenings.filter((s) => s.severity === 'emergency' || s.severity === 'see-clinician');
  if (latestRow && (latestRow.severity === 'emergency' || latestRow.severity === 'see-clinician') && !warnings.some((w) => w.day === latestRow.day && w.outcome === latestRow.outcome)) {
    warnings.push(latestRow);
  }

  const adherence = weeklyAdherence(history, weeks).filter((w) => addDays(w.weekStart, 6) >= from);
  const days = calendar(history, from, to);
  const weekRows: WeekRow[] = adherence.map((w) => {
    const end = addDays(w.weekStart, 6);
    const counts = monthCounts(days.filter((d) => d.day >= w.weekStart && d.day <= end));
    return {
      weekStart: w.weekStart,
      sessions: sessions.filter((s) => s.day >= w.weekStart && s.day <= end).length,
      planned: counts.done + counts.partial + counts.missed,
      done: counts.done,
      partial: counts.partial,
    };
  });
  const total = {
    planned: weekRows.reduce((sum, w) => sum + w.planned, 0),
    done: weekRows.reduce((sum, w) => sum + w.done, 0),
    partial: weekRows.reduce((sum, w) => sum + w.partial, 0),
  };

  const tolerance = toleranceSeries(rows.walks, rows.baseline).filter((p) => inRange(p.day, from, to));
  const notes: NoteRow[] = options.notes
    ? [
        ...sessions.filter((s) => s.note).map((s) => ({ day: s.day, at: s.startedAt, about: getRoutine(s.routineId)?.name ?? 'A routine', text: s.note! })),
        ...checkIns.filter((c) => c.note).map((c) => ({ day: c.day, at: c.at, about: 'Check-in', text: c.note! })),
      ]
        .sort((a, b) => a.at - b.at)
        .map(({ day, about, text }) => ({ day, when: longDay(day), about, text }))
    : [];

  return {
    madeAt: format(now, "d MMMM yyyy 'at' HH:mm"),
    period: `${longDay(from)} to ${longDay(to)}`,
    weeks,
    from,
    to,
    empty: sessions.length === 0 && checkIns.length === 0 && walks.length === 0 && marks.length === 0 && screenings.length === 0 && walkTests.length === 0,
    warnings,
    weekRows,
    adherence,
    adherenceText:
      total.planned === 0
        ? 'No planned days in this period.'
        : `${total.done} of ${total.planned} planned days done (${Math.round((total.done / total.planned) * 100)} %)${total.partial > 0 ? `, ${total.partial} partly done` : ''}; ${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'} in all.`,
    doses: doseRows(rows),
    tightness: tightnessByDay(checkIns, sessions, from, to),
    walkCount: walks.length,
    tolerance,
    toleranceHeadline: tolerance.length > 0 ? toleranceHeadline(tolerance, rows.baseline) : null,
    walkTests: walkTests.map(walkTestRow),
    // Against the very first test, which may be before the period.
    walkTestHeadline: walkTests.length > 0 ? walkTestHeadline(walkTestPoints(rows.walkTests.filter((t) => t.day <= to)), today, longDay) : null,
    marks: marks.sort((a, b) => (a.day < b.day ? -1 : 1)).map((m) => ({ day: m.day, when: longDay(m.day), kind: m.kind === 'flare' ? 'Flare day' : 'Skip day', reason: m.reason })),
    screenings,
    plan: rows.plan.map((entry) => ({
      id: entry.id,
      routine: getRoutine(entry.routineId)?.name ?? 'A routine no longer in the app',
      days: entry.timesPerWeek ? `${entry.timesPerWeek} days a week, on ${planDaysText(entry.weekdays)}` : planDaysText(entry.weekdays),
      time: entry.time,
    })),
    notes,
  };
}

export type ReportView = ReturnType<typeof reportView>;

/** `backstride-report-2026-12-03.html`. */
export const reportFileName = (now: number) => `backstride-report-${format(now, 'yyyy-MM-dd')}.html`;

