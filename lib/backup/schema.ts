// The zod schema for a backup file of the current version: every record checked field by
// field and every number against its limit in lib/model, partial settings filled from the
// defaults. Unknown fields are refused, not stripped: a file of this version with a field it
// does not know was made by a newer app (older files are stripped by their migration, see
// migrations.ts). Messages are written for people (parse.ts adds where the problem is).
import * as z from 'zod';
import {
  CONCERNS,
  DEFAULT_SETTINGS,
  DOSE_AMOUNT,
  EASES_LEANING,
  INSTANT_MAX,
  isRecordDay,
  isRecordInstant,
  RECORD_YEARS,
  NOTE_LENGTH,
  isClockTime,
  isDayKey,
  isNoteLength,
  isNumberIn,
  isTimesPerWeek,
  isWholeIn,
  REMIND_MINUTES,
  RESULT_AMOUNT,
  ROLLOVER_HOUR,
  STARTER_CHOICES,
  TIGHTNESS,
  TIMES_OF_DAY,
  TIMES_PER_WEEK,
  WALK_MINUTES,
  STEP_LENGTH_CM,
  WALK_TEST_CADENCE,
  WALK_TEST_EASED,
  WALK_TEST_END_REASONS,
  WALK_TEST_STEPS,
  walkTestProblems,
  type Settings,
  type WalkTest,
  type WholeRange,
} from '@/lib/model';
import { EMERGENCY_NUMBER, REGION_CODES } from '@/lib/safety/emergency-number';
import { QUESTION_IDS, screen, type CareStep, type FollowUpAnswer, type ScreeningOutcome } from '@/lib/safety/screening';
import { fileClashes } from './plan-clashes';
import { BACKUP_FORMAT, BACKUP_VERSION, RECORD_KEYS, RECORD_TABLES, recordKey, type BackupData, type RecordTable } from './format';

// The app's Content-Security-Policy allows no eval, so zod must not compile parsers with
// `new Function`; even its probe for eval is reported as a violation. Set before any schema.
z.config({ jitless: true });

// The limits themselves live in lib/model (limits.ts); this file only words their messages.
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A short, readable rendering of a value for an error message. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const id = z.string().min(1, { error: 'must not be empty' });

/** A note or reason a person wrote, within the app's own limit. */
const text = z.string().refine((v) => isNoteLength(v), {
  error: (issue) => `is ${typeof issue.input === 'string' ? issue.input.length : '?'} characters long; Backstride keeps notes to ${NOTE_LENGTH.max}`,
});

const dayKey = z.string().superRefine((value, ctx) => {
  if (!DAY_SHAPE.test(value)) {
    ctx.addIssue({ code: 'custom', message: `expected a date written YYYY-MM-DD, got ${show(value)}` });
  } else if (!isDayKey(value)) {
    ctx.addIssue({ code: 'custom', message: `not a valid date (${value})` });
  } else if (!isRecordDay(value)) {
    ctx.addIssue({ code: 'custom', message: `expected a date from ${RECORD_YEARS.min}-01-01 to ${RECORD_YEARS.max}-12-31, got ${value}` });
  }
});

const isDateTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= INSTANT_MAX;
const NOT_A_TIME = (issue: { input: unknown }) => `expected a time (milliseconds since 1970), got ${show(issue.input)}`;

/** When the file was made: any time a Date can hold (it describes the file, not a record). */
const fileInstant = z.number().refine(isDateTime, { error: NOT_A_TIME });

/** A time a record holds: in the years records fall in (RECORD_YEARS). */
const instant = z.number().refine((v) => isRecordInstant(v), {
  error: (issue) =>
    isDateTime(issue.input)
      ? `expected a time in the years ${RECORD_YEARS.min} to ${RECORD_YEARS.max}, got ${new Date(issue.input).toISOString()}`
      : NOT_A_TIME(issue),
});

/** A finite number within a limit from lib/model, e.g. `minutes` → "expected minutes from 0 to 600". */
function numberIn(range: { readonly min: number; readonly max: number }, what: string) {
  return z.number().refine((v) => isNumberIn(v, range), {
    error: (issue) => `expected ${what} from ${range.min} to ${range.max}, got ${show(issue.input)}`,
  });
}

function wholeNumber(range: WholeRange) {
  const bounds = range.max === Number.MAX_SAFE_INTEGER ? `of ${range.min} or more` : `from ${range.min} to ${range.max}`;
  return z.number().refine((v) => isWholeIn(v, range), {
    error: (issue) => `expected a whole number ${bounds}, got ${show(issue.input)}`,
  });
}

const tightness = wholeNumber(TIGHTNESS);

/** Planned or done in a session result: seconds or reps. */
const resultAmount = numberIn(RESULT_AMOUNT, 'an amount');

const clockTime = z.string().refine((v) => isClockTime(v), {
  error: (issue) => `expected a time of day like 07:30, got ${show(issue.input)}`,
});

const weekday = z.literal([0, 1, 2, 3, 4, 5, 6], {
  error: (issue) => `expected a weekday from 0 (Sunday) to 6 (Saturday), got ${show(issue.input)}`,
});

const weekdays = z.array(weekday).superRefine((days, ctx) => {
  // An entry on no day is never due and cannot be edited back (the plan asks for a day).
  if (days.length === 0) ctx.addIssue({ code: 'custom', message: 'lists no weekdays: a plan entry needs at least one day' });
  days.forEach((day, i) => {
    if (days.indexOf(day) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `weekday ${day} is listed twice` });
  });
});

/** Start and end of something that lasted: the end may not come before the start. */
function lasting<T extends { startedAt: number; endedAt: number }>(value: T, ctx: z.RefinementCtx): void {
  if (value.endedAt < value.startedAt) {
    ctx.addIssue({ code: 'custom', path: ['endedAt'], message: `ends before it starts (endedAt ${value.endedAt} is before startedAt ${value.startedAt})` });
  }
}

/** When a record was last edited; absent on records never edited and on older files. */
const updatedAt = instant.optional();

export const planEntrySchema = z.strictObject({
  id,
  routineId: id,
  weekdays,
  timesPerWeek: wholeNumber(TIMES_PER_WEEK).optional(),
  time: clockTime,
  reminder: z.boolean(),
  remindMinutesBefore: wholeNumber(REMIND_MINUTES),
  createdAt: instant,
  /** Absent in files made before it was stored: the import stamps it (lib/db withStartDays). */
  startDay: dayKey.optional(),
  updatedAt,
}).superRefine((entry, ctx) => {
  if (isTimesPerWeek(entry.timesPerWeek) && Array.isArray(entry.weekdays) && entry.weekdays.length > 0 && entry.timesPerWeek > entry.weekdays.length) {
    ctx.addIssue({ code: 'custom', path: ['timesPerWeek'], message: `${entry.timesPerWeek} days a week on ${entry.weekdays.length} ${entry.weekdays.length === 1 ? 'weekday' : 'weekdays'} cannot be met` });
  }
});

export const exerciseResultSchema = z.strictObject({
  exerciseId: id,
  side: z.enum(['left', 'right']).nullable(),
  unit: z.enum(['seconds', 'reps']),
  planned: resultAmount,
  done: resultAmount,
  skipped: z.boolean(),
});

/** "Too hard" names exercises of this session's results, each once (as the app saves it). */
function tooHardInResults(value: { results: readonly { exerciseId: string }[]; tooHard?: readonly string[] | undefined }, ctx: z.RefinementCtx): void {
  const list = value.tooHard;
  if (!list || !Array.isArray(value.results)) return;
  const done = new Set(value.results.map((r) => r.exerciseId));
  list.forEach((exerciseId, i) => {
    if (exerciseId === '') return; // reported as empty already
    if (!done.has(exerciseId)) {
      ctx.addIssue({ code: 'custom', path: ['tooHard', i], message: `rates ${show(exerciseId)} too hard, but that exercise is not in this session` });
    } else if (list.indexOf(exerciseId) !== i) {
      ctx.addIssue({ code: 'custom', path: ['tooHard', i], message: `rates ${show(exerciseId)} too hard twice` });
    }
  });
}

/** Efforts per exercise name exercises of this session's results (as the app saves them). */
function effortInResults(value: { results: readonly { exerciseId: string }[]; exerciseEffort?: Readonly<Record<string, string>> | undefined }, ctx: z.RefinementCtx): void {
  if (!value.exerciseEffort || !Array.isArray(value.results)) return;
  const done = new Set(value.results.map((r) => r.exerciseId));
  for (const exerciseId of Object.keys(value.exerciseEffort)) {
    if (exerciseId !== '' && !done.has(exerciseId)) {
      ctx.addIssue({ code: 'custom', path: ['exerciseEffort', exerciseId], message: `rates ${show(exerciseId)}, but that exercise is not in this session` });
    }
  }
}

export const sessionSchema = z
  .strictObject({
    id,
    routineId: id,
    startedAt: instant,
    endedAt: instant,
    day: dayKey,
    completed: z.boolean(),
    source: z.enum(['player', 'manual']),
    results: z.array(exerciseResultSchema),
    effort: z.enum(['easy', 'right', 'hard']).optional(),
    tightness: tightness.optional(),
    tooHard: z.array(id).optional(),
    exerciseEffort: z.record(id, z.enum(['easy', 'right', 'hard'])).optional(),
    note: text.optional(),
    legSymptoms: z.boolean().optional(),
    updatedAt,
  })
  .superRefine(lasting)
  .superRefine(tooHardInResults)
  .superRefine(effortInResults);

export const checkInSchema = z.strictObject({
  id,
  at: instant,
  day: dayKey,
  tightness,
  context: z.enum(['before-session', 'after-session', 'before-walk', 'after-walk', 'other']),
  note: text.optional(),
  legSymptoms: z.boolean().optional(),
  updatedAt,
});

/**
 * Tightness sets in during the walk: the walk log takes its time between start and end, and
 * both minutes are rounded the same way, so the minute is never past the minutes walked.
 */
function tightnessInWalk(walk: { minutesWalked: number; tightnessAtMinute: number | null }, ctx: z.RefinementCtx): void {
  if (walk.tightnessAtMinute !== null && walk.tightnessAtMinute > walk.minutesWalked) {
    ctx.addIssue({
      code: 'custom',
      path: ['tightnessAtMinute'],
      message: `tightness at minute ${walk.tightnessAtMinute} is after the walk ended (${walk.minutesWalked} minutes walked)`,
    });
  }
}

/** Minutes of a walk, as the app accepts them. */
const walkMinutes = numberIn(WALK_MINUTES, 'minutes');

export const walkSchema = z
  .strictObject({
    id,
    startedAt: instant,
    endedAt: instant,
    day: dayKey,
    minutesWalked: walkMinutes,
    tightnessAtMinute: walkMinutes.nullable(),
    tightnessBefore: tightness.optional(),
    tightnessAfter: tightness.optional(),
    legSymptoms: z.boolean().optional(),
    updatedAt,
  })
  .superRefine(lasting)
  .superRefine(tightnessInWalk);

/** A guided walking test; the limits and their checks are lib/model's (walkTestProblems). */
export const walkTestSchema = z
  .strictObject({
    id,
    startedAt: instant,
    endedAt: instant,
    day: dayKey,
    totalMs: z.number(),
    symptomAtMs: z.number().nullable(),
    endReason: z.enum(WALK_TEST_END_REASONS),
    eased: z.enum(WALK_TEST_EASED).optional(),
    tightness: tightness.optional(),
    steps: wholeNumber(WALK_TEST_STEPS).optional(),
    cadence: wholeNumber(WALK_TEST_CADENCE).optional(),
    stepLengthCm: wholeNumber(STEP_LENGTH_CM).optional(),
    updatedAt,
  })
  .superRefine(lasting)
  .superRefine((test, ctx) => {
    for (const problem of walkTestProblems(test as WalkTest)) {
      const field = problem.split(' ')[0] ?? '';
      // The fields above already word their own problems; these are the timing rules.
      if (field === 'totalMs') ctx.addIssue({ code: 'custom', path: ['totalMs'], message: `expected a walking time from 10 seconds to 30 minutes that matches its start and end, got ${show(test.totalMs)}` });
      if (field === 'symptomAtMs') ctx.addIssue({ code: 'custom', path: ['symptomAtMs'], message: `tightness at ${show(test.symptomAtMs)} ms is not within the ${show(test.totalMs)} ms walked` });
    }
  });

export const dayMarkSchema = z.strictObject({
  day: dayKey,
  kind: z.enum(['skip', 'flare']),
  reason: text.optional(),
  at: instant,
  updatedAt,
});

export const doseSchema = z.strictObject({
  exerciseId: id,
  amount: wholeNumber(DOSE_AMOUNT),
  pinned: z.boolean(),
  updatedAt: instant,
});

const knownQuestions = new Set<string>(QUESTION_IDS);

/**
 * Yes/no answers keyed by question id. An id this app does not ask about is refused rather
 * than dropped: a screening that silently lost an answer could read as clearer than it was.
 * The keys are checked on the object as JSON.parse made it, before zod copies it: a copy
 * made by assignment turns an own `__proto__` key into a prototype and loses it unseen.
 */
const screeningAnswers = z
  .custom<Readonly<Record<string, unknown>>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
    error: (issue) => `expected an object, got ${show(issue.input)}`,
  })
  .superRefine((answers, ctx) => {
    for (const key of Object.keys(answers)) {
      if (!knownQuestions.has(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'not one of the questions Backstride asks' });
      }
    }
  })
  .pipe(z.partialRecord(z.enum(QUESTION_IDS), z.boolean()));

export const screeningSchema = z.strictObject({
  id,
  at: instant,
  day: dayKey,
  answers: screeningAnswers,
  outcome: z.enum(['emergency', 'see-clinician', 'clear', 'incomplete'] as const satisfies readonly ScreeningOutcome[]),
  acknowledgedAt: instant.optional(),
  seenDoctorAt: instant.optional(),
  care: z.strictObject({ step: z.enum(['booked', 'seen'] as const satisfies readonly CareStep[]), at: instant }).optional(),
  continuedAt: instant.optional(),
  followUp: z
    .strictObject({ answer: z.enum(['exercise-ok', 'advised-changes', 'not-yet'] as const satisfies readonly FollowUpAnswer[]), at: instant })
    .optional(),
  updatedAt,
})
  // The outcome is what the answers mean, judged by the app's own screening: a file saying
  // "clear" next to a yes to an emergency question must not read as clear.
  .transform((record) => {
    const outcome = screen(record.answers).outcome;
    return outcome === record.outcome ? record : { ...record, outcome };
  });

/** The welcome answers. */
export const onboardingSchema = z.strictObject({
  finishedAt: instant,
  skipped: z.boolean(),
  concern: z.enum(CONCERNS).optional(),
  easesLeaning: z.enum(EASES_LEANING).optional(),
  baselineMinutes: walkMinutes.optional(),
  starter: z.enum(STARTER_CHOICES).optional(),
  timeOfDay: z.enum(TIMES_OF_DAY).optional(),
  time: clockTime.optional(),
  reminders: z.boolean().optional(),
});

/** Any subset of the settings; what is missing comes from the defaults. */
export const settingsSchema = z
  .strictObject({
    sound: z.boolean(),
    voice: z.boolean(),
    vibration: z.boolean(),
    keepAwake: z.boolean(),
    // Retired (it never had a control): older backups carry it, so it is accepted and dropped.
    theme: z.enum(['system', 'light', 'dark']),
    reducedMotion: z.enum(['system', 'reduce']),
    weekStartsOn: z.literal([0, 1], { error: (issue) => `expected 0 (Sunday) or 1 (Monday), got ${show(issue.input)}` }),
    rolloverHour: wholeNumber(ROLLOVER_HOUR),
    minimumPerDay: wholeNumber({ min: 0, max: Number.MAX_SAFE_INTEGER }).nullable(),
    emergencyRegion: z.enum([...REGION_CODES, 'custom'], { error: (issue) => `expected a known region code or "custom", got ${show(issue.input)}` }).nullable(),
    emergencyNumber: z
      .string()
      .refine((v) => EMERGENCY_NUMBER.test(v), { error: (issue) => `expected an emergency number of 2 to 6 digits, got ${show(issue.input)}` })
      .nullable(),
  })
  .partial()
  .optional()
  .transform((partial): Settings => {
    const rest = { ...partial };
    delete rest.theme;
    return { ...DEFAULT_SETTINGS, ...rest };
  });

/** Each table's record schema: parse.ts checks the records of a large file a slice at a time. */
export const RECORD_SCHEMAS = {
  plan: planEntrySchema,
  sessions: sessionSchema,
  checkIns: checkInSchema,
  walks: walkSchema,
  dayMarks: dayMarkSchema,
  doses: doseSchema,
  screenings: screeningSchema,
  walkTests: walkTestSchema,
} as const satisfies { readonly [T in RecordTable]: z.ZodType<BackupData[T][number], unknown> };

export interface DataIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Checks of the data as a whole, once every record has passed its own schema. */
export function wholeDataIssues(data: BackupData): DataIssue[] {
  const issues: DataIssue[] = [];
  // Two records with one key would silently become one on import.
  for (const table of RECORD_TABLES) {
    const firstAt = new Map<string, number>();
    data[table].forEach((record: (typeof data)[typeof table][number], i) => {
      const value = recordKey(table, record);
      const first = firstAt.get(value);
      if (first === undefined) firstAt.set(value, i);
      else issues.push({ path: [table, i, RECORD_KEYS[table]], message: `${show(value)} is used twice (also at ${table}[${first}])` });
    });
  }
  // The plan as a whole: what the plan's own form refuses, a file may not bring in.
  for (const { index, message } of fileClashes(data.plan)) issues.push({ path: ['plan', index, 'time'], message });
  return issues;
}

/** Everything but the records themselves, which are checked one by one (RECORD_SCHEMAS). */
const records = z.array(z.unknown());

export const backupShellSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: fileInstant,
  app: z.strictObject({ name: z.string() }).optional().transform((app) => app ?? { name: 'Backstride' }),
  data: z.strictObject({
    plan: records,
    sessions: records,
    checkIns: records,
    walks: records,
    dayMarks: records,
    doses: records,
    // Files from before screenings were exported get an empty table from their migration.
    screenings: records,
    // Files from before walking tests get an empty table from their migration.
    walkTests: records,
    settings: settingsSchema,
    onboarding: onboardingSchema.optional(),
  }),
});
