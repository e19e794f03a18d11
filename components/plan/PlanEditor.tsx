'use client';
// The weekly plan editor: which routine, on which weekdays, at what time, with or without a
// reminder. Every change is saved as it is made; a removed entry can be brought back.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { routines } from '@/lib/content';
import { newId } from '@/lib/model';
import { deletePlanEntry, listPlan, savePlanEntry, updatePlanEntry } from '@/lib/db/plan';
import type { PlanEntry, Weekday } from '@/lib/model';
import { isValidEntry, validateEntry, WEEKDAYS } from '@/lib/schedule/plan-entry';

/** When an edit is saved; read at the moment of the edit, never during render. */
const editedAt = () => Date.now();

export function PlanEditor({ onReminderOn }: { onReminderOn?: () => Promise<string | null> }) {
  const stored = useLiveQuery(() => listPlan().then((plan) => ({ ok: true as const, plan }), () => ({ ok: false as const })), []);
  const [removed, setRemoved] = useState<PlanEntry | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (!stored) return <p role="status">Loading your plan…</p>;
  if (!stored.ok) {
    return (
      <p className="notice" role="alert">
        Backstride cannot read this device’s storage, so your plan cannot be shown or changed right now. Routines and Relief still work.
      </p>
    );
  }
  const { plan } = stored;
  const sorted = [...plan].sort((a, b) => a.time.localeCompare(b.time) || a.createdAt - b.createdAt);

  const failed = () => setError('Your change could not be saved on this device.');
  const save = (entry: PlanEntry) => savePlanEntry(entry, editedAt()).catch(failed);
  const change = (id: string, patch: Partial<PlanEntry>) => updatePlanEntry(id, patch, editedAt()).catch(failed);
  // Undo is offered only for an entry that really went: a failed delete left it in place.
  const remove = async (entry: PlanEntry) => {
    try {
      await deletePlanEntry(entry.id);
      setError(null);
      setRemoved(entry);
    } catch {
      setRemoved(null);
      setError('That entry could not be removed.');
    }
  };
  const add = () =>
    save({ id: newId(), routineId: 'walk-ready', weekdays: [1, 2, 3, 4, 5], time: '08:00', reminder: false, remindMinutesBefore: 0, createdAt: Date.now() });

  return (
    <div className="plan-editor">
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {sorted.length === 0 && <p className="card">Your plan is empty. Add a routine to get reminders and a streak.</p>}
      <ul className="plan-list">
        {sorted.map((entry) => (
          <li key={entry.id}>
            <PlanEntryCard entry={entry} others={plan} onChange={(patch) => change(entry.id, patch)} onRemove={() => remove(entry)} onReminderOn={onReminderOn} />
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" onClick={add}>
          Add a routine to the plan
        </button>
      </div>
      <div role="status" className="undo-status">
        {removed && (
          <p className="banner-inline">
            Removed {routines.find((r) => r.id === removed.routineId)?.name ?? 'the entry'}.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                void save(removed);
                setRemoved(null);
              }}
            >
              Undo
            </button>
          </p>
        )}
      </div>
    </div>
  );
}

function PlanEntryCard({
  entry,
  others,
  onChange,
  onRemove,
  onReminderOn,
}: {
  entry: PlanEntry;
  others: readonly PlanEntry[];
  /** Hears only the fields changed, so a concurrent edit of another field is not overwritten. */
  onChange: (patch: Partial<PlanEntry>) => void;
  onRemove: () => void;
  onReminderOn?: () => Promise<string | null>;
}) {
  const id = useId();
  // The draft lets a half-typed time or an empty weekday set show an error without saving it.
  const [draft, setDraft] = useState(entry);
  // Another tab (or an undo) may change the stored entry: adopt it unless it is our own draft.
  const [seen, setSeen] = useState(entry);
  if (entry !== seen) {
    setSeen(entry);
    if (JSON.stringify(entry) !== JSON.stringify(draft)) setDraft(entry);
  }
  const [reminderNote, setReminderNote] = useState<string | null>(null);
  const errors = validateEntry(draft, others);
  const routineName = routines.find((r) => r.id === draft.routineId)?.name ?? draft.routineId;

  const update = (patch: Partial<PlanEntry>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (isValidEntry(next, others)) onChange(changedFields(entry, next));
  };

  const toggleDay = (day: Weekday) => {
    const has = draft.weekdays.includes(day);
    update({ weekdays: (has ? draft.weekdays.filter((d) => d !== day) : [...draft.weekdays, day]).sort() as Weekday[] });
  };

  return (
    <fieldset className="card plan-entry">
      <legend className="visually-hidden">{`${routineName} at ${draft.time}`}</legend>
      <div className="plan-row">
        <label htmlFor={`${id}-routine`}>Routine</label>
        <select
          id={`${id}-routine`}
          value={draft.routineId}
          onChange={(e) => update({ routineId: e.target.value })}
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
          onChange={(e) => update({ time: e.target.value })}
        />
        {errors.time && (
          <p id={`${id}-time-error`} className="field-error">
            {errors.time}
          </p>
        )}
      </div>
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
      <div className="plan-row reminder-row">
        <label className="switch">
          <input
            type="checkbox"
            checked={draft.reminder}
            onChange={async (e) => {
              const on = e.target.checked;
              update({ reminder: on });
              setReminderNote(on && onReminderOn ? await onReminderOn() : null);
            }}
          />
          Remind me
        </label>
        {draft.reminder && (
          <label className="inline-field">
            <select value={draft.remindMinutesBefore} onChange={(e) => update({ remindMinutesBefore: Number(e.target.value) })}>
              {[0, 5, 10, 15, 30, 60].map((m) => (
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
      <button type="button" className="link-button remove" onClick={onRemove} aria-label={`Remove ${routineName} at ${draft.time}`}>
        Remove
      </button>
    </fieldset>
  );
}

/** The fields of `next` that differ from the stored entry (a draft may carry earlier, unsaved changes). */
function changedFields(stored: PlanEntry, next: PlanEntry): Partial<PlanEntry> {
  const keys = Object.keys(next) as (keyof PlanEntry)[];
  return Object.fromEntries(keys.filter((k) => JSON.stringify(stored[k]) !== JSON.stringify(next[k])).map((k) => [k, next[k]]));
}
