'use client';
// Which day a week starts on (Progress and the weekly count) and the hour a new day starts,
// so a late-night session still counts for the day the person was living in, and how many of a
// day's planned routines make it count as done.
import { useId } from 'react';
import type { Settings } from '@/lib/model';
import { useSettingsEditor } from './use-settings-editor';

const ROLLOVER_HOURS = [0, 1, 2, 3, 4, 5, 6] as const;
const MINIMUMS = [1, 2, 3] as const;

function hourText(hour: number): string {
  const time = `${String(hour).padStart(2, '0')}:00`;
  if (hour === 0) return `${time} (midnight)`;
  if (hour === 3) return `${time} (suggested)`;
  return time;
}

export function DaySettings({ settings }: { settings: Settings }) {
  const id = useId();
  const { shown, save, error } = useSettingsEditor(settings);
  // A backup may carry a later hour than this list offers; show it rather than pretend.
  const hours: readonly number[] = ROLLOVER_HOURS.some((h) => h === shown.rolloverHour) ? ROLLOVER_HOURS : [...ROLLOVER_HOURS, shown.rolloverHour];
  const minimum = shown.minimumPerDay;
  const minimums: readonly number[] = minimum === null || MINIMUMS.some((n) => n === minimum) ? MINIMUMS : [...MINIMUMS, minimum];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Days</h2>
      <fieldset className="choice-group">
        <legend>Week starts on</legend>
        {(
          [
            [1, 'Monday'],
            [0, 'Sunday'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="choice">
            <input type="radio" name={`${id}-week`} checked={shown.weekStartsOn === value} onChange={() => save({ weekStartsOn: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-rollover`}>A new day starts at</label>
        <select
          id={`${id}-rollover`}
          value={shown.rolloverHour}
          aria-describedby={`${id}-rollover-note`}
          onChange={(e) => save({ rolloverHour: Number(e.target.value) })}
        >
          {hours.map((hour) => (
            <option key={hour} value={hour}>
              {hourText(hour)}
            </option>
          ))}
        </select>
        <p id={`${id}-rollover-note`} className="field-note">
          Until then you are still in the day before: with 03:00, a session at 00:40 counts for the day before, so a late evening keeps your streak.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-minimum`}>A planned day counts as done when</label>
        <select
          id={`${id}-minimum`}
          value={shown.minimumPerDay === null ? 'all' : String(shown.minimumPerDay)}
          aria-describedby={`${id}-minimum-note`}
          onChange={(e) => save({ minimumPerDay: e.target.value === 'all' ? null : Number(e.target.value) })}
        >
          <option value="all">all its routines are done</option>
          {minimums.map((n) => (
            <option key={n} value={n}>
              {`at least ${n} ${n === 1 ? 'routine is' : 'routines are'} done`}
            </option>
          ))}
        </select>
        <p id={`${id}-minimum-note`} className="field-note">
          With several routines planned on a day, a lower bar keeps your streak on busy days. A day with fewer routines planned needs them all.
        </p>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
