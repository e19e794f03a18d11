// Today's check-in: a tightness typed by hand is parsed by the one parser; what it refuses
// ("1e1" once saved as 10, "0x5" and "+5" as 5, "-0" as 0) gets a message at the field and
// nothing is stored.
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CHECK_IN_MESSAGE, CheckInCard } from '@/components/today/CheckInCard';
import { listCheckIns } from '@/lib/db/check-ins';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const field = () => screen.getByRole('textbox', { name: 'How tight is your back right now? (0–10)' });
const save = () => screen.getByRole('button', { name: 'Save check-in' });

describe('check-in', () => {
  it.each(['1e1', '0x5', '+5', '-0', '-1', '11', '4.5', 'abc', '   ', ''])('refuses %j at the field and saves nothing', async (typed) => {
    const user = userEvent.setup();
    render(<CheckInCard rolloverHour={3} />);
    if (typed !== '') await user.type(field(), typed);
    await user.click(save());
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveAccessibleDescription(CHECK_IN_MESSAGE);
    expect(CHECK_IN_MESSAGE).toBe('Enter a whole number from 0 (not tight) to 10 (worst).');
    expect(screen.queryByText(/^Saved:/)).not.toBeInTheDocument();
    expect(await listCheckIns()).toEqual([]);
  });

  it.each<[string, number]>([
    ['0', 0],
    ['7', 7],
    [' 6 ', 6],
  ])('saves %j as %d and clears the field', async (typed, tightness) => {
    const user = userEvent.setup();
    render(<CheckInCard rolloverHour={3} />);
    await user.type(field(), typed);
    await user.click(save());
    expect(await screen.findByText(`Saved: ${tightness} out of 10.`)).toBeVisible();
    expect(field()).not.toHaveAttribute('aria-invalid');
    expect(field()).toHaveValue('');
    expect(await listCheckIns()).toEqual([expect.objectContaining({ tightness, context: 'other' })]);
  });

  it('a refused value, once corrected, is saved', async () => {
    const user = userEvent.setup();
    render(<CheckInCard rolloverHour={3} />);
    await user.type(field(), '1e1');
    await user.click(save());
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field());
    await user.type(field(), '3');
    await user.click(save());
    expect(await screen.findByText('Saved: 3 out of 10.')).toBeVisible();
    expect((await listCheckIns()).map((c) => c.tightness)).toEqual([3]);
  });
});
