import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, type BackupData } from '@/lib/backup';
import {
  DOSE_AMOUNT,
  RECORD_INSTANTS,
  RECORD_YEARS,
  REMIND_MINUTES,
  RESULT_AMOUNT,
  TIGHTNESS,
  WALK_MINUTES,
  type CheckIn,
  type DayMark,
  type DoseState,
  type ExerciseResult,
  type PlanEntry,
  type SessionRecord,
  type Settings,
  type WalkLog,
  type Weekday,
} from '@/lib/model';
import { REGION_CODES } from '@/lib/safety/emergency-number';
import { QUESTION_IDS, screen, type ScreeningAnswers, type ScreeningRecord } from '@/lib/safety/screening';

// Arbitrary valid data: whatever the app could have stored must survive export and import.
const id = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
const text = fc.string({ maxLength: 40, unit: 'grapheme' });
const instant = fc.oneof(fc.integer(RECORD_INSTANTS), fc.double({ ...RECORD_INSTANTS, noNaN: true }));
// Every number from the limits in lib/model, edges included.
const amount = fc.oneof(fc.nat(600), fc.double({ min: RESULT_AMOUNT.min, max: RESULT_AMOUNT.max, noNaN: true }));
const walkMinutes = fc.oneof(fc.nat(WALK_MINUTES.max), fc.double({ min: WALK_MINUTES.min, max: WALK_MINUTES.max, noNaN: true }));
const tightness = fc.integer(TIGHTNESS);
const remindMinutes = fc.integer(REMIND_MINUTES);
const doseAmount = fc.integer(DOSE_AMOUNT);
const day = fc
  .date({ min: new Date(`${RECORD_YEARS.min}-01-01T00:00:00Z`), max: new Date(`${RECORD_YEARS.max}-12-31T00:00:00Z`), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const lasting = fc.tuple(instant, fc.nat(86_400_000)).map(([startedAt, ms]) => ({ startedAt, endedAt: Math.min(startedAt + ms, RECORD_INSTANTS.max) }));
const weekday = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<Weekday>;

const planEntry: fc.Arbitrary<PlanEntry> = fc.record({
  updatedAt: instant,
  id,
  routineId: id,
  weekdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
  time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  reminder: fc.boolean(),
  remindMinutesBefore: remindMinutes,
  createdAt: instant,
});

const result: fc.Arbitrary<ExerciseResult> = fc.record({
  exerciseId: id,
  side: fc.constantFrom('left', 'right', null),
  unit: fc.constantFrom('seconds', 'reps'),
  planned: amount,
  done: amount,
  skipped: fc.boolean(),
});

const session: fc.Arbitrary<SessionRecord> = fc
  .tuple(
    lasting,
    fc.record(
      {
        id,
        routineId: id,
        day,
        completed: fc.boolean(),
        source: fc.constantFrom('player', 'manual'),
        results: fc.array(result, { maxLength: 4 }),
        effort: fc.constantFrom('easy', 'right', 'hard'),
        tightness,
        note: text,
        updatedAt: instant,
      },
      { requiredKeys: ['id', 'routineId', 'day', 'completed', 'source', 'results'] },
    ),
  )
  .map(([times, rest]) => ({ ...times, ...rest }));

const checkIn: fc.Arbitrary<CheckIn> = fc.record(
  {
    id,
    at: instant,
    day,
    tightness,
    context: fc.constantFrom('before-session', 'after-session', 'before-walk', 'after-walk', 'other'),
    note: text,
    updatedAt: instant,
  },
  { requiredKeys: ['id', 'at', 'day', 'tightness', 'context'] },
);

const walk: fc.Arbitrary<WalkLog> = fc
  .tuple(
    lasting,
    fc.record(
      { id, day, minutesWalked: walkMinutes, tightnessAtMinute: fc.option(walkMinutes, { nil: null }), tightnessBefore: tightness, tightnessAfter: tightness },
      { requiredKeys: ['id', 'day', 'minutesWalked', 'tightnessAtMinute'] },
    ),
  )
  // Tightness sets in during the walk, never after it ended.
  .map(([times, rest]) => ({ ...times, ...rest, tightnessAtMinute: rest.tightnessAtMinute === null ? null : Math.min(rest.tightnessAtMinute, rest.minutesWalked) }));

const dayMark: fc.Arbitrary<DayMark> = fc.record(
  { day, kind: fc.constantFrom('skip', 'flare'), reason: text, at: instant },
  { requiredKeys: ['day', 'kind', 'at'] },
);

const dose: fc.Arbitrary<DoseState> = fc.record({ exerciseId: id, amount: doseAmount, pinned: fc.boolean(), updatedAt: instant });

const answers: fc.Arbitrary<ScreeningAnswers> = fc.dictionary(fc.constantFrom(...QUESTION_IDS), fc.boolean(), { maxKeys: QUESTION_IDS.length });

const anyScreening: fc.Arbitrary<ScreeningRecord> = fc.record(
  {
    id,
    at: instant,
    day,
    answers,
    outcome: fc.constantFrom('emergency', 'see-clinician', 'clear', 'incomplete'),
    acknowledgedAt: instant,
    seenDoctorAt: instant,
    care: fc.record({ step: fc.constantFrom('booked', 'seen'), at: instant }),
    continuedAt: instant,
    followUp: fc.record({ answer: fc.constantFrom('exercise-ok', 'advised-changes', 'not-yet'), at: instant }),
    updatedAt: instant,
  },
  { requiredKeys: ['id', 'at', 'day', 'answers', 'outcome'] },
);

// As the app stores it: the outcome its answers give (an import recomputes it, see whole-record.test.ts).
const screening = anyScreening.map((record) => ({ ...record, outcome: screen(record.answers).outcome }));

const settings: fc.Arbitrary<Settings> = fc.record({
  sound: fc.boolean(),
  voice: fc.boolean(),
  vibration: fc.boolean(),
  keepAwake: fc.boolean(),
  reducedMotion: fc.constantFrom('system', 'reduce'),
  weekStartsOn: fc.constantFrom(0, 1),
  rolloverHour: fc.integer({ min: 0, max: 23 }),
  minimumPerDay: fc.option(fc.nat(9), { nil: null }),
  emergencyRegion: fc.option(fc.constantFrom(...REGION_CODES, 'custom'), { nil: null }),
  emergencyNumber: fc.option(fc.stringMatching(/^[0-9]{2,6}$/), { nil: null }),
});

const backupData: fc.Arbitrary<BackupData> = fc.record({
  plan: fc.uniqueArray(planEntry, { selector: (r) => r.id, maxLength: 4 }),
  sessions: fc.uniqueArray(session, { selector: (r) => r.id, maxLength: 8 }),
  checkIns: fc.uniqueArray(checkIn, { selector: (r) => r.id, maxLength: 6 }),
  walks: fc.uniqueArray(walk, { selector: (r) => r.id, maxLength: 4 }),
  dayMarks: fc.uniqueArray(dayMark, { selector: (r) => r.day, maxLength: 4 }),
  doses: fc.uniqueArray(dose, { selector: (r) => r.exerciseId, maxLength: 4 }),
  screenings: fc.uniqueArray(screening, { selector: (r) => r.id, maxLength: 4 }),
  settings,
});

/** Data as version 1 held it: no record carried `updatedAt` yet (doses always did). */
function asVersion1(data: BackupData): BackupData {
  const strip = <R extends { updatedAt?: number }>(records: readonly R[]): R[] =>
    records.map((record) => {
      const copy = { ...record };
      delete copy.updatedAt;
      return copy;
    });
  return { ...data, plan: strip(data.plan), sessions: strip(data.sessions), checkIns: strip(data.checkIns), walks: strip(data.walks), dayMarks: strip(data.dayMarks), screenings: strip(data.screenings) };
}

describe('backup round trip', () => {
  it('build → JSON → parse gives back exactly the data', () => {
    fc.assert(
      fc.property(backupData, instant, (data, now) => {
        const backup = buildBackup(data, now);
        const parsed = parseBackup(JSON.stringify(backup));
        expect(parsed).toEqual({ ok: true, backup });
      }),
      { numRuns: 300 },
    );
  });

  it('a file without screenings (made before they were backed up) imports everything else, with none', () => {
    fc.assert(
      fc.property(backupData.map(asVersion1), instant, (data, now) => {
        // Such files are version 1: version 2 always has the table.
        const older = JSON.parse(JSON.stringify(buildBackup(data, now))) as { version: number; data: Record<string, unknown> };
        older.version = 1;
        delete older.data.screenings;
        const parsed = parseBackup(JSON.stringify(older));
        expect(parsed).toEqual({ ok: true, backup: buildBackup({ ...data, screenings: [] }, now) });
      }),
      { numRuns: 100 },
    );
  });

  it('one impossible date anywhere in the sessions is refused, naming that session', () => {
    const badDay = fc.constantFrom('2026-02-30', '2025-02-29', '2026-04-31', '2026-00-10', '2026-12-32');
    fc.assert(
      fc.property(backupData, fc.nat(), badDay, (data, pick, bad) => {
        fc.pre(data.sessions.length > 0);
        const i = pick % data.sessions.length;
        const sessions = data.sessions.map((s, j) => (j === i ? { ...s, day: bad } : s));
        const parsed = parseBackup(JSON.stringify(buildBackup({ ...data, sessions }, 0)));
        expect(parsed).toEqual({ ok: false, errors: [`sessions[${i}].day: not a valid date (${bad})`] });
      }),
      { numRuns: 100 },
    );
  });
});
