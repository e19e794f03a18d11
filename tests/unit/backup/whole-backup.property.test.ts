// Whole-backup consistency, over generated files: every backup is either refused with
// messages that each name a record and its field, or imported and then exported identically
// (its screening outcomes as their answers give them). The files are valid data with up to
// three of the faults an import must catch, each planted in a record chosen at random; a file
// with a fault that must be refused is never imported.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanEntry } from '@/lib/model';
import { withStartDays } from '../../fixtures/start-days';
import { RECORD_KEYS, RECORD_TABLES, backupText, buildBackup, importWrite, parseBackup, type RecordTable } from '@/lib/backup';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
// eslint-disable-next-line no-restricted-imports -- the test starts from an empty database
import { db } from '@/lib/db/db';
import { INSTANT_MAX, NOTE_LENGTH, REMIND_MINUTES, RECORD_INSTANTS, type ScreeningAnswers } from '@/lib/model';
import { screen } from '@/lib/safety/screening';
import { backupData, instant } from '../../fixtures/backup-arbitraries';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- faults poke arbitrary shapes

/** A fault an import must refuse (or, for a screening's outcome, correct), and where it goes. */
type Fault = readonly [name: string, table: RecordTable, plant: (record: Json, records: Json[]) => void, refused?: false];

/** A copy of an entry under another id (longer than any generated one), on one of its days: the plan's form would refuse it. */
const clashingCopy = (r: Json, records: Json[]) => {
  const copy = { ...r, id: `${String(r.id)}-clashing-copy`, weekdays: [r.weekdays[r.weekdays.length - 1]] };
  records.splice(records.indexOf(r) + (r.createdAt % 2 < 1 ? 1 : 0), 0, copy);
};

const FAULTS: readonly Fault[] = [
  ['a second entry of one routine at the same time on a shared day', 'plan', clashingCopy],
  ['a plan entry moved onto a clash with another', 'plan', (r, records) => {
    const other = records.find((o) => o !== r);
    if (other) Object.assign(r, { routineId: other.routineId, time: other.time, weekdays: [...new Set([...(r.weekdays as number[]), other.weekdays[0]])] });
    else clashingCopy(r, records);
  }],
  ['a plan entry on no weekday', 'plan', (r) => (r.weekdays = [])],
  ['a reminder a day and a minute early', 'plan', (r) => (r.remindMinutesBefore = REMIND_MINUTES.max + 1)],
  ['a reminder 1e300 minutes early', 'plan', (r) => (r.remindMinutesBefore = 1e300)],
  ['a weekday listed twice', 'plan', (r) => (r.weekdays = [...r.weekdays, r.weekdays[0]])],
  ['tightness after the walk ended', 'walks', (r) => (r.tightnessAtMinute = r.minutesWalked + 0.1)],
  ['a walk ending before it starts', 'walks', (r) => (r.endedAt = r.startedAt - 1)],
  ['a session note over the limit', 'sessions', (r) => (r.note = 'n'.repeat(NOTE_LENGTH.max + 1))],
  ['a check-in note over the limit', 'checkIns', (r) => (r.note = 'n'.repeat(NOTE_LENGTH.max + 1))],
  ["a marked day's reason over the limit", 'dayMarks', (r) => (r.reason = 'n'.repeat(NOTE_LENGTH.max + 1))],
  ['a session on a day before 2000', 'sessions', (r) => (r.day = '1999-12-31')],
  ['a check-in after 2100', 'checkIns', (r) => (r.day = '2101-01-01')],
  ['a check-in in the year 275760', 'checkIns', (r) => (r.at = INSTANT_MAX)],
  ['a dose edited in 1970', 'doses', (r) => (r.updatedAt = RECORD_INSTANTS.min - 86_400_000 * 365 * 30)],
  ['a tightness of 11', 'checkIns', (r) => (r.tightness = 11)],
  ['a field this version does not know', 'sessions', (r) => (r.mood = 'fine')],
  // Corrected, not refused: the outcome is recomputed from the answers.
  ['a screening whose outcome disagrees with its answers', 'screenings', (r) => (r.outcome = r.outcome === 'clear' ? 'emergency' : 'clear'), false],
  ['an emergency yes next to a stored "clear"', 'screenings', (r) => Object.assign(r, { answers: { ...r.answers, 'bladder-bowel': true }, outcome: 'clear' }), false],
];

const faults = fc.array(fc.tuple(fc.nat(FAULTS.length - 1), fc.nat()), { maxLength: 3 });

/**
 * Names a record of a table and its field: `walks[2].tightnessAtMinute: …`, or, for a field
 * the app does not know, `sessions[0]: a field this version does not know ("mood")…`.
 */
const IN_A_FIELD = new RegExp(`^(${RECORD_TABLES.join('|')})\\[\\d+\\]\\.[A-Za-z]+[^:]*: \\S`);
const UNKNOWN_FIELD = new RegExp(`^(${RECORD_TABLES.join('|')})\\[\\d+\\]: an? fields? this version does not know \\("[^"]+"`);
const namesARecord = (error: string) => IN_A_FIELD.test(error) || UNKNOWN_FIELD.test(error);

/** The file as the device must hand it back: records in key order, outcomes from the answers. */
function expected(file: Json): Json {
  const data: Json = { ...file.data };
  for (const table of RECORD_TABLES) {
    const key = RECORD_KEYS[table];
    data[table] = [...data[table]].sort((a: Json, b: Json) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
  }
  data.screenings = data.screenings.map((q: Json) => ({ ...q, outcome: screen(q.answers as ScreeningAnswers).outcome }));
  // Plan entries without a first day get one on import.
  data.plan = withStartDays(data as { plan: PlanEntry[]; settings?: { rolloverHour?: number } }).plan;
  return { ...file, data };
}

beforeAll(async () => {
  await db.delete();
  await db.open();
});

describe('whole-backup consistency', () => {
  it('every generated backup is refused naming a record, or imported and exported identically', async () => {
    let refused = 0;
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(backupData, instant, faults, async (data, now, planted) => {
        const file = JSON.parse(JSON.stringify(buildBackup(data, now))) as Json;
        let mustRefuse: string | null = null;
        for (const [which, pick] of planted) {
          const [name, table, plant, refused] = FAULTS[which]!;
          const records = file.data[table] as Json[];
          if (records.length === 0) continue;
          plant(records[pick % records.length]!, records);
          if (refused !== false) mustRefuse = name;
        }

        const parsed = parseBackup(JSON.stringify(file));
        expect(parsed.ok && mustRefuse, 'a fault the import let through').toBeFalsy();
        if (!parsed.ok) {
          refused += 1;
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const error of parsed.errors) expect(namesARecord(error), error).toBe(true);
          return;
        }
        imported += 1;
        await writeAllData(importWrite(parsed.backup.data, 'replace'));
        const exported = JSON.parse(backupText(await readAllData(), parsed.backup.exportedAt)) as Json;
        expect(exported).toEqual(expected(file));
      }),
      { numRuns: 1000 },
    );
    // Both sides of the property were exercised, not one alone.
    expect(refused).toBeGreaterThan(100);
    expect(imported).toBeGreaterThan(100);
  }, 180_000);
});
