// The plan editor when a write fails: a removal that did not happen offers no Undo, and says so.
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanEditor } from '@/components/plan/PlanEditor';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { listPlan, savePlanEntry } from '@/lib/db/plan';
import type { PlanEntry } from '@/lib/model';

const failDelete = vi.hoisted(() => ({ on: false }));
vi.mock('@/lib/db/plan', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/db/plan')>();
  return {
    ...real,
    deletePlanEntry: (id: string) => (failDelete.on ? Promise.reject(new Error('QuotaExceededError')) : real.deletePlanEntry(id)),
  };
});

const entry: PlanEntry = {
  id: 'e1', routineId: 'core', weekdays: [1, 3, 5], time: '08:00', reminder: false, remindMinutesBefore: 0, createdAt: 0,
};

beforeEach(async () => {
  failDelete.on = false;
  await db.delete();
  await db.open();
  await savePlanEntry(entry, 0);
});

describe('PlanEditor removing an entry', () => {
  it('offers Undo after a removal that happened', async () => {
    render(<PlanEditor />);
    await userEvent.click(await screen.findByRole('button', { name: /^Remove .* at 08:00$/ }));
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await listPlan()).toEqual([]);
  });

  it('offers no Undo when the removal failed, and says it failed', async () => {
    failDelete.on = true;
    render(<PlanEditor />);
    await userEvent.click(await screen.findByRole('button', { name: /^Remove .* at 08:00$/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be removed');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Remove .* at 08:00$/ })).toBeVisible();
  });

});
