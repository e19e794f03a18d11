// The fields of one plan entry — routine, time, days or times a week, reminder — each with
// its message beside it: shared by the entries in the plan and the form that adds one.
import { useState } from 'react';
import { routines } from '@/lib/content';
import { parseWholeNumber, TIMES_PER_WEEK, type PlanEntry, type Weekday } from '@/lib/model';
import { WEEKDAYS, type EntryErrors } from '@/lib/schedule/plan-entry';

export const REMIND_CHOICES: readonly number[] = [0, 5, 10, 15, 30, 60];

export type EntryDraft = Pick<PlanEntry, 'routineId' | 'time' | 'weekdays' | 'reminder' | 'remindMinutesBefore' | 'timesPerWeek'>;

const EVERY_DAY: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
/** What "Days a week" starts at when chosen. */
const DEFAULT_TIMES = 3;

/** The number typed, or NaN for text that is not one (validateEntry then says so at the field). */
const typedTimes = (text: string): number => {
  const parsed = parseWholeNumber(text, TIMES_PER_WEEK);
  return parsed.ok ? parsed.value : Number.NaN;
};

export function EntryFields({
  idBase,
  draft,
  errors,
  onPatch,
  onReminder,
  reminderNote,
}: {
  /** From useId: every field's id starts with it. */
  idBase: string;
  draft: EntryDraft;
  /** The messages to show now (a form may hold some back until its first save). */
  errors: EntryErrors;
  onPatch: (patch: Partial<PlanEntry>) => void;
  onReminder: (on: boolean) => void;
  reminderNote?: string | null;
}) {
  const id = idBase;
  const weekly = draft.timesPerWeek !== undefined;
  // The text as typed, so "1e1" stays on screen beside its message instead of turning into 10.
  const [timesText, setTimesText] = useState(() => (weekly && Number.isFinite(draft.timesPerWeek) ? String(draft.timesPerWeek) : String(DEFAULT_TIMES)));
  // Another tab (or an undo) changed the stored goal: show its number.
  if (weekly && Number.isFinite(draft.timesPerWeek) && typedTimes(timesText) !== draft.timesPerWeek) setTimesText(String(draft.timesPerWeek));
  const toggleDay = (day: Weekday) => {
    const has = draft.weekdays.includes(day);
    onPatch({ weekdays: (has ? draft.weekdays.filter((d) => d !== day) : [...draft.weekdays, day]).sort() as Weekday[] });
  };
  return (
    <>
      <div className="plan-row">
        <label htmlFor={`${id}-routine`}>Routine</label>
        <select
          id={`${id}-routine`}
          value={draft.routineId}
          onChange={(e) => onPatch({ routineId: e.target.value })}
          aria-invalid={errors.routine ? true : undefined}
          aria-describedby={errors.routine ? `${id}-routine-error` : undefined}
        >
          {errors.routine && <option value={draft.routineId}>Unavailable routine</option>}
          {routines.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        {errors.routine && (
          <p id={`${id}-routine-error`} className="field-error">
            {errors.routine}
          </p>
        )}
      </div>
      <div className="plan-row">
        <label htmlFor={`${id}-time`}>Time</label>
        <input
          id={`${id}-time`}
          type="time"
          value={draft.time}
          required
          aria-invalid={errors.time ? true : undefined}
          aria-describedby={errors.time ? `${id}-time-error` : undefined}
          onChange={(e) => onPatch({ time: e.target.value })}
        />
        {errors.time && (
          <p id={`${id}-time-error`} className="field-error">
            {errors.time}
          </p>
        )}
      </div>
      <div className="plan-row" role="radiogroup" aria-labelledby={`${id}-how`}>
        <span id={`${id}-how`} className="label">
          How often
        </span>
        <div className="choice-row">
          <label className="choice">
            <input type="radio" name={`${id}-how`} checked={!weekly} onChange={() => onPatch({ timesPerWeek: undefined })} />
            On set days
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-how`}
              checked={weekly}
              onChange={() => onPatch({ timesPerWeek: typedTimes(timesText), weekdays: EVERY_DAY })}
            />
            A number of days a week
          </label>
        </div>
      </div>
      {weekly ? (
        <div className="plan-row">
          <label htmlFor={`${id}-times`}>Days a week</label>
          <input
            id={`${id}-times`}
            className="times-input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={timesText}
            aria-invalid={errors.timesPerWeek ? true : undefined}
            aria-describedby={`${id}-times-note${errors.timesPerWeek ? ` ${id}-times-error` : ''}`}
            onChange={(e) => {
              setTimesText(e.target.value);
              onPatch({ timesPerWeek: typedTimes(e.target.value) });
            }}
          />
          <p id={`${id}-times-note`} className="field-note">
            {draft.weekdays.length === 7
              ? 'Any day of the week, once a day. It stays on Today until the week’s count is done.'
              : `On any of: ${WEEKDAYS.filter((d) => draft.weekdays.includes(d.value)).map((d) => d.long).join(', ')}.`}
          </p>
          {errors.timesPerWeek && (
            <p id={`${id}-times-error`} className="field-error">
              {errors.timesPerWeek}
            </p>
          )}
        </div>
      ) : (
        <div className="plan-row" role="group" aria-labelledby={`${id}-days`} aria-describedby={errors.weekdays ? `${id}-days-error` : undefined}>
          <span id={`${id}-days`} className="label">
            Days
          </span>
          <div className="weekday-toggles">
            {WEEKDAYS.map((d) => (
              <button key={d.value} type="button" className="weekday" aria-pressed={draft.weekdays.includes(d.value)} aria-label={d.long} onClick={() => toggleDay(d.value)}>
                {d.short}
              </button>
            ))}
          </div>
          {errors.weekdays && (
            <p id={`${id}-days-error`} className="field-error">
              {errors.weekdays}
            </p>
          )}
        </div>
      )}
      <div className="plan-row reminder-row">
        <label className="switch">
          <input type="checkbox" checked={draft.reminder} onChange={(e) => onReminder(e.target.checked)} />
          Remind me
        </label>
        {draft.reminder && (
          <label className="inline-field">
            <select value={draft.remindMinutesBefore} onChange={(e) => onPatch({ remindMinutesBefore: Number(e.target.value) })}>
              {REMIND_CHOICES.map((m) => (
                <option key={m} value={m}>
                  {m === 0 ? 'at the time' : `${m} min before`}
                </option>
              ))}
            </select>
            <span className="visually-hidden">when to remind</span>
          </label>
        )}
      </div>
      {reminderNote && <p className="field-note">{reminderNote}</p>}
    </>
  );
}
