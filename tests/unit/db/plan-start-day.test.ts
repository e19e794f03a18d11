// Every plan write stamps the entry's first day on this device's wall clock, with the person's
// rollover hour; an entry that has one keeps it (an edit abroad must not move it).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test resets the database
import { db } from '@/lib/db/db';
import { ensureStarterPlan, listPlan, replacePlan, savePlanEntry } from '@/lib/db/plan';
import { updateSettings } from '@/lib/db/settings';
import { buildPlanEntry } from '../../fixtures/records';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

restoreZoneAfterAll();

// Tuesday 2 June 2026, 03:30 in Berlin (01:30 UTC).
const BERLIN_0330 = Date.UTC(2026, 5, 2, 1, 30);

beforeEach(async () => {
  setZone('Europe/Berlin');
  await db.delete();
  await db.open();
});

describe('plan entries get their first day when written', () => {
  it.each([
    ['rollover 3: 03:30 is Tuesday', 3, '2026-06-02'],
    ['rollover 4: 03:30 still counts for Monday', 4, '2026-06-01'],
  ])('%s', async (_name, rolloverHour, startDay) => {
    await updateSettings({ rolloverHour });
    await savePlanEntry(buildPlanEntry({ id: 'a', createdAt: BERLIN_0330 }), BERLIN_0330);
    expect((await listPlan())[0]?.startDay).toBe(startDay);
  });

  it('keeps the first day an entry already has, wherever it is edited', async () => {
    await savePlanEntry(buildPlanEntry({ id: 'a', createdAt: BERLIN_0330 }), BERLIN_0330);
    setZone('Pacific/Kiritimati');
    const [stored] = await listPlan();
    await savePlanEntry({ ...stored!, time: '09:00' }, BERLIN_0330 + 1000);
    expect((await listPlan())[0]).toMatchObject({ time: '09:00', startDay: '2026-06-02' });
  });

  it('stamps the starter plan and a plan chosen in the welcome questions', async () => {
    await ensureStarterPlan(BERLIN_0330, [buildPlanEntry({ id: 's', createdAt: BERLIN_0330 })]);
    expect((await listPlan()).map((e) => e.startDay)).toEqual(['2026-06-02']);
    await replacePlan([buildPlanEntry({ id: 'r', createdAt: BERLIN_0330 - 2 * 3_600_000 })], BERLIN_0330);
    expect((await listPlan()).map((e) => e.startDay)).toEqual(['2026-06-01']);
  });
});
