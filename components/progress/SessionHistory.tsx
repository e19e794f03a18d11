'use client';
// Past sessions, newest first, a page at a time. Each opens to edit its effort, tightness and
// note; deleting is immediate and can be undone, which restores the very same record.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { getRoutine } from '@/lib/content';
import { deleteSession, saveSession, updateSession, type SessionPatch } from '@/lib/db/sessions';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { NOTE_LENGTH, optionalNumber, parseWholeNumber, TIGHTNESS, wholeNumberMessage, type DayKey, type Effort, type SessionRecord } from '@/lib/model';
import { EFFORT_TEXT, formatDay } from './progress-view';
import styles from './progress.module.css';

export const HISTORY_PAGE = 20;
const NOTE_MAX = NOTE_LENGTH.max;
export const TIGHTNESS_MESSAGE = wholeNumberMessage(TIGHTNESS);
const NOTE_MESSAGE = `Keep the note to ${NOTE_MAX} characters or fewer`;
const EFFORTS: readonly Effort[] = ['easy', 'right', 'hard'];

type Notice =
  | { readonly kind: 'saved'; readonly text: string }
  | { readonly kind: 'deleted'; readonly record: SessionRecord }
  | { readonly kind: 'restored'; readonly text: string };

const newestFirst = (a: SessionRecord, b: SessionRecord) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const routineName = (s: SessionRecord) => getRoutine(s.routineId)?.name ?? 'A routine no longer in the app';

export function SessionHistory({ sessions, today }: { sessions: readonly SessionRecord[]; today: DayKey }) {
  const [shown, setShown] = useState(HISTORY_PAGE);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const undo = useRef<HTMLButtonElement>(null);

  const sorted = [...sessions].sort(newestFirst);
  const visible = sorted.slice(0, shown);

  // Focus follows the person's action: to a restored session once the live query brings it
  // back, or to the first of the sessions "Show more" revealed.
  useEffect(() => {
    if (!focusId) return;
    const summary = list.current?.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(focusId)}"] summary`);
    if (summary) {
      summary.focus();
      setFocusId(null);
    }
  }, [focusId, sessions, shown]);

  useEffect(() => {
    if (notice?.kind === 'deleted') undo.current?.focus();
  }, [notice]);

  const describe = (s: SessionRecord) => `${formatDay(s.day, today)}, ${routineName(s)}`;

  const save = async (session: SessionRecord, patch: SessionPatch) => {
    setError(null);
    try {
      await updateSession(session.id, patch, Date.now());
      setNotice({ kind: 'saved', text: `Saved: ${describe(session)}.` });
    } catch (caught) {
      setError(saveFailedMessage('That change', caught));
    }
  };

  const remove = async (session: SessionRecord) => {
    setError(null);
    try {
      const record = await deleteSession(session.id);
      setNotice(record ? { kind: 'deleted', record } : null);
    } catch {
      setError('That session could not be deleted. Please try again.');
    }
  };

  const restore = async (record: SessionRecord) => {
    setError(null);
    try {
      await saveSession(record);
      setNotice({ kind: 'restored', text: `Restored: ${describe(record)}.` });
      setFocusId(record.id);
    } catch {
      setError('That session could not be restored. Please try again.');
    }
  };

  const showMore = () => {
    const next = sorted[shown];
    setShown(shown + HISTORY_PAGE);
    if (next) setFocusId(next.id);
  };

  return (
    <div className={styles.history}>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <div role="status" className={styles.historyStatus}>
        {notice?.kind === 'deleted' ? (
          <p className="banner-inline">
            Session deleted —{' '}
            <button ref={undo} type="button" className="link-button" onClick={() => void restore(notice.record)}>
              Undo
            </button>
          </p>
        ) : notice ? (
          <p className="banner-inline">{notice.text}</p>
        ) : null}
      </div>
      {sorted.length === 0 ? (
        <p className="card">No sessions yet. Finish a routine, or tick one off on Today, and it will be listed here.</p>
      ) : (
        <>
          <ul ref={list} className={styles.historyList} aria-label={`Sessions, newest first (${visible.length} of ${sorted.length})`}>
            {visible.map((session) => (
              <li key={session.id} data-session-id={session.id} className={styles.historyItem}>
                <SessionItem session={session} today={today} onSave={save} onDelete={remove} />
              </li>
            ))}
          </ul>
          {sorted.length > shown && (
            <button type="button" className="button secondary" onClick={showMore}>
              Show more ({Math.min(HISTORY_PAGE, sorted.length - shown)} of {sorted.length - shown} older)
            </button>
          )}
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
  onSave: (session: SessionRecord, patch: SessionPatch) => Promise<void>;
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
  onSave: (patch: SessionPatch) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const id = useId();
  const [effort, setEffort] = useState<Effort | undefined>(session.effort);
  const [tightness, setTightness] = useState(session.tightness === undefined ? '' : String(session.tightness));
  const [note, setNote] = useState(session.note ?? '');
  const [showErrors, setShowErrors] = useState(false);
  const tightnessField = useRef<HTMLInputElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);

  // '' is "not rated"; anything else must be a whole number 0–10, or nothing is saved.
  const parsed = optionalNumber(parseWholeNumber(tightness, TIGHTNESS));
  const tightnessError = showErrors && !parsed.ok;
  const noteError = showErrors && note.length > NOTE_MAX;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    if (!parsed.ok) {
      tightnessField.current?.focus();
      return;
    }
    if (note.length > NOTE_MAX) {
      noteField.current?.focus();
      return;
    }
    const trimmed = note.trim();
    const patch: SessionPatch = { tightness: parsed.value, note: trimmed === '' ? undefined : trimmed };
    void onSave(effort ? { ...patch, effort } : patch);
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

      <div className="field">
        <label htmlFor={`${id}-tightness`}>Tightness after the session (0–10)</label>
        <input
          ref={tightnessField}
          id={`${id}-tightness`}
          className={styles.numberInput}
          // Text, not type=number: a number field hands over "" for letters, which read as
          // "not rated" and cleared the stored value. The parser sees what was typed.
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={tightness}
          aria-invalid={tightnessError || undefined}
          aria-describedby={tightnessError ? `${id}-tightness-error` : `${id}-tightness-note`}
          onChange={(e) => setTightness(e.target.value)}
        />
        {tightnessError ? (
          <p id={`${id}-tightness-error`} className="field-error">
            {parsed.ok ? null : parsed.message}
          </p>
        ) : (
          <p id={`${id}-tightness-note`} className="field-note">
            0 is not tight at all, 10 the worst. Leave empty if you did not rate it.
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          ref={noteField}
          id={`${id}-note`}
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          aria-invalid={noteError || undefined}
          aria-describedby={`${id}-note-count`}
          onChange={(e) => setNote(e.target.value)}
        />
        <p id={`${id}-note-count`} className={noteError ? 'field-error' : 'field-note'}>
          {noteError ? NOTE_MESSAGE : `${note.length} of ${NOTE_MAX} characters`}
        </p>
      </div>

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
