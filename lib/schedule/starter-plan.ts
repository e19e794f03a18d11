// The plans a person can start from. The welcome answers choose one (suggestedPlan): what
// bothers them picks the routines, the time they gave places them, and their reminder choice
// is set on every entry. Skipping the welcome questions takes the balanced week (starterPlan).
import { getRoutine, routineProps, routineSeconds, type Prop, type RoutineId } from '@/lib/content';
import {
  clockTimeParts,
  newId,
  TIME_OF_DAY_START,
  type Concern,
  type EasesLeaning,
  type PlanEntry,
  type StarterChoice,
  type TimeOfDay,
  type Weekday,
} from '@/lib/model';
import { WEEKDAYS } from './plan-entry';

const EVERY_DAY: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const MON_WED_FRI: readonly Weekday[] = [1, 3, 5];
const OTHER_DAYS: readonly Weekday[] = [0, 2, 4, 6];

function entry(routineId: string, weekdays: readonly Weekday[], time: string, now: number, reminder = false): PlanEntry {
  return { id: newId(), routineId, weekdays, time, reminder, remindMinutesBefore: 0, createdAt: now };
}

/** The plan for someone who skipped the welcome questions: a morning routine and evening extras. */
export function starterPlan(choice: StarterChoice, now: number): PlanEntry[] {
  switch (choice) {
    case 'none':
      return [];
    case 'daily-only':
      return [entry('walk-ready', EVERY_DAY, '07:30', now)];
    case 'balanced':
      return [
        entry('walk-ready', EVERY_DAY, '07:30', now),
        entry('core-glutes', MON_WED_FRI, '18:00', now),
        entry('hamstrings', OTHER_DAYS, '18:00', now),
        entry('hip-flexors', OTHER_DAYS, '18:10', now),
      ];
  }
}

/**
 * What the answers say the plan should aim at. Walking tightness that eases on sitting or
 * leaning forward is the pattern of a narrowed spinal canal (stenosis): bending forward gives
 * the nerves room, arching takes it away.
 */
export type PlanFocus = 'stenosis' | 'walking' | 'desk' | 'general';

export function planFocus(concern: Concern | undefined, easesLeaning: EasesLeaning | undefined): PlanFocus {
  if (concern === 'after-minutes' || concern === 'both') return easesLeaning === 'yes' ? 'stenosis' : 'walking';
  if (concern === 'desk') return 'desk';
  return 'general';
}

interface Extra {
  readonly routineId: RoutineId;
  readonly weekdays: readonly Weekday[];
}

interface Shape {
  /** The one routine, every day: "one routine a day" is this alone. */
  readonly daily: RoutineId;
  /** What "a fuller week" adds, straight after the daily routine on its days. */
  readonly extras: readonly Extra[];
}

const WALKING_EXTRAS: readonly Extra[] = [
  { routineId: 'core-glutes', weekdays: MON_WED_FRI },
  { routineId: 'hip-flexors', weekdays: OTHER_DAYS },
  { routineId: 'hamstrings', weekdays: OTHER_DAYS },
];

// Walk-ready suits a back that eases when bent forward: nothing in it arches the back, the
// hip-flexor stretch is done with the tailbone tucked, and it ends hugging the knees in.
const SHAPES: Record<PlanFocus, Shape> = {
  stenosis: { daily: 'walk-ready', extras: WALKING_EXTRAS },
  walking: { daily: 'walk-ready', extras: WALKING_EXTRAS },
  general: { daily: 'walk-ready', extras: WALKING_EXTRAS },
  desk: {
    daily: 'core-hip-flexors',
    extras: [
      { routineId: 'core-glutes', weekdays: MON_WED_FRI },
      { routineId: 'hamstrings', weekdays: OTHER_DAYS },
    ],
  },
};

/** Why the plan fits the answers, in a sentence or two the plan preview shows. */
export const FOCUS_REASON: Record<PlanFocus, string> = {
  stenosis:
    'Your back eases when you sit or lean forward. Walk-ready never asks you to arch your back, and it ends by hugging your knees in: a gentle forward bend that gives the same kind of relief.',
  walking:
    'For a back that tightens on walks: Walk-ready strengthens your buttocks and core, which share the work of walking, and stretches your hips and thighs so your pelvis sits level.',
  desk: 'For a back that stiffens with sitting: a plank for the deep stomach muscles that hold your spine steady, then a stretch for the muscles at the front of your hips, which stay short while you sit.',
  general: 'Walk-ready works through the muscles that support your back (core, buttocks, hips and thighs) and changes position as few times as it can.',
};

/** The answers that shape a suggested plan. `time` is `HH:mm`; a bad one falls back to the morning. */
export interface StarterAnswers {
  readonly concern?: Concern;
  readonly easesLeaning?: EasesLeaning;
  readonly time: string;
  readonly reminders: boolean;
}

const DAY_MINUTES = 24 * 60;

/** Minutes a routine's slot takes in the plan: its time rounded up to 5 minutes. */
function slotMinutes(routineId: RoutineId): number {
  const routine = getRoutine(routineId);
  return routine ? Math.ceil(routineSeconds(routine) / 300) * 5 : 5;
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Start times of the extras (minutes from midnight): straight after the daily routine, one
 * after another on the days they share; if that runs past midnight, just before it instead.
 */
function extraStarts(start: number, shape: Shape): number[] {
  const shares = (a: Extra, b: Extra) => a.weekdays.some((d) => b.weekdays.includes(d));
  const after = shape.extras.map((extra, i) =>
    shape.extras.slice(0, i).reduce((at, other) => (shares(other, extra) ? at + slotMinutes(other.routineId) : at), start + slotMinutes(shape.daily)),
  );
  const fits = shape.extras.every((extra, i) => after[i]! + slotMinutes(extra.routineId) <= DAY_MINUTES - 1);
  if (fits) return after;
  return shape.extras.map((extra, i) =>
    shape.extras.slice(i).reduce((at, other) => (shares(other, extra) ? at - slotMinutes(other.routineId) : at), start),
  );
}

/** The plan the welcome answers suggest for a choice: every entry at or around the person's time. */
export function suggestedPlan(choice: StarterChoice, answers: StarterAnswers, now: number): PlanEntry[] {
  if (choice === 'none') return [];
  const shape = SHAPES[planFocus(answers.concern, answers.easesLeaning)];
  const parts = clockTimeParts(answers.time) ?? clockTimeParts(TIME_OF_DAY_START.morning)!;
  const start = parts.hours * 60 + parts.minutes;
  const daily = entry(shape.daily, EVERY_DAY, clock(start), now, answers.reminders);
  if (choice === 'daily-only') return [daily];
  const starts = extraStarts(start, shape);
  const extras = shape.extras.map((extra, i) => entry(extra.routineId, extra.weekdays, clock(starts[i]!), now, answers.reminders));
  return [daily, ...extras].sort((a, b) => a.time.localeCompare(b.time));
}

/** Every prop the plan's routines need, each once, in the order the plan first needs them. */
export function planProps(plan: readonly Pick<PlanEntry, 'routineId'>[]): Prop[] {
  const props: Prop[] = [];
  for (const { routineId } of plan) {
    const routine = getRoutine(routineId);
    for (const prop of routine ? routineProps(routine) : []) if (!props.includes(prop)) props.push(prop);
  }
  return props;
}

/** The days of an entry in words: "Every day", "Monday, Wednesday and Friday". */
export function planDaysText(weekdays: readonly Weekday[]): string {
  const names = WEEKDAYS.filter((d) => weekdays.includes(d.value)).map((d) => d.long);
  if (names.length === 7) return 'Every day';
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? 'No days');
}

/** The part of the day a `HH:mm` time falls in: morning before 11:00, midday to 16:00, then evening. */
export function timeOfDayOf(time: string): TimeOfDay | undefined {
  const parts = clockTimeParts(time);
  if (!parts) return undefined;
  return parts.hours < 11 ? 'morning' : parts.hours < 16 ? 'midday' : 'evening';
}
