// Check-ins are corrected field by field and deleted with an undo that puts back the very same
// record (issue 16, points 3 and 7).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { addCheckIn, deleteCheckIn, listCheckIns, restoreCheckIn, updateCheckIn } from '@/lib/db/check-ins';
import type { CheckIn } from '@/lib/model';

const T0 = Date.UTC(2026, 10, 24, 8, 0);
const checkIn: CheckIn = { id: 'c-1', at: T0, day: '2026-11-24', tightness: 4, context: 'before-walk', legSymptoms: true, note: 'windy' };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('check-ins', () => {
  it('an edit writes only its fields and dates itself; a field another tab set meanwhile stays', async () => {
    await addCheckIn(checkIn);
    await updateCheckIn('c-1', { note: 'set in another tab' }, T0 + 1);
    await updateCheckIn('c-1', { tightness: 2 }, T0 + 2);
    expect(await listCheckIns()).toEqual([{ ...checkIn, tightness: 2, note: 'set in another tab', updatedAt: T0 + 2 }]);
  });

  it('a field set to undefined is removed from the record', async () => {
    await addCheckIn(checkIn);
    await updateCheckIn('c-1', { legSymptoms: undefined, note: undefined }, T0 + 5);
    const [stored] = await listCheckIns();
    expect(stored).not.toHaveProperty('legSymptoms');
    expect(stored).not.toHaveProperty('note');
  });

  it.each([[11], [-1], [2.5], [Number.NaN]])('refuses tightness %s and leaves the record as it was', async (tightness) => {
    await addCheckIn(checkIn);
    await expect(updateCheckIn('c-1', { tightness }, T0 + 1)).rejects.toThrow(RangeError);
    expect(await listCheckIns()).toEqual([checkIn]);
  });

  it('refuses a note over 500 characters', async () => {
    await addCheckIn(checkIn);
    await expect(updateCheckIn('c-1', { note: 'x'.repeat(501) }, T0 + 1)).rejects.toThrow(RangeError);
    expect(await listCheckIns()).toEqual([checkIn]);
  });

  it('delete hands back the stored record, and restoring it puts back the same record', async () => {
    await addCheckIn(checkIn);
    await updateCheckIn('c-1', { tightness: 5 }, T0 + 9);
    const deleted = await deleteCheckIn('c-1');
    expect(await listCheckIns()).toEqual([]);
    await restoreCheckIn(deleted!);
    expect(await listCheckIns()).toEqual([{ ...checkIn, tightness: 5, updatedAt: T0 + 9 }]);
    expect(await deleteCheckIn('missing')).toBeUndefined();
  });
});
