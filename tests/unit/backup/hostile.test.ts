// Hostile files at import: random text, random JSON, a real backup bent in every way. Each is
// refused with a clear message, and what is already on the device stays exactly as it was.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBackup, MAX_BACKUP_CHARS, parseBackup, type BackupData } from '@/lib/backup';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
import { importWrite } from '@/lib/backup/merge';
import { DEFAULT_SETTINGS } from '@/lib/model';

const T0 = Date.UTC(2026, 2, 1, 7, 30);
const onDevice: BackupData = {
  plan: [{ id: 'p1', routineId: 'core', weekdays: [1, 3, 5], time: '07:30', reminder: true, remindMinutesBefore: 10, createdAt: T0 }],
  sessions: [
    {
      id: 's1', routineId: 'core', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01', completed: true, source: 'player',
      results: [{ exerciseId: 'forearm-plank', side: null, unit: 'seconds', planned: 60, done: 60, skipped: false }], effort: 'right', tightness: 3,
    },
  ],
  checkIns: [{ id: 'c1', at: T0, day: '2026-03-01', tightness: 4, context: 'before-walk' }],
  walks: [{ id: 'w1', startedAt: T0, endedAt: T0 + 1_200_000, day: '2026-03-01', minutesWalked: 20, tightnessAtMinute: 12 }],
  dayMarks: [{ day: '2026-03-03', kind: 'flare', at: T0 }],
  doses: [{ exerciseId: 'forearm-plank', amount: 25, pinned: false, updatedAt: T0 }],
  screenings: [{ id: 'q1', at: T0, day: '2026-03-01', answers: { 'bladder-bowel': false }, outcome: 'incomplete' }],
  walkTests: [],
  settings: { ...DEFAULT_SETTINGS, rolloverHour: 4 },
};

/** The import as the Settings screen runs it: parse, and write only a backup that parsed. */
async function importText(text: string): Promise<string[]> {
  const result = parseBackup(text);
  if (result.ok) {
    await writeAllData(importWrite(result.backup.data, 'merge'));
    return [];
  }
  return result.errors;
}

const valid = () => JSON.parse(JSON.stringify(buildBackup(onDevice, T0))) as Record<string, unknown>;
const HOSTILE_STRINGS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"; DROP TABLE sessions; --', '2026-02-30', '25:99', '', ' ', '\u0000', '𝕏'.repeat(50)];

/** Paths into a backup that must hold a particular kind of value. */
const STRICT_PATHS: readonly (readonly (string | number)[])[] = [
  ['format'], ['version'], ['exportedAt'],
  ['data', 'plan', 0, 'time'], ['data', 'plan', 0, 'weekdays'], ['data', 'plan', 0, 'createdAt'],
  ['data', 'sessions', 0, 'day'], ['data', 'sessions', 0, 'startedAt'], ['data', 'sessions', 0, 'source'], ['data', 'sessions', 0, 'results'],
  ['data', 'sessions', 0, 'tightness'], ['data', 'checkIns', 0, 'tightness'], ['data', 'checkIns', 0, 'context'],
  ['data', 'walks', 0, 'minutesWalked'], ['data', 'dayMarks', 0, 'kind'], ['data', 'dayMarks', 0, 'day'],
  ['data', 'screenings', 0, 'outcome'], ['data', 'screenings', 0, 'answers'],
];

function setAt(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown, remove: boolean) {
  let node: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete node[last];
  else node[last] = value;
}

const wrongValue = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(null, true, false, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { nested: '<b>x</b>' }),
);

let before: string;
beforeAll(async () => {
  await writeAllData(importWrite(onDevice, 'replace'));
  before = JSON.stringify(await readAllData());
});

describe('hostile imports', () => {
  it('random text is refused, and nothing on the device changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        fc.pre(!text.trim().startsWith('{'));
        const errors = await importText(text);
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.every((e) => e.length > 10)).toBe(true);
      }),
      { numRuns: 150 },
    );
    expect(JSON.stringify(await readAllData())).toBe(before);
  });

  it('random JSON values are refused with a message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 3 }), async (text) => {
        expect((await importText(text)).length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
    expect(JSON.stringify(await readAllData())).toBe(before);
  });

  it('a real backup with a strict field removed or replaced by something hostile is refused, naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...STRICT_PATHS), wrongValue, fc.boolean(), async (path, value, remove) => {
        // Values that are in fact valid there: no answers yet, a plan entry with no days, a
        // session ticked off by hand (no results).
        const empty = (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
        fc.pre(remove || !(empty && ['answers', 'weekdays', 'results'].includes(String(path.at(-1)))));
        // Optional fields may be left out; they must still never hold the wrong kind of value.
        const optional = path.at(-1) === 'tightness' && path[1] === 'sessions';
        const file = valid();
        setAt(file, path, value, remove && !optional);
        const errors = await importText(JSON.stringify(file));
        expect(errors.length).toBeGreaterThan(0);
        const field = path.filter((p) => p !== 'data').join('.').replace(/\.(\d+)/g, '[$1]');
        if (path[0] === 'data') expect(errors.join('\n')).toContain(field);
      }),
      { numRuns: 300 },
    );
    expect(JSON.stringify(await readAllData())).toBe(before);
  });

  it('10 MB of junk, and a file over the size limit, are refused before anything is written', async () => {
    const junk = 'x'.repeat(10 * 1024 * 1024);
    expect((await importText(junk))[0]).toMatch(/not a Backstride backup/);
    expect((await importText(`{"a":"${'y'.repeat(MAX_BACKUP_CHARS)}"}`))[0]).toMatch(/too large|MB/i);
    expect(JSON.stringify(await readAllData())).toBe(before);
  });

  it('HTML and script in free text are kept as plain text, never refused or run', async () => {
    const file = valid() as { data: { sessions: { note?: string }[] } };
    file.data.sessions[0]!.note = '<script>alert(1)</script>';
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok && result.backup.data.sessions[0]?.note).toBe('<script>alert(1)</script>');
  });
});
