// Pinning a dose in "Next time": the amount typed goes through the one parser and this
// exercise's own range; what it refuses gets a message at the field and nothing is stored.
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NextTime } from '@/components/content/NextTime';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { listDoses } from '@/lib/db/doses';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function openPin(routineId: string, summary: string, field: RegExp) {
  const user = userEvent.setup();
  render(<NextTime routineId={routineId} />);
  await user.click((await screen.findAllByText(summary))[0]!);
  const input = screen.getAllByRole('textbox', { name: field })[0]!;
  return { user, input, keep: screen.getAllByRole('button', { name: 'Keep it at this' })[0]! };
}

describe('pinning a dose', () => {
  // The plank holds 20 s to start: progression goes from 10 s (two steps back) to its 90 s ceiling.
  it.each(['1e1', '0x14', '+20', '-0', '20.5', '9', '91', '1e308', '   ', ''])('refuses %j for the plank and pins nothing', async (typed) => {
    const { user, input, keep } = await openPin('core', 'Set my own seconds', /seconds$/);
    await user.clear(input);
    if (typed !== '') await user.type(input, typed);
    await user.click(keep);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter whole seconds from 10 to 90.');
    expect(await listDoses()).toEqual([]);
  });

  it('pins a whole number of seconds within the range', async () => {
    const { user, input, keep } = await openPin('core', 'Set my own seconds', /seconds$/);
    await user.clear(input);
    await user.type(input, ' 45 ');
    await user.click(keep);
    await waitFor(async () => expect(await listDoses()).toEqual([expect.objectContaining({ exerciseId: 'forearm-plank', amount: 45, pinned: true })]));
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('keeps reps that alternate sides even, so both sides get the same', async () => {
    const { user, input, keep } = await openPin('core-glutes', 'Set my own reps', /reps$/);
    await user.clear(input);
    await user.type(input, '7');
    await user.click(keep);
    expect(input).toHaveAccessibleDescription('Enter an even number of reps from 4 to 12, so both sides get the same.');
    expect(await listDoses()).toEqual([]);

    await user.clear(input);
    await user.type(input, '10');
    await user.click(keep);
    await waitFor(async () => expect(await listDoses()).toEqual([expect.objectContaining({ exerciseId: 'bird-dog', amount: 10, pinned: true })]));
  });
});
