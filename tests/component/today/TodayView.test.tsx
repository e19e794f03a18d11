// Today when a write fails or storage cannot be read: one failed tap says so above a screen
// that stays usable, and refused storage says so instead of loading forever.
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TodayView } from '@/components/today/TodayView';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { skipOnboarding } from '@/lib/db/safety';
import { starterPlan } from '@/lib/schedule';

const fail = vi.hoisted(() => ({ mark: false, read: false }));
vi.mock('@/lib/db/day-marks', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/db/day-marks')>();
  return {
    ...real,
    markDay: (...args: Parameters<typeof real.markDay>) => (fail.mark ? Promise.reject(new Error('QuotaExceededError')) : real.markDay(...args)),
    listDayMarks: () => (fail.read ? Promise.reject(new Error('SecurityError')) : real.listDayMarks()),
  };
});

beforeEach(async () => {
  fail.mark = false;
  fail.read = false;
  await db.delete();
  await db.open();
  const now = Date.now();
  await skipOnboarding(now, starterPlan('balanced', now));
});

describe('TodayView', () => {
  it('keeps the screen after a failed write, with the failure said above it', async () => {
    fail.mark = true;
    render(<TodayView />);
    await userEvent.click(await screen.findByRole('button', { name: 'Skip today' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be saved');
    expect(screen.getByRole('heading', { name: 'Today’s routines' })).toBeVisible();
    // The next tap works, and the notice goes.
    fail.mark = false;
    await userEvent.click(screen.getByRole('button', { name: 'Skip today' }));
    expect(await screen.findByText(/Today is marked as a skip day/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says storage cannot be read when reading fails', async () => {
    fail.read = true;
    render(<TodayView />);
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot read this device’s storage');
    expect(screen.queryByText('Loading today…')).toBeNull();
  });
});
