// Check-ins can be corrected and deleted with undo, like sessions (issue 16, point 3).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckInHistory } from '@/components/progress/CheckInHistory';
import { deleteCheckIn, restoreCheckIn, updateCheckIn } from '@/lib/db/check-ins';
import { atLocalTime } from '@/lib/days';
import type { CheckIn } from '@/lib/model';

vi.mock('@/lib/db/check-ins', () => ({
  updateCheckIn: vi.fn(async () => {}),
  deleteCheckIn: vi.fn(),
  restoreCheckIn: vi.fn(async () => {}),
}));

const TODAY = '2026-11-25';
const earlier: CheckIn = { id: 'c-1', at: atLocalTime('2026-11-23', '08:15'), day: '2026-11-23', tightness: 3, context: 'before-walk' };
const later: CheckIn = { id: 'c-2', at: atLocalTime('2026-11-24', '18:40'), day: '2026-11-24', tightness: 4, context: 'other', note: 'After gardening' };

beforeEach(() => {
  vi.mocked(updateCheckIn).mockClear();
  vi.mocked(restoreCheckIn).mockClear();
  vi.mocked(deleteCheckIn).mockReset();
});

const items = () => within(screen.getByRole('list', { name: /^Check-ins, newest first/ })).getAllByRole('listitem');

async function open(name: RegExp) {
  const user = userEvent.setup();
  const summary = screen.getByText(name, { selector: 'summary *' }).closest('summary')!;
  await user.click(summary);
  return { user, item: within(summary.closest('li')!) };
}

describe('CheckInHistory', () => {
  it('lists check-ins newest first with day, time, rating and when', () => {
    render(<CheckInHistory checkIns={[earlier, later]} sessions={[]} today={TODAY} />);
    expect(items().map((li) => li.textContent)).toEqual([
      'Tuesday 24 November, 18:40 Tightness 4/10 Another time, Has a noteEdit',
      'Monday 23 November, 08:15 Tightness 3/10 Before a walkEdit',
    ]);
  });

  it('a corrected rating is saved alone and confirmed', async () => {
    render(<CheckInHistory checkIns={[earlier, later]} sessions={[]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    const field = item.getByRole('textbox', { name: 'Tightness (0–10)' });
    expect(field).toHaveValue('3');
    await user.clear(field);
    await user.type(field, '2');
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(updateCheckIn).toHaveBeenCalledExactlyOnceWith('c-1', { tightness: 2 }, expect.any(Number));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: check-in of Monday 23 November at 08:15.');
  });

  it.each([
    ['empty', '', /whole number/],
    ['above 10', '11', /whole number/],
    ['a fraction', '4.5', /whole number/],
  ])('refuses a rating that is %s at the field and saves nothing', async (_name, typed, message) => {
    render(<CheckInHistory checkIns={[earlier]} sessions={[]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    const field = item.getByRole('textbox', { name: 'Tightness (0–10)' });
    await user.clear(field);
    if (typed) await user.type(field, typed);
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(message);
    expect(field).toHaveFocus();
    expect(updateCheckIn).not.toHaveBeenCalled();
  });

  it('reporting leg symptoms in a correction offers the safety questions', async () => {
    render(<CheckInHistory checkIns={[earlier, later]} sessions={[]} today={TODAY} />);
    const { user, item } = await open(/Tuesday 24 November/);
    await user.click(item.getByRole('checkbox', { name: /numbness, tingling or weakness/ }));
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(updateCheckIn).toHaveBeenCalledExactlyOnceWith('c-2', { legSymptoms: true }, expect.any(Number));
    expect(await screen.findByRole('link', { name: 'answer the safety questions' })).toHaveAttribute('href', '/safety#screening');
  });

  it('a correction that makes a big jump from the reading before offers the safety questions', async () => {
    render(<CheckInHistory checkIns={[earlier, later]} sessions={[]} today={TODAY} />);
    const { user, item } = await open(/Tuesday 24 November/);
    const field = item.getByRole('textbox', { name: 'Tightness (0–10)' });
    await user.clear(field);
    await user.type(field, '7');
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/That is a big change/)).toBeInTheDocument();
  });

  it('unticking leg symptoms removes the field, as Today stores "none"', async () => {
    render(<CheckInHistory checkIns={[{ ...earlier, legSymptoms: true }]} sessions={[]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    await user.click(item.getByRole('checkbox', { name: /numbness, tingling or weakness/ }));
    await user.selectOptions(item.getByRole('combobox', { name: 'When' }), 'After a walk');
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(updateCheckIn).toHaveBeenCalledExactlyOnceWith('c-1', { context: 'after-walk', legSymptoms: undefined }, expect.any(Number));
    expect(screen.queryByRole('link', { name: 'answer the safety questions' })).toBeNull();
  });

  it('deletes at once, offers Undo, and Undo restores the same record', async () => {
    vi.mocked(deleteCheckIn).mockResolvedValue(later);
    const { rerender } = render(<CheckInHistory checkIns={[earlier, later]} sessions={[]} today={TODAY} />);
    const { user, item } = await open(/Tuesday 24 November/);
    await user.click(item.getByRole('button', { name: 'Delete check-in' }));
    expect(deleteCheckIn).toHaveBeenCalledExactlyOnceWith('c-2');
    rerender(<CheckInHistory checkIns={[earlier]} sessions={[]} today={TODAY} />);
    expect(items()).toHaveLength(1);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Check-in deleted — Undo');
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(restoreCheckIn).toHaveBeenCalledExactlyOnceWith(later);
    rerender(<CheckInHistory checkIns={[earlier, later]} sessions={[]} today={TODAY} />);
    expect(screen.getByRole('status')).toHaveTextContent('Restored: check-in of Tuesday 24 November at 18:40.');
    expect(items()[0]!.querySelector('summary')).toHaveFocus();
  });

  it('when storage is full, says so and what to do', async () => {
    vi.mocked(updateCheckIn).mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    render(<CheckInHistory checkIns={[earlier]} sessions={[]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    await user.selectOptions(item.getByRole('combobox', { name: 'When' }), 'After a walk');
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('storage on this device is full');
  });
});
