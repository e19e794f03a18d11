'use client';
// Past sessions, newest first, a page at a time. Each opens to edit its effort, tightness and
// note; deleting is immediate and can be undone, which restores the very same record.
import { useId, useRef, useState, type FormEvent } from 'react';
import { getRoutine } from '@/lib/content';
import { deleteSession, saveSession, updateSession, type SessionPatch } from '@/lib/db/sessions';
import { changedFields, optionalNumber, parseWholeNumber, TIGHTNESS, wholeNumberMessage, type DayKey, type Effort, type SessionRecord } from '@/lib/model';
import { ShowMore, useHistoryList, type HistoryStore } from './history-list';
import { RatingField } from '@/components/ui/RatingField';
import { NoteField, noteToSave } from './NoteField';
import { EFFORT_TEXT, formatDay } from './progress-view';
import styles from './progress.module.css';

export { HISTORY_PAGE } from './history-list';
export const TIGHTNESS_MESSAGE = wholeNumberMessage(TIGHTNESS);
const EFFORTS: readonly Effort[] = ['easy', 'right', 'hard'];

const newestFirst = (a: SessionRecord, b: SessionRecord) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const routineName = (s: SessionRecord) => getRoutine(s.routineId)?.name ?? 'A routine no longer in the app';

export function SessionHistory({ sessions, today }: { sessions: readonly SessionRecord[]; today: DayKey }) {
  const store: HistoryStore<SessionRecord, SessionPatch> = {
    noun: 'session',
    describe: (s) => `${formatDay(s.day, today)}, ${routineName(s)}`,
    update: updateSession,
    remove: deleteSession,
    restore: saveSession,
  };
  const sorted = [...sessions].sort(newestFirst);
  const { visible, hidden, showMore, save: saveRecord, remove, list, status } = useHistoryList(sorted, store);

  return (
    <div className={styles.history}>
      {status}
      {sorted.length === 0 ? (
        <p className="card">No sessions yet. Finish a routine, or tick one off on Today, and it will be listed here.</p>
      ) : (
        <>
          <ul ref={list} className={styles.historyList} aria-label={`Sessions, newest first (${visible.length} of ${sorted.length})`}>
            {visible.map((session) => (
              <li key={session.id} data-record-id={session.id} className={styles.historyItem}>
                <SessionItem session={session} today={today} onSave={saveRecord} onDelete={remove} />
              </li>
            ))}
          </ul>
          <ShowMore hidden={hidden} onClick={showMore} />
        </>
      )}
    </div>
  );
}

function SessionItem({
  session,
  today,
  onSave,
  onDelete,
}: {
  session: SessionRecord;
  today: DayKey;
  onSave: (session: SessionRecord, patch: SessionPatch) => Promise<boolean>;
  onDelete: (session: SessionRecord) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const outcome = session.source === 'manual' ? 'Done elsewhere' : session.completed ? 'Completed' : 'Ended early';
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={styles.historySummary}>
        <span className={styles.historyLine}>
          <span className={styles.historyDate}>{formatDay(session.day, today)}</span>{' '}
          <span className={styles.historyRoutine}>{routineName(session)}</span>{' '}
          {/* Each fact whole on its own: a wrapped line never starts with a separator. */}
          <span className={`${styles.historyMeta} ${styles.historyFacts}`}>
            <span>{outcome}</span>
            <span>
              <span className="visually-hidden">, </span>Effort: {session.effort ? EFFORT_TEXT[session.effort].toLowerCase() : 'not rated'}
            </span>
            <span>
              <span className="visually-hidden">, </span>Tightness: {session.tightness === undefined ? 'not rated' : `${session.tightness}/10`}
            </span>
            {session.note && (
              <span>
                <span className="visually-hidden">, </span>Has a note
              </span>
            )}
          </span>
        </span>
        <span className={styles.historyOpen} aria-hidden="true">
          {open ? 'Close' : 'Edit'}
        </span>
      </summary>
      {open && <SessionEditor session={session} onSave={(patch) => onSave(session, patch)} onDelete={() => onDelete(session)} />}
    </details>
  );
}

export function SessionEditor({
  session,
  onSave,
  onDelete,
}: {
  session: SessionRecord;
  onSave: (patch: SessionPatch) => Promise<unknown>;
  onDelete: () => Promise<void>;
}) {
  const id = useId();
  const [effort, setEffort] = useState<Effort | undefined>(session.effort);
  const [tightness, setTightness] = useState(session.tightness === undefined ? '' : String(session.tightness));
  const [note, setNote] = useState(session.note ?? '');
  const [showErrors, setShowErrors] = useState(false);
  const tightnessField = useRef<HTMLInputElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  // What the form showed when it opened: only fields the person changes are written.
  const [shown] = useState<SessionPatch>(() => ({ effort: session.effort, tightness: session.tightness, note: session.note }));

  // '' is "not rated"; anything else must be a whole number 0–10, or nothing is saved.
  const parsed = optionalNumber(parseWholeNumber(tightness, TIGHTNESS));
  const tightnessError = showErrors && !parsed.ok;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    const ready = noteToSave(parsed.ok, note, { rating: tightnessField, note: noteField });
    if (!ready || !parsed.ok) return;
    void onSave(changedFields(shown, { effort, tightness: parsed.value, note: ready.note }));
  };

  return (
    <form noValidate onSubmit={submit} className={styles.editor}>
      <fieldset className="choice-group">
        <legend>Effort</legend>
        {EFFORTS.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name={`${id}-effort`} value={value} checked={effort === value} onChange={() => setEffort(value)} />
            {EFFORT_TEXT[value]}
          </label>
        ))}
      </fieldset>

      <RatingField
        ref={tightnessField}
        label="Tightness after the session (0–10)"
        className={styles.numberInput}
        value={tightness}
        onChange={setTightness}
        error={tightnessError && !parsed.ok ? parsed.message : undefined}
        hint="0 is not tight at all, 10 the worst. Leave empty if you did not rate it."
      />

      <NoteField ref={noteField} value={note} onChange={setNote} />

      <div className="button-row">
        <button type="submit" className="button">
          Save
        </button>
        <button type="button" className={`button secondary ${styles.delete}`} onClick={() => void onDelete()}>
          Delete session
        </button>
      </div>
    </form>
  );
}
