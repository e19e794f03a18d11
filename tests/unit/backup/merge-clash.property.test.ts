// A merge is checked as a whole too: for a device's plan and a backup's plan that are each
// free of clashes, Merge either refuses (every message naming a plan entry of the file at its
// field, and the device's data byte-identical) exactly when the plan it would leave has a
// clash, or writes it, and the plan it leaves has none.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportRefusedError, importWrite, mergeBackup, type BackupData } from '@/lib/backup';
import { readAllData, writeAllData } from '@/lib/db/backup-store';
// eslint-disable-next-line no-restricted-imports -- the test starts from an empty database
import { db } from '@/lib/db/db';
import type { PlanEntry } from '@/lib/model';
import { backupData, clashes, instant, weekday } from '../../fixtures/backup-arbitraries';
import { withStartDays } from '../../fixtures/start-days';

const hasClash = (plan: readonly PlanEntry[]) => plan.some((a, i) => plan.slice(i + 1).some((b) => clashes(a, b)));
const withoutClashes = (plan: readonly PlanEntry[]) =>
  plan.reduce<PlanEntry[]>((kept, e) => (kept.some((k) => clashes(k, e) || k.id === e.id) ? kept : [...kept, e]), []);

const days = fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 });

/**
 * A device and a backup. Besides its own entries the backup carries edits of some of the
 * device's (same id, other days, any edit time) and entries made alike on another device
 * (another id, longer than any generated one, so never the same).
 */
const pair = backupData.chain((device) => {
  const maybe = (entry: fc.Arbitrary<PlanEntry>) => fc.option(entry, { nil: undefined });
  const edits = fc.tuple(...device.plan.map((entry) => maybe(fc.record({ updatedAt: instant, weekdays: days }).map((edit): PlanEntry => ({ ...entry, ...edit })))));
  const alike = fc.tuple(...device.plan.map((entry) => maybe(days.map((weekdays): PlanEntry => ({ ...entry, id: `${entry.id}-another-device`, weekdays })))));
  return fc.tuple(backupData, edits, alike).map(([file, edited, made]): [BackupData, BackupData] => {
    const extra = [...edited, ...made].filter((e): e is PlanEntry => e !== undefined);
    return [device, { ...file, plan: withoutClashes([...extra, ...file.plan]) }];
  });
});

beforeAll(async () => {
  await db.delete();
  await db.open();
});

describe('merge checked as a whole', () => {
  it('refuses exactly the merges that would leave a clash, and then changes nothing', async () => {
    let refused = 0;
    let merged = 0;
    await fc.assert(
      fc.asyncProperty(pair, async ([device, file]) => {
        await writeAllData(importWrite(device, 'replace'));
        const before = JSON.stringify(await readAllData());
        const current = await readAllData();
        const wouldClash = hasClash(withStartDays(mergeBackup(current, file, 'merge').data).plan);
        try {
          await writeAllData(importWrite(file, 'merge'));
        } catch (error) {
          expect(error).toBeInstanceOf(ImportRefusedError);
          expect(wouldClash, 'refused a merge without a clash').toBe(true);
          for (const problem of (error as ImportRefusedError).problems) expect(problem).toMatch(/^plan\[\d+\]\.time: plan entry \(.+\) clashes with /s);
          expect(JSON.stringify(await readAllData())).toBe(before);
          refused += 1;
          return;
        }
        merged += 1;
        expect(wouldClash, 'merged into a clash').toBe(false);
        expect(hasClash((await readAllData()).plan)).toBe(false);
      }),
      { numRuns: 1000 },
    );
    console.info(`merge property: ${refused} refused, ${merged} merged`);
    expect(refused).toBeGreaterThan(50);
    expect(merged).toBeGreaterThan(50);
  }, 180_000);
});
