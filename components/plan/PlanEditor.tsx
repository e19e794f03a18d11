'use client';
// The weekly plan editor: which routine, on which weekdays, at what time, with or without a
// reminder. Changes to an entry are saved as they are made; a new entry is written only when
// its form is saved, and a removed entry can be brought back.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { routines } from '@/lib/content';
import { deletePlanEntry, listPlan, savePlanEntry, updatePlanEntry } from '@/lib/db/plan';
import type { PlanEntry } from '@/lib/model';
import { isValidEntry, validateEntry, type EntryErrors } from '@/lib/schedule/plan-entry';
import { AddEntryForm } from './AddEntryForm';
import { EntryFields } from './EntryFields';
import styles from './plan.module.css';

/** When an edit is saved; read at the moment of the edit, never during render. */
const editedAt = () => Date.now();

/** `children` (the calendar card) are shown below the list once it has loaded, so nothing under the list moves when it arrives. */
export function PlanEditor({ onReminderOn, children }: { onReminderOn?: () => Promise<string | null>; children?: ReactNode }) {
  const stored = useLiveQuery(() => listPlan().then((plan) => ({ ok: true as const, plan }), () => ({ ok: false as const })), []);
  const [removed, setRemoved] = useState<PlanEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  /** The entry just added from the form: it takes focus when it appears in the list. */
  const [added, setAdded] = useState<PlanEntry | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  if (!stored) return <p role="status">Loading your plan…</p>;
  if (!stored.ok) {
    return (
      <>
        <p className="notice" role="alert">
          Backstride cannot read this device’s storage, so your plan cannot be shown or changed right now. Routines and Relief still work.
        </p>
        {children}
      </>
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
            <PlanEntryCard
              entry={entry}
              others={plan}
              justAdded={added?.id === entry.id}
              onChange={(patch) => change(entry.id, patch)}
              onRemove={() => remove(entry)}
              onReminderOn={onReminderOn}
            />
          </li>
        ))}
      </ul>
      {adding ? (
        <AddEntryForm
          plan={plan}
          onReminderOn={onReminderOn}
          onSaved={(entry) => {
            setAdding(false);
            setRemoved(null);
            setAdded(entry);
          }}
          onCancel={() => {
            setAdding(false);
            // Back to the button that opened the form, so keyboard users keep their place.
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : (
        <div className="button-row">
          <button ref={addButton} type="button" className="button" onClick={() => setAdding(true)}>
            Add a routine
          </button>
        </div>
      )}
      <div role="status" className="undo-status">
        {added && !removed && !adding && (
          <p className="banner-inline">
            Added {routines.find((r) => r.id === added.routineId)?.name ?? 'the routine'} at {added.time} to your plan.
          </p>
        )}
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
      {children}
    </div>
  );
}

function PlanEntryCard({
  entry,
  others,
  justAdded,
  onChange,
  onRemove,
  onReminderOn,
}: {
  entry: PlanEntry;
  others: readonly PlanEntry[];
  /** Just added: bring it into view and put focus on it, wherever the list sorted it. */
  justAdded: boolean;
  /** Hears only the fields changed, so a concurrent edit of another field is not overwritten. */
  onChange: (patch: Partial<PlanEntry>) => void;
  onRemove: () => void;
  onReminderOn?: () => Promise<string | null>;
}) {
  const id = useId();
  const card = useRef<HTMLFieldSetElement>(null);
  // The draft lets a half-typed time or an empty weekday set show an error without saving it.
  const [draft, setDraft] = useState(entry);
  // Another tab (or an undo) may change the stored entry: adopt it unless it is our own draft.
  const [seen, setSeen] = useState(entry);
  if (entry !== seen) {
    setSeen(entry);
    if (JSON.stringify(entry) !== JSON.stringify(draft)) setDraft(entry);
  }
  const [reminderNote, setReminderNote] = useState<string | null>(null);
  const errors: EntryErrors = validateEntry(draft, others);
  const routineName = routines.find((r) => r.id === draft.routineId)?.name ?? draft.routineId;

  // When the card becomes the one just added (it may appear in the list a moment before the
  // save reports back, or after); later renders leave focus where the person put it.
  useEffect(() => {
    if (!justAdded || !card.current) return;
    card.current.scrollIntoView?.({ block: 'center' });
    card.current.querySelector('select')?.focus({ preventScroll: true });
  }, [justAdded]);

  const update = (patch: Partial<PlanEntry>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (isValidEntry(next, others)) onChange(changedFields(entry, next));
  };

  return (
    <fieldset ref={card} className={`card plan-entry ${styles.entry}${justAdded ? ` ${styles.added}` : ''}`}>
      <legend className="visually-hidden">{`${routineName} at ${draft.time}`}</legend>
      <EntryFields
        idBase={id}
        draft={draft}
        errors={errors}
        onPatch={update}
        onReminder={async (on) => {
          update({ reminder: on });
          setReminderNote(on && onReminderOn ? await onReminderOn() : null);
        }}
        reminderNote={reminderNote}
      />
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
