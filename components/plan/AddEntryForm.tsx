// The form behind "Add a routine": nothing is written until Save, a duplicate, an entry
// without days or a "times a week" outside 1–7 is refused at its field, and one press writes one record (the id is fixed when
// the form opens and the button is off while writing, so a double tap cannot add two).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { routines } from '@/lib/content';
import { savePlanEntry } from '@/lib/db/plan';
import { newId, type PlanEntry, type Weekday } from '@/lib/model';
import { validateEntry, type EntryErrors } from '@/lib/schedule/plan-entry';
import { EntryFields, type EntryDraft } from './EntryFields';
import styles from './plan.module.css';

const EVERY_DAY: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** A routine not yet in the plan, so the form does not open on a duplicate. */
function firstUnplanned(plan: readonly PlanEntry[]): string {
  const planned = new Set(plan.map((e) => e.routineId));
  return (routines.find((r) => !planned.has(r.id)) ?? routines[0])?.id ?? '';
}

export function AddEntryForm({
  plan,
  onSaved,
  onCancel,
  onReminderOn,
}: {
  plan: readonly PlanEntry[];
  onSaved: (entry: PlanEntry) => void;
  onCancel: () => void;
  onReminderOn?: () => Promise<string | null>;
}) {
  const id = useId();
  const [entryId] = useState(newId);
  const [draft, setDraft] = useState<EntryDraft>(() => ({
    routineId: firstUnplanned(plan),
    weekdays: EVERY_DAY,
    time: '08:00',
    reminder: false,
    remindMinutesBefore: 0,
  }));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [reminderNote, setReminderNote] = useState<string | null>(null);
  const writing = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // Optional call: jsdom (component tests) has no scrollIntoView.
    form.current?.scrollIntoView?.({ block: 'nearest' });
    form.current?.querySelector('select')?.focus({ preventScroll: true });
  }, []);

  const errors = validateEntry({ id: entryId, ...draft }, plan);
  // A clash or a bad time shows as soon as it is there; "no days" waits for the first Save,
  // so the form does not open on a scolding.
  const shown: EntryErrors = tried ? errors : { routine: errors.routine, time: errors.time, timesPerWeek: errors.timesPerWeek };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (writing.current) return;
    setTried(true);
    if (Object.keys(errors).length > 0) {
      const first = errors.routine ? 'routine' : errors.time ? 'time' : errors.weekdays ? 'days' : errors.timesPerWeek ? 'times' : null;
      const field = first === 'days' ? form.current?.querySelector<HTMLElement>('.weekday') : first && form.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${first}`)}`);
      field?.focus();
      return;
    }
    writing.current = true;
    setSaving(true);
    const now = Date.now();
    const { timesPerWeek, ...fixed } = draft;
    const entry: PlanEntry = { id: entryId, ...fixed, ...(timesPerWeek === undefined ? {} : { timesPerWeek }), createdAt: now };
    try {
      await savePlanEntry(entry, now);
      onSaved(entry);
    } catch {
      setFailed(true);
      writing.current = false;
      setSaving(false);
    }
  };

  return (
    <form ref={form} className={`card ${styles.form}`} aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>Add a routine</h2>
      <EntryFields
        idBase={id}
        draft={draft}
        errors={shown}
        onPatch={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        onReminder={async (on) => {
          setDraft((d) => ({ ...d, reminder: on }));
          setReminderNote(on && onReminderOn ? await onReminderOn() : null);
        }}
        reminderNote={reminderNote}
      />
      {failed && (
        <p className="field-error" role="alert">
          This routine could not be saved on this device. Please try again.
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={saving} aria-disabled={saving}>
          {saving ? 'Saving…' : 'Save to plan'}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
