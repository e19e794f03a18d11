import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, type BackupData } from '@/lib/backup';
import { backupData, instant } from '../../fixtures/backup-arbitraries';

/** Data as version 1 held it: no record carried `updatedAt` yet (doses always did). */
function asVersion1(data: BackupData): BackupData {
  const strip = <R extends { updatedAt?: number }>(records: readonly R[]): R[] =>
    records.map((record) => {
      const copy = { ...record };
      delete copy.updatedAt;
      return copy;
    });
  return { ...data, plan: strip(data.plan), sessions: strip(data.sessions), checkIns: strip(data.checkIns), walks: strip(data.walks), dayMarks: strip(data.dayMarks), screenings: strip(data.screenings), walkTests: [] };
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
