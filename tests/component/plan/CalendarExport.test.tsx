// "Add to your phone's calendar" says what the file will do: which events get an alert (the
// entries with "Remind me" on, as in the .ics), that some calendar apps need old events
// deleted, and, with no reminder on, that the events will be silent, offering to turn them on.
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CalendarExport } from '@/components/plan/CalendarExport';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { listPlan, savePlanEntry } from '@/lib/db/plan';
import { buildPlanCalendar, planCalendarOptions } from '@/lib/reminders/ics';
import type { PlanEntry } from '@/lib/model';

const entry = (id: string, reminder: boolean): PlanEntry => ({
  id, routineId: 'core', weekdays: [1, 3, 5], time: '08:00', reminder, remindMinutesBefore: 0, createdAt: 0,
});
const calendarOf = async () =>
  buildPlanCalendar(await listPlan(), planCalendarOptions({ now: Date.UTC(2026, 2, 2, 12), timeZone: 'UTC', rolloverHour: 3 }));
const alarms = (ics: string) => ics.match(/BEGIN:VALARM/g)?.length ?? 0;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('CalendarExport', () => {
  it('with no reminder on, says the events will have no alert, and turns reminders on for every routine', async () => {
    await savePlanEntry(entry('a', false), 0);
    await savePlanEntry(entry('b', false), 0);
    const onReminderOn = vi.fn(async () => null);
    render(<CalendarExport held={null} download={async () => {}} onReminderOn={onReminderOn} />);
    expect(await screen.findByText('None of your routines has “Remind me” on, so these events will have no alert.')).toBeVisible();
    expect(alarms(await calendarOf())).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Turn on reminders for all routines' }));
    expect(await screen.findByText('Reminders are on for all your routines: the calendar events will have an alert.')).toHaveAttribute('role', 'status');
    expect((await listPlan()).map((e) => e.reminder)).toEqual([true, true]);
    expect(onReminderOn).toHaveBeenCalledTimes(1);
    expect(alarms(await calendarOf())).toBe(2);
    expect(await screen.findByText('Every event will have an alert at its reminder time.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Turn on reminders for all routines' })).toBeNull();
  });

  it('with some reminders on, says which events get an alert, as the file does', async () => {
    await savePlanEntry(entry('a', true), 0);
    await savePlanEntry(entry('b', false), 0);
    render(<CalendarExport held={null} download={async () => {}} />);
    expect(await screen.findByText('The routine with “Remind me” on will have an alert; the others will not.')).toBeVisible();
    expect(alarms(await calendarOf())).toBe(1);
  });

  it('tells the truth about updating: most calendars update, some calendar apps need the old events deleted', async () => {
    await savePlanEntry(entry('a', true), 0);
    const download = vi.fn(async () => {});
    render(<CalendarExport held={null} download={download} />);
    expect(await screen.findByText(/Most calendars then update the events you added before\. Some calendar apps add a second copy instead: there, delete the old Backstride events first\./)).toBeVisible();
    expect(screen.queryByText(/instead of doubling up/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add plan to my phone’s calendar' }));
    expect(download).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Add plan to my phone’s calendar' })).toHaveAccessibleDescription('Saves a calendar file (.ics) that your calendar app opens.');
  });
});
