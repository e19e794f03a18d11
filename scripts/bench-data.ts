// Years of seeded, plausible history for benchmarking the progress screen: a daily plan,
// sessions (some ended early, some rated), check-ins, walks and skip/flare marks. Pure: the
// same seed, today and now give the same records; the device time zone places the times.
import { getExercise, getRoutine } from '@/lib/content';
import { addDays, atDayTime, weekdayOf } from '@/lib/days';
import type {
  CheckIn,
  CheckInContext,
  DayKey,
  DayMark,
  Effort,
  ExerciseResult,
  PlanEntry,
  SessionRecord,
  WalkLog,
  Weekday,
} from '@/lib/model';
import { planSession } from '@/lib/timer/plan';

export interface BenchDataOptions {
  /** The last day of the history (after rollover). */
  readonly today: DayKey;
  /** Nothing is dated after this instant, so today only holds what already happened. */
  readonly now: number;
  readonly rolloverHour: number;
  readonly seed?: number;
  /** Days of history, today included. */
  readonly days?: number;
  readonly sessions?: number;
  readonly checkIns?: number;
  readonly walks?: number;
}

export interface BenchData {
  readonly plan: PlanEntry[];
  /** Oldest first, as lib/db lists them. */
  readonly sessions: SessionRecord[];
  readonly checkIns: CheckIn[];
  readonly walks: WalkLog[];
  readonly marks: DayMark[];
}

/** Ten years of daily use: two sessions, one check-in a day, a walk every few days. */
export const BENCH_DEFAULTS = { seed: 20_26_11_23, days: 3650, sessions: 7300, checkIns: 3650, walks: 1000 } as const;

const EVERY_DAY: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const PLAN: readonly { routineId: string; weekdays: readonly Weekday[]; time: string }[] = [
  { routineId: 'walk-ready', weekdays: EVERY_DAY, time: '07:30' },
  { routineId: 'core-glutes', weekdays: [1, 3, 5], time: '18:00' },
  { routineId: 'hamstrings', weekdays: [2, 4, 6], time: '18:00' },
];
/** Unplanned sessions people add on top: a reset after a walk, an extra stretch. */
const EXTRA_ROUTINES = ['quick-reset', 'hip-flexors', 'mid-walk-reset', 'core'];
const CONTEXTS: readonly CheckInContext[] = ['before-session', 'after-session', 'before-walk', 'after-walk', 'other'];
const EFFORTS: readonly Effort[] = ['easy', 'right', 'right', 'right', 'hard'];
const NOTES = ['Stiff in the morning', 'Felt good', 'Long day on my feet', 'Hard to focus', 'Back eased off after'];
const MINUTE = 60_000;

/** mulberry32: small, fast and seeded, so fake histories can be replayed from their seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Template {
  readonly results: readonly ExerciseResult[];
  readonly plannedMs: number;
}

/** What a full session of a routine records, as lib/timer's record.ts summarises it. */
function template(routineId: string): Template {
  const routine = getRoutine(routineId);
  if (!routine) throw new Error(`Unknown routine ${routineId}`);
  const exercises = routine.exerciseIds.map((id) => {
    const exercise = getExercise(id);
    if (!exercise) throw new Error(`Unknown exercise ${id}`);
    return exercise;
  });
  const phases = planSession(routine, exercises);
  const items = new Map<string, { exerciseId: string; side: ExerciseResult['side']; unit: ExerciseResult['unit']; planned: number }>();
  for (const phase of phases) {
    if (phase.kind !== 'work') continue;
    const key = `${phase.exerciseIndex}:${phase.side ?? 'none'}`;
    const reps = phase.targetReps !== undefined || phase.rep !== undefined;
    const item = items.get(key) ?? { exerciseId: phase.exerciseId, side: phase.side, unit: reps ? 'reps' : 'seconds', planned: 0 };
    item.planned += reps ? (phase.targetReps ?? 1) : (phase.durationMs ?? 0) / 1000;
    items.set(key, item);
  }
  return {
    results: [...items.values()].map((item) => ({ ...item, done: item.planned, skipped: false })),
    plannedMs: phases.reduce((sum, p) => sum + p.plannedMs, 0),
  };
}

export function benchData(options: BenchDataOptions): BenchData {
  const { today, now, rolloverHour } = options;
  const seed = options.seed ?? BENCH_DEFAULTS.seed;
  const dayCount = options.days ?? BENCH_DEFAULTS.days;
  const random = prng(seed);
  const chance = (p: number) => random() < p;
  const between = (lo: number, hi: number) => lo + random() * (hi - lo);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const clampTightness = (n: number) => Math.min(10, Math.max(0, Math.round(n)));
  const id = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + Math.floor(random() * 4)).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const at = (day: DayKey, time: string, jitterMinutes: number) => atDayTime(day, time, rolloverHour) + Math.round(jitterMinutes * MINUTE);

  const firstDay = addDays(today, -(dayCount - 1));
  const createdAt = atDayTime(firstDay, '07:00', rolloverHour);
  const plan: PlanEntry[] = PLAN.map((entry) => ({ id: id(), ...entry, weekdays: [...entry.weekdays], reminder: true, remindMinutesBefore: 10, createdAt }));

  const templates = new Map<string, Template>();
  const templateOf = (routineId: string) => {
    let found = templates.get(routineId);
    if (!found) templates.set(routineId, (found = template(routineId)));
    return found;
  };
  // Tightness eases from about 6 to about 2 over the years; walking tolerance grows.
  const tightnessOn = (i: number) => 6 - (4 * i) / dayCount;
  const toleranceOn = (i: number) => 8 + (27 * i) / dayCount;

  const session = (day: DayKey, dayIndex: number, routineId: string, startedAt: number, completed: boolean): SessionRecord => {
    const base = { id: id(), routineId, day, completed, startedAt };
    if (completed && chance(0.08)) return { ...base, endedAt: startedAt, source: 'manual', results: [] };
    const { results, plannedMs } = templateOf(routineId);
    // Ended early: what came before the stop is done, the rest is not.
    const stop = completed ? results.length : Math.floor(random() * results.length);
    const skipOne = completed && chance(0.1) ? int(0, results.length - 1) : -1;
    const shaped = results.map((r, i) => {
      const skipped = i === skipOne;
      const done = i < stop && !skipped ? r.planned : i === stop ? Math.round(r.planned * random() * 10) / 10 : 0;
      return { ...r, done, skipped };
    });
    const record: SessionRecord = {
      ...base,
      endedAt: startedAt + Math.round(plannedMs * (completed ? between(1, 1.2) : between(0.1, 0.8))),
      source: 'player',
      results: shaped,
    };
    const effort = chance(0.4) ? pick(EFFORTS) : undefined;
    const tightness = chance(0.5) ? clampTightness(tightnessOn(dayIndex) + between(-2, 2)) : undefined;
    return {
      ...record,
      ...(effort ? { effort } : {}),
      ...(tightness !== undefined ? { tightness } : {}),
      ...(chance(0.03) ? { note: pick(NOTES) } : {}),
    };
  };

  const sessions: SessionRecord[] = [];
  const checkIns: CheckIn[] = [];
  const marks: DayMark[] = [];
  const pastDays: { day: DayKey; index: number }[] = [];
  let lapse = 0;
  for (let i = 0; i < dayCount; i++) {
    const day = addDays(firstDay, i);
    if (day < today) pastDays.push({ day, index: i });
    // Now and then life gets in the way for a few days.
    if (lapse > 0) lapse--;
    else if (chance(1 / 45)) lapse = int(1, 5);
    const attempt = lapse > 0 ? 0.35 : 0.97;

    let mark: DayMark | null = null;
    if (chance(0.03)) {
      const kind = chance(0.65) ? 'skip' : 'flare';
      const markedAt = at(day, '07:00', between(-30, 60));
      mark = chance(0.5) ? { day, kind, at: markedAt, reason: kind === 'flare' ? 'Back flared up' : 'Travelling' } : { day, kind, at: markedAt };
      if (markedAt <= now) marks.push(mark);
    }
    const due = PLAN.filter((entry) => entry.weekdays.includes(weekdayOf(day)));
    for (const entry of due) {
      if (mark?.kind === 'skip' || (mark?.kind === 'flare' && entry.routineId !== 'hamstrings')) continue;
      if (!chance(attempt)) continue;
      const startedAt = at(day, entry.time, between(-45, 150));
      const completed = chance(0.91);
      sessions.push(session(day, i, entry.routineId, startedAt, completed));
      // An early stop is sometimes picked up again later the same day.
      if (!completed && chance(0.4)) sessions.push(session(day, i, entry.routineId, startedAt + Math.round(between(30, 120) * MINUTE), chance(0.9)));
    }
    if (mark?.kind === 'flare') sessions.push(session(day, i, 'quick-reset', at(day, '08:00', between(0, 180)), chance(0.95)));
    checkIns.push({
      id: id(),
      at: at(day, '07:00', between(0, 14 * 60)),
      day,
      tightness: clampTightness(tightnessOn(i) + between(-2.5, 2.5) + (mark?.kind === 'flare' ? 3 : 0)),
      context: pick(CONTEXTS),
      ...(chance(0.05) ? { note: pick(NOTES) } : {}),
    });
  }

  // Top up to the wanted counts with extras on past days, so the totals are exact.
  const kept = sessions.filter((s) => s.startedAt <= now);
  const wantedSessions = options.sessions ?? BENCH_DEFAULTS.sessions;
  while (kept.length < wantedSessions) {
    const { day, index } = pick(pastDays);
    kept.push(session(day, index, pick(EXTRA_ROUTINES), at(day, '12:00', between(-120, 480)), chance(0.9)));
  }
  while (kept.length > wantedSessions) kept.splice(Math.floor(random() * kept.length), 1);
  const keptCheckIns = checkIns.filter((c) => c.at <= now);
  const wantedCheckIns = options.checkIns ?? BENCH_DEFAULTS.checkIns;
  while (keptCheckIns.length < wantedCheckIns) {
    const { day, index } = pick(pastDays);
    keptCheckIns.push({ id: id(), at: at(day, '20:00', between(0, 120)), day, tightness: clampTightness(tightnessOn(index) + between(-2, 2)), context: 'other' });
  }
  while (keptCheckIns.length > wantedCheckIns) keptCheckIns.splice(Math.floor(random() * keptCheckIns.length), 1);

  // Walks on distinct past days (a partial shuffle picks them).
  const walkDays = [...pastDays];
  const wantedWalks = Math.min(options.walks ?? BENCH_DEFAULTS.walks, walkDays.length);
  for (let i = 0; i < wantedWalks; i++) {
    const j = i + Math.floor(random() * (walkDays.length - i));
    [walkDays[i], walkDays[j]] = [walkDays[j] as (typeof walkDays)[number], walkDays[i] as (typeof walkDays)[number]];
  }
  const walks: WalkLog[] = walkDays.slice(0, wantedWalks).map(({ day, index }) => {
    const tolerance = toleranceOn(index) * between(0.7, 1.3);
    const reachedEnd = chance(0.2);
    const minutesWalked = Math.round((reachedEnd ? tolerance * between(0.6, 1) : tolerance * between(1.1, 1.8)) * 10) / 10;
    const startedAt = at(day, '12:00', between(-180, 420));
    const before = chance(0.6) ? clampTightness(tightnessOn(index) + between(-2, 1)) : undefined;
    const after = chance(0.6) ? clampTightness(tightnessOn(index) + between(-1, 3)) : undefined;
    return {
      id: id(),
      startedAt,
      endedAt: startedAt + Math.round(minutesWalked * MINUTE),
      day,
      minutesWalked,
      tightnessAtMinute: reachedEnd ? null : Math.round(Math.min(minutesWalked, tolerance) * 10) / 10,
      ...(before !== undefined ? { tightnessBefore: before } : {}),
      ...(after !== undefined ? { tightnessAfter: after } : {}),
    };
  });

  const byTime = <T>(key: (t: T) => number) => (a: T, b: T) => key(a) - key(b);
  return {
    plan,
    sessions: kept.sort(byTime((s) => s.startedAt)),
    checkIns: keptCheckIns.sort(byTime((c) => c.at)),
    walks: walks.sort(byTime((w) => w.startedAt)),
    marks,
  };
}
