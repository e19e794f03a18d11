'use client';
// "Add to your phone's calendar": the reminder layer that works on every phone, offline. It says
// what the file will do: which events get an alert (those with "Remind me" on, as in the file),
// that some calendar apps need the old events deleted before a new copy, and, when no entry has
// a reminder on, that the events will be silent, with a button to turn the reminders on.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { listPlan, updatePlanEntry } from '@/lib/db/plan';
import { calendarEntries } from '@/lib/schedule/plan-entry';
import type { SafetyStatus } from '@/lib/safety/status';
import styles from './plan.module.css';

interface Props {
  /** Why routines are on hold, if they are: then there is nothing to add. */
  readonly held: SafetyStatus['kind'] | null;
  /** Builds and saves the .ics file. */
  readonly download: () => Promise<void>;
  /** Called after reminders were turned on here; returns advice about notifications, if any. */
  readonly onReminderOn?: () => Promise<string | null>;
}

export function CalendarExport({ held, download, onReminderOn }: Props) {
  const id = useId();
  const plan = useLiveQuery(() => listPlan().catch(() => []), []);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const withDays = calendarEntries(plan ?? []);
  const goals = (plan ?? []).length - withDays.length;
  const reminded = withDays.filter((entry) => entry.reminder).length;

  const turnOnReminders = async () => {
    setError(null);
    const now = Date.now();
    try {
      await Promise.all(withDays.filter((entry) => !entry.reminder).map((entry) => updatePlanEntry(entry.id, { reminder: true }, now)));
    } catch {
      setError('The reminders could not be turned on. Please try again.');
      return;
    }
    const advice = (await onReminderOn?.().catch(() => null)) ?? null;
    setStatus(`Reminders are on for all your routines: the calendar events will have an alert.${advice ? ` ${advice}` : ''}`);
  };

  // The card appears whole once the plan is read, rather than growing its notes after.
  if (plan === undefined) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add to your phone’s calendar</h2>
      <p>
        Your phone’s calendar can remind you even when Backstride is closed or you are offline: each routine in your plan becomes a weekly event at its
        time.
      </p>
      {held ? (
        <p className="notice" role="note">
          {held === 'emergency'
            ? 'Your routines are on hold until a doctor has seen you, so there is nothing to add to your calendar now.'
            : 'Your routines are on hold until you have booked a check with a doctor or physiotherapist, or chosen to carry on.'}{' '}
          If you added your plan to your phone’s calendar before, its alerts will still go off: ignore them, or delete those events, for now.
        </p>
      ) : (
        <>
          {withDays.length > 0 &&
            (reminded === 0 ? (
              <div className="notice" role="note">
                <p>None of your routines has “Remind me” on, so these events will have no alert.</p>
                <button type="button" className="button secondary" onClick={() => void turnOnReminders()}>
                  Turn on reminders for all routines
                </button>
              </div>
            ) : (
              <p>
                {reminded === withDays.length
                  ? 'Every event will have an alert at its reminder time.'
                  : `The ${reminded === 1 ? 'routine' : `${reminded} routines`} with “Remind me” on will have an alert; the others will not.`}
              </p>
            ))}
          {goals > 0 && (
            <p>
              {withDays.length === 0 ? 'Your routines are all' : goals === 1 ? 'One routine is' : `${goals} routines are`} planned for a number of days a week:
              a calendar cannot tell when the week’s count is met, so {goals === 1 ? 'it is' : 'they are'} not added. Backstride reminds you until it is.
            </p>
          )}
          <p>
            If you change your plan, add it again. Most calendars then update the events you added before. Some calendar apps add a second copy
            instead: there, delete the old Backstride events first.
          </p>
          {(withDays.length > 0 || goals === 0) && (
            <>
              <button type="button" className="button secondary" aria-describedby={`${id}-note`} onClick={() => download().catch(() => setError('The calendar file could not be made. Please try again.'))}>
                Add plan to my phone’s calendar
              </button>
              <p id={`${id}-note`} className="field-note">
                Saves a calendar file (.ics) that your calendar app opens.
              </p>
            </>
          )}
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className={status ? undefined : styles.quietStatus}>
        {status}
      </p>
    </section>
  );
}
