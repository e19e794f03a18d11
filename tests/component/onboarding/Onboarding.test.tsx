// The first onboarding step: minutes a person can walk before tightening are optional, and
// typed text goes through the one parser. Number() once let "1e2" and "0x1A" through.
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BASELINE_MESSAGE, Onboarding } from '@/components/onboarding/Onboarding';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';

vi.mock('next/navigation', () => ({ useRouter: () => ({ replace: vi.fn(), push: vi.fn() }) }));

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const minutes = () => screen.getByRole('textbox', { name: /how many minutes can you walk/ });

describe('onboarding minutes', () => {
  it.each(['1e2', '0x1A', '+5', '-0', '-3', '601', '10 min', '   '])('refuses %j at the field and stays on the first step', async (typed) => {
    const user = userEvent.setup();
    render(<Onboarding />);
    await user.type(minutes(), typed);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(minutes()).toHaveAttribute('aria-invalid', 'true');
    expect(minutes()).toHaveAccessibleDescription(BASELINE_MESSAGE);
    expect(BASELINE_MESSAGE).toBe('Enter minutes as a number from 0 to 600, or leave it empty.');
    expect(screen.queryByRole('heading', { name: 'First, a safety check' })).not.toBeInTheDocument();
  });

  it.each(['', '12', '12,5', '600'])('takes %j and moves on to the safety check', async (typed) => {
    const user = userEvent.setup();
    render(<Onboarding />);
    if (typed !== '') await user.type(minutes(), typed);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'First, a safety check' })).toBeVisible();
  });
});
