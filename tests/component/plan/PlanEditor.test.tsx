// The plan editor when a write fails: a removal that did not happen offers no Undo, and says so.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
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

describe('PlanEditor adding an entry', () => {
  it('writes nothing until saved, refuses a duplicate at the time field, and one double press writes one entry', async () => {
    const user = userEvent.setup();
    render(<PlanEditor />);
    await user.click(await screen.findByRole('button', { name: 'Add a routine' }));
    const form = screen.getByRole('form', { name: 'Add a routine' });
    expect(await listPlan()).toHaveLength(1);
    const routine = within(form).getByLabelText('Routine');
    expect(routine).toHaveFocus();
    await user.selectOptions(routine, 'core');
    const time = within(form).getByLabelText('Time');
    await user.clear(time);
    await user.type(time, '08:00');
    expect(time).toHaveAccessibleDescription(/^Core: plank is already planned at 08:00 on Monday, Wednesday, Friday\./);
    await user.click(within(form).getByRole('button', { name: 'Save to plan' }));
    expect(await listPlan()).toHaveLength(1);

    await user.clear(time);
    await user.type(time, '09:00');
    await user.dblClick(within(form).getByRole('button', { name: 'Save to plan' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a routine' })).toBeNull());
    const plan = await listPlan();
    expect(plan.map((e) => [e.routineId, e.time])).toEqual(expect.arrayContaining([['core', '08:00'], ['core', '09:00']]));
    expect(plan).toHaveLength(2);
  });

  it('adds a "times a week" goal: 1–7 only, refused at the field, saved with its count', async () => {
    const user = userEvent.setup();
    render(<PlanEditor />);
    await user.click(await screen.findByRole('button', { name: 'Add a routine' }));
    const form = screen.getByRole('form', { name: 'Add a routine' });
    await user.selectOptions(within(form).getByLabelText('Routine'), 'hamstrings');
    await user.click(within(form).getByRole('radio', { name: 'A number of days a week' }));
    expect(within(form).queryByRole('group', { name: 'Days' })).toBeNull();
    const times = within(form).getByLabelText('Days a week');
    expect(times).toHaveValue('3');
    for (const bad of ['8', '0', '1e1', '2.5', ' ']) {
      await user.clear(times);
      await user.type(times, bad);
      expect(times).toHaveAccessibleDescription(expect.stringContaining('Enter how many days a week as a whole number from 1 to 7.'));
      await user.click(within(form).getByRole('button', { name: 'Save to plan' }));
      expect(times).toHaveFocus();
    }
    expect(await listPlan()).toHaveLength(1);
    await user.clear(times);
    await user.type(times, '4');
    expect(times).not.toHaveAttribute('aria-invalid');
    await user.click(within(form).getByRole('button', { name: 'Save to plan' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a routine' })).toBeNull());
    const saved = (await listPlan()).find((e) => e.routineId === 'hamstrings');
    expect(saved).toMatchObject({ timesPerWeek: 4, weekdays: [0, 1, 2, 3, 4, 5, 6] });
  });

  it('turns a goal back into set days, and the stored entry loses its count', async () => {
    await savePlanEntry({ ...entry, id: 'g', routineId: 'hamstrings', weekdays: [0, 1, 2, 3, 4, 5, 6], timesPerWeek: 2, time: '18:00' }, 0);
    const user = userEvent.setup();
    render(<PlanEditor />);
    const card = (await screen.findByRole('group', { name: /at 18:00$/ }));
    expect(within(card).getByLabelText('Days a week')).toHaveValue('2');
    await user.click(within(card).getByRole('radio', { name: 'On set days' }));
    await user.click(within(card).getByRole('button', { name: 'Sunday' }));
    await waitFor(async () => expect((await listPlan()).find((e) => e.id === 'g')).toMatchObject({ weekdays: [1, 2, 3, 4, 5, 6] }));
    expect((await listPlan()).find((e) => e.id === 'g')).not.toHaveProperty('timesPerWeek');
  });
});
