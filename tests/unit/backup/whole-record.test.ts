// Imports checked as a whole record, not only field by field: a backup the app could never
// have written is refused with a message naming the record and the field. (A refused file is
// never written: Settings offers Merge and Replace only for a parsed backup.)
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, type BackupData } from '@/lib/backup';
import { DEFAULT_SETTINGS, NOTE_LENGTH, QUESTION_IDS, RECORD_INSTANTS } from '@/lib/model';

const T0 = Date.UTC(2026, 2, 1, 7, 30);
type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke arbitrary shapes

function data(): BackupData {
  return {
    plan: [{ id: 'p1', routineId: 'core', weekdays: [1], time: '07:30', reminder: true, remindMinutesBefore: 10, createdAt: T0 }],
    sessions: [
      {
        id: 's1', routineId: 'core', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01', completed: true, source: 'player',
        results: [{ exerciseId: 'plank', side: null, unit: 'seconds', planned: 30, done: 30, skipped: false }],
        note: 'fine',
      },
    ],
    checkIns: [{ id: 'c1', at: T0, day: '2026-03-01', tightness: 4, context: 'other', note: 'ok' }],
    walks: [{ id: 'w1', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01', minutesWalked: 10, tightnessAtMinute: 6 }],
    dayMarks: [{ day: '2026-03-02', kind: 'skip', reason: 'travel', at: T0 }],
    doses: [{ exerciseId: 'plank', amount: 40, pinned: true, updatedAt: T0 }],
    screenings: [{ id: 'q1', at: T0, day: '2026-03-01', answers: { 'bladder-bowel': false }, outcome: 'incomplete' }],
    walkTests: [],
    settings: DEFAULT_SETTINGS,
  };
}

const json = (): Json => JSON.parse(JSON.stringify(buildBackup(data(), T0))) as Json;

function errorsFor(file: Json): string[] {
  const result = parseBackup(JSON.stringify(file));
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.errors;
}

type Case = readonly [what: string, edit: (j: Json) => unknown, where: string, says: RegExp];

/** Each case: refused, and the one message names the record and the field. */
function refuses(cases: readonly Case[]) {
  it.each(cases)('%s', (_what, edit, where, says) => {
    const file = json();
    edit(file);
    const errors = errorsFor(file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${where.replace(/[[\].]/g, '\\$&')}: `));
    expect(errors[0]).toMatch(says);
  });
}

it('the file these cases start from imports', () => {
  expect(parseBackup(JSON.stringify(json())).ok).toBe(true);
});

describe('plan entries', () => {
  refuses([
    ['an entry with no weekdays', (j) => (j.data.plan[0].weekdays = []), 'plan[0].weekdays', /no weekdays/],
    ['a "times a week" entry with no weekdays', (j) => Object.assign(j.data.plan[0], { weekdays: [], timesPerWeek: 1 }), 'plan[0].weekdays', /no weekdays/],
  ]);
});

describe('walks', () => {
  refuses([
    ['tightness a minute after the walk ended', (j) => (j.data.walks[0].tightnessAtMinute = 10.1), 'walks[0].tightnessAtMinute', /at minute 10\.1 is after the walk ended \(10 minutes walked\)/],
    ['tightness at minute 600 of a 1-minute walk', (j) => Object.assign(j.data.walks[0], { minutesWalked: 1, tightnessAtMinute: 600 }), 'walks[0].tightnessAtMinute', /after the walk ended/],
  ]);

  it.each([
    ['at the last minute', 10],
    ['at the start', 0],
    ['never', null],
  ])('tightness %s is kept', (_what, minute) => {
    const file = json();
    file.data.walks[0].tightnessAtMinute = minute;
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });
});

describe('notes', () => {
  const tooLong = 'x'.repeat(NOTE_LENGTH.max + 1);
  refuses([
    ['a session note one character over the limit', (j) => (j.data.sessions[0].note = tooLong), 'sessions[0].note', /is 501 characters long; Backstride keeps notes to 500/],
    ['a 5 MB session note', (j) => (j.data.sessions[0].note = 'x'.repeat(5 * 1024 * 1024)), 'sessions[0].note', /is 5242880 characters long/],
    ['a check-in note over the limit', (j) => (j.data.checkIns[0].note = tooLong), 'checkIns[0].note', /keeps notes to 500/],
    ["a marked day's reason over the limit", (j) => (j.data.dayMarks[0].reason = tooLong), 'dayMarks[0].reason', /keeps notes to 500/],
  ]);

  it('a note of exactly the limit is kept', () => {
    const file = json();
    file.data.sessions[0].note = 'x'.repeat(NOTE_LENGTH.max);
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });
});

describe('dates', () => {
  refuses([
    ['a session ending in the year 275760', (j) => (j.data.sessions[0].endedAt = 8.64e15), 'sessions[0].endedAt', /expected a time in the years 2000 to 2100, got \+275760-/],
    ['a check-in on 1999-12-31', (j) => (j.data.checkIns[0].day = '1999-12-31'), 'checkIns[0].day', /expected a date from 2000-01-01 to 2100-12-31, got 1999-12-31/],
    ['a walk on 2101-01-01', (j) => (j.data.walks[0].day = '2101-01-01'), 'walks[0].day', /from 2000-01-01 to 2100-12-31/],
    ['a marked day in 9999', (j) => (j.data.dayMarks[0].day = '9999-12-31'), 'dayMarks[0].day', /from 2000-01-01 to 2100-12-31/],
    ['a plan entry made in 1970', (j) => (j.data.plan[0].createdAt = 0), 'plan[0].createdAt', /got 1970-01-01T00:00:00\.000Z/],
    ['a dose edited after 2100', (j) => (j.data.doses[0].updatedAt = RECORD_INSTANTS.max + 1), 'doses[0].updatedAt', /in the years 2000 to 2100/],
    ['a screening acknowledged before 2000', (j) => (j.data.screenings[0].acknowledgedAt = Date.UTC(1990, 0, 1)), 'screenings[0].acknowledgedAt', /in the years 2000 to 2100/],
  ]);

  it.each(['2000-01-01', '2100-12-31'])('a record on %s is kept', (day) => {
    const file = json();
    file.data.checkIns[0].day = day;
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });

  it('a record from early on 3 January 2000 in Kiritimati (UTC+14) is kept: its day is in range on every clock', () => {
    const file = json();
    Object.assign(file.data.checkIns[0], { day: '2000-01-03', at: Date.UTC(2000, 0, 2, 11, 5) });
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });

  it('a record from the first hours of 2000 is refused: on a clock far west of UTC its day would fall in 1999', () => {
    const file = json();
    Object.assign(file.data.checkIns[0], { day: '2000-01-01', at: Date.UTC(1999, 11, 31, 10, 5) });
    expect(parseBackup(JSON.stringify(file)).ok).toBe(false);
  });
});

describe('screenings: the outcome is recomputed from the answers', () => {
  const parsedScreening = (edit: (q: Json) => void) => {
    const file = json();
    edit(file.data.screenings[0]);
    const result = parseBackup(JSON.stringify(file));
    if (!result.ok) throw new Error(result.errors.join('; '));
    const [record] = result.backup.data.screenings;
    if (!record) throw new Error('the screening is gone');
    return record;
  };

  it.each([
    ['"clear" with a yes to an emergency question', { 'bladder-bowel': true }, 'clear', 'emergency'],
    ['"clear" with a yes to a see-soon question', { 'leg-neuro': true }, 'clear', 'see-clinician'],
    ['"see-clinician" with an emergency yes among others', { 'leg-neuro': true, 'saddle-numbness': true }, 'see-clinician', 'emergency'],
    ['"clear" with questions left unanswered', { 'bladder-bowel': false }, 'clear', 'incomplete'],
    ['"emergency" with every answer no', Object.fromEntries(QUESTION_IDS.map((q) => [q, false])), 'emergency', 'clear'],
    ['an outcome that agrees', { 'bladder-bowel': true }, 'emergency', 'emergency'],
  ])('%s reads as %s → %s', (_what, answers, stored, expected) => {
    const record = parsedScreening((q) => Object.assign(q, { answers, outcome: stored }));
    expect(record.outcome).toBe(expected);
    expect(record.answers).toEqual(answers);
  });
});

