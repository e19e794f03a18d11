// Numbers and keys from outside: every number in a backup is range-checked against the limits
// in lib/model, screening answers refuse keys that are not questions (__proto__ included),
// and an export is checked with the import schema before it is offered.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, backupText, buildBackup, parseBackup, type BackupData } from '@/lib/backup';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
// eslint-disable-next-line no-restricted-imports -- the test resets the database and stores a bad record as an old app did
import { db } from '@/lib/db/db';
import { importWrite } from '@/lib/backup/merge';
import { DEFAULT_SETTINGS, DOSE_AMOUNT, REMIND_MINUTES, WALK_MINUTES } from '@/lib/model';

const DOSE_AMOUNT_MAX = DOSE_AMOUNT.max;
const REMIND_MINUTES_MAX = REMIND_MINUTES.max;
const WALK_MINUTES_MAX = WALK_MINUTES.max;

const T0 = Date.UTC(2026, 2, 1, 7, 30);
type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke arbitrary shapes

function data(): BackupData {
  return {
    plan: [{ id: 'p1', routineId: 'core', weekdays: [1], time: '07:30', reminder: true, remindMinutesBefore: 10, createdAt: T0 }],
    sessions: [
      {
        id: 's1', routineId: 'core', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01', completed: true, source: 'player',
        results: [{ exerciseId: 'plank', side: null, unit: 'seconds', planned: 30, done: 30, skipped: false }],
      },
    ],
    checkIns: [{ id: 'c1', at: T0, day: '2026-03-01', tightness: 4, context: 'other' }],
    walks: [{ id: 'w1', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01', minutesWalked: 10, tightnessAtMinute: null }],
    dayMarks: [],
    doses: [{ exerciseId: 'plank', amount: 40, pinned: true, updatedAt: T0 }],
    screenings: [{ id: 'q1', at: T0, day: '2026-03-01', answers: { 'bladder-bowel': false }, outcome: 'incomplete' }],
    walkTests: [],
    settings: DEFAULT_SETTINGS,
  };
}

const json = (): Json => JSON.parse(JSON.stringify(buildBackup(data(), T0))) as Json;

function errorsFor(file: Json | string): string[] {
  const result = parseBackup(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.errors;
}

describe('every number from a backup is range-checked', () => {
  it.each([
    ['a pinned dose of 1e308', (j: Json) => (j.data.doses[0].amount = 1e308), 'doses[0].amount'],
    ['a dose one over the limit', (j: Json) => (j.data.doses[0].amount = DOSE_AMOUNT_MAX + 1), 'doses[0].amount'],
    ['a negative dose', (j: Json) => (j.data.doses[0].amount = -1), 'doses[0].amount'],
    ['a planned amount of 1e308', (j: Json) => (j.data.sessions[0].results[0].planned = 1e308), 'sessions[0].results[0].planned'],
    ['a done amount of 1e308', (j: Json) => (j.data.sessions[0].results[0].done = 1e308), 'sessions[0].results[0].done'],
    ['a reminder 1e308 minutes early', (j: Json) => (j.data.plan[0].remindMinutesBefore = 1e308), 'plan[0].remindMinutesBefore'],
    ['a reminder a day and a minute early', (j: Json) => (j.data.plan[0].remindMinutesBefore = REMIND_MINUTES_MAX + 1), 'plan[0].remindMinutesBefore'],
    ['a walk over the limit', (j: Json) => (j.data.walks[0].minutesWalked = WALK_MINUTES_MAX + 1), 'walks[0].minutesWalked'],
    ['a time of 1e308', (j: Json) => (j.data.checkIns[0].at = 1e308), 'checkIns[0].at'],
    ['an edit time of 1e308', (j: Json) => (j.data.sessions[0].updatedAt = 1e308), 'sessions[0].updatedAt'],
    ['a tightness of 11', (j: Json) => (j.data.checkIns[0].tightness = 11), 'checkIns[0].tightness'],
    ['a rollover hour of 1e308', (j: Json) => (j.data.settings.rolloverHour = 1e308), 'settings.rolloverHour'],
  ])('%s is refused, naming the field', (_name, bend, where) => {
    const file = json();
    bend(file);
    const errors = errorsFor(file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${where.replace(/[[\].]/g, '\\$&')}: expected`));
  });

  it('the limits themselves are accepted', () => {
    const file = json();
    file.data.doses[0].amount = DOSE_AMOUNT_MAX;
    file.data.plan[0].remindMinutesBefore = REMIND_MINUTES_MAX;
    file.data.walks[0].minutesWalked = WALK_MINUTES_MAX;
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });
});

describe('screening answers refuse every key that is not a question', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Bladder-Bowel', 'new-question'])('%s', (key) => {
    const text = JSON.stringify(json()).replace('"answers":{"bladder-bowel":false}', `"answers":{"bladder-bowel":false,${JSON.stringify(key)}:true}`);
    expect(text).toContain(JSON.stringify(key));
    expect(errorsFor(text)).toEqual([`screenings[0].answers.${key}: not one of the questions Backstride asks`]);
  });

  it('an answer that is not yes or no is refused too', () => {
    const file = json();
    file.data.screenings[0].answers['bladder-bowel'] = 'yes';
    expect(errorsFor(file)).toEqual(['screenings[0].answers.bladder-bowel: expected true or false, got "yes"']);
  });
});

describe('an export is checked with the import schema before it is offered', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('a valid database exports to a file that imports to the same data', async () => {
    await writeAllData(importWrite(data(), 'replace'));
    const text = backupText(await readAllData(), T0);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.data).toEqual(buildBackup(await readAllData(), T0).data);
    expect(parsed.ok && parsed.backup.version).toBe(BACKUP_VERSION);
  });

  it('a dose of 1e308 already stored (by an older version) is not exported as a file the app would refuse', async () => {
    await db.doses.put({ exerciseId: 'plank', amount: 1e308, pinned: true, updatedAt: T0 });
    expect(() => backupText({ ...data(), doses: [{ exerciseId: 'plank', amount: 1e308, pinned: true, updatedAt: T0 }] }, T0)).toThrow(
      /could not make a backup this app can read back: doses\[0\]\.amount: expected/,
    );
  });
});
