import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionHistory } from '@/components/progress/SessionHistory';
import { deleteSession, saveSession, updateSession } from '@/lib/db/sessions';
import type { SessionRecord } from '@/lib/model';
import { addDays } from '@/lib/days';
import { session } from './fixtures';

vi.mock('@/lib/db/sessions', () => ({
  updateSession: vi.fn(async () => {}),
  deleteSession: vi.fn(),
  saveSession: vi.fn(async () => {}),
}));

const TODAY = '2026-11-25';
const older = session('2026-11-23', 'core', { completed: false, effort: 'easy', tightness: 5 });
const newer = session('2026-11-24', 'walk-ready', { note: 'Felt loose after' });

beforeEach(() => {
  vi.mocked(updateSession).mockClear();
  vi.mocked(saveSession).mockClear();
  vi.mocked(deleteSession).mockReset();
});

const items = () => within(screen.getByRole('list', { name: /^Sessions, newest first/ })).getAllByRole('listitem');

async function open(name: RegExp) {
  const user = userEvent.setup();
  const summary = screen.getByText(name, { selector: 'summary *' }).closest('summary')!;
  await user.click(summary);
  const item = summary.closest('li')!;
  return { user, item: within(item) };
}

describe('SessionHistory', () => {
  it('lists sessions newest first with date, routine, outcome, effort and tightness', () => {
    render(<SessionHistory sessions={[older, newer]} today={TODAY} />);
    expect(items().map((li) => li.textContent)).toEqual([
      'Tuesday 24 November Walk-ready Completed, Effort: not rated, Tightness: not rated, Has a noteEdit',
      'Monday 23 November Core: plank Ended early, Effort: easy, Tightness: 5/10Edit',
    ]);
  });

  it('says so when there is nothing yet', () => {
    render(<SessionHistory sessions={[]} today={TODAY} />);
    expect(screen.getByText(/No sessions yet/)).toBeInTheDocument();
  });

  it('shows 20 at a time; "Show more" reveals the next ones and moves focus to the first of them', async () => {
    const user = userEvent.setup();
    const many: SessionRecord[] = Array.from({ length: 45 }, (_, i) => session(addDays(TODAY, -i), 'walk-ready'));
    render(<SessionHistory sessions={many} today={TODAY} />);
    expect(items()).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Show more (20 of 25 older)' }));
    expect(items()).toHaveLength(40);
    expect(items()[20]!.querySelector('summary')).toHaveFocus();
    expect(items()[20]).toHaveTextContent('Thursday 5 November');
    await user.click(screen.getByRole('button', { name: 'Show more (5 of 5 older)' }));
    expect(items()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
  });

  // Letters, signs and exponents once read as "not rated" and cleared the stored tightness.
  it('refuses anything but a whole number 0–10 with a message at the field, and saves nothing', async () => {
    render(<SessionHistory sessions={[older, newer]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    const field = item.getByRole('textbox', { name: 'Tightness after the session (0–10)' });
    expect(field).toHaveValue('5');
    for (const bad of ['11', '2.5', '-1', 'abc', 'five', '1e1', '0x5', '+5', '-0', ' ']) {
      await user.clear(field);
      await user.type(field, bad);
      await user.click(item.getByRole('button', { name: 'Save' }));
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription('Enter a whole number from 0 to 10.');
      expect(field).toHaveFocus();
    }
    expect(updateSession).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, '3');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(item.queryByText('Enter a whole number from 0 to 10.')).not.toBeInTheDocument();
  });

  it('saves effort, tightness and note, and confirms in a polite status', async () => {
    render(<SessionHistory sessions={[older, newer]} today={TODAY} />);
    const { user, item } = await open(/Tuesday 24 November/);
    expect(item.getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('Felt loose after');
    await user.click(item.getByRole('radio', { name: 'Hard' }));
    await user.type(item.getByRole('textbox', { name: /Tightness/ }), '4');
    const note = item.getByRole('textbox', { name: 'Note (optional)' });
    await user.clear(note);
    await user.type(note, 'Stiff in the morning');
    expect(note).toHaveAccessibleDescription('20 of 500 characters');
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(updateSession).toHaveBeenCalledExactlyOnceWith(newer.id, { effort: 'hard', tightness: 4, note: 'Stiff in the morning' }, expect.any(Number));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: Tuesday 24 November, Walk-ready.');
  });

  it('an emptied tightness is saved as not rated, and only that field is written', async () => {
    render(<SessionHistory sessions={[older]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    await user.clear(item.getByRole('textbox', { name: /Tightness/ }));
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(updateSession).toHaveBeenCalledExactlyOnceWith(older.id, { tightness: undefined }, expect.any(Number));
  });

  it('writes only what the person changed, so a tightness another tab set meanwhile survives', async () => {
    render(<SessionHistory sessions={[newer]} today={TODAY} />);
    const { user, item } = await open(/Tuesday 24 November/);
    const note = item.getByRole('textbox', { name: 'Note (optional)' });
    await user.type(note, ', then stiff');
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(updateSession).toHaveBeenCalledExactlyOnceWith(newer.id, { note: 'Felt loose after, then stiff' }, expect.any(Number));
  });

  it('saving with nothing changed writes nothing and still confirms', async () => {
    render(<SessionHistory sessions={[older]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(updateSession).not.toHaveBeenCalled();
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: Monday 23 November, Core');
  });

  it('a pasted note over 500 characters is kept whole and the field says it is too long', async () => {
    render(<SessionHistory sessions={[older]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    const note = item.getByRole('textbox', { name: 'Note (optional)' });
    await user.click(note);
    await user.paste('x'.repeat(612));
    expect(note).toHaveValue('x'.repeat(612));
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(item.getByRole('alert')).toHaveTextContent('This note is longer than 500 characters. Shorten it to save.');
    expect(note).toHaveAccessibleDescription(/612 of 500 characters \(112 too many\)/);
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(updateSession).not.toHaveBeenCalled();
    expect(note).toHaveFocus();
  });

  it('deletes at once, offers Undo, and Undo restores the same record', async () => {
    vi.mocked(deleteSession).mockResolvedValue(newer);
    const { rerender } = render(<SessionHistory sessions={[older, newer]} today={TODAY} />);
    const { user, item } = await open(/Tuesday 24 November/);
    await user.click(item.getByRole('button', { name: 'Delete session' }));
    expect(deleteSession).toHaveBeenCalledExactlyOnceWith(newer.id);
    // The live query drops the record.
    rerender(<SessionHistory sessions={[older]} today={TODAY} />);
    expect(items()).toHaveLength(1);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Session deleted — Undo');
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    await user.click(undo);
    expect(saveSession).toHaveBeenCalledExactlyOnceWith(newer);
    rerender(<SessionHistory sessions={[older, newer]} today={TODAY} />);
    expect(items()).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('Restored: Tuesday 24 November, Walk-ready.');
    expect(items()[0]!.querySelector('summary')).toHaveFocus();
  });

  it('tells the person when a save fails', async () => {
    vi.mocked(updateSession).mockRejectedValueOnce(new Error('QuotaExceededError'));
    render(<SessionHistory sessions={[older]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    await user.click(item.getByRole('radio', { name: 'Hard' }));
    await user.click(item.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That change could not be saved on this device.');
  });

  it('when storage is full, says so and what to do', async () => {
    vi.mocked(updateSession).mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    render(<SessionHistory sessions={[older]} today={TODAY} />);
    const { user, item } = await open(/Monday 23 November/);
    await user.click(item.getByRole('radio', { name: 'Hard' }));
    await user.click(item.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('That change could not be saved: storage on this device is full. Free up space on this device');
    expect(alert).toHaveTextContent('export a backup in Settings');
  });
});
