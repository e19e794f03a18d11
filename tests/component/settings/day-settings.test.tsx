// The "counts as done" setting (minimumPerDay) has a control: it shows the stored value and
// saves the person's choice, and a value from a backup outside the list is shown, not hidden.
import './setup-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DaySettings } from '@/components/settings/DaySettings';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { readSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS } from '@/lib/model';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('DaySettings: a planned day counts as done when', () => {
  it('saves "at least 1 routine" and back to "all"', async () => {
    render(<DaySettings settings={DEFAULT_SETTINGS} />);
    const select = screen.getByRole('combobox', { name: 'A planned day counts as done when' });
    expect(select).toHaveValue('all');
    await userEvent.selectOptions(select, 'at least 1 routine is done');
    await waitFor(async () => expect((await readSettings()).minimumPerDay).toBe(1));
    await userEvent.selectOptions(select, 'all its routines are done');
    await waitFor(async () => expect((await readSettings()).minimumPerDay).toBeNull());
  });

  it('shows a stored value the list does not offer', () => {
    render(<DaySettings settings={{ ...DEFAULT_SETTINGS, minimumPerDay: 5 }} />);
    expect(screen.getByRole('combobox', { name: 'A planned day counts as done when' })).toHaveValue('5');
  });
});
