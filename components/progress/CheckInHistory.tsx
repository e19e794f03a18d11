'use client';
// Tightness check-ins, newest first, a page at a time. Each opens to correct its rating, when
// it was made, leg symptoms and note; deleting is immediate and can be undone. A correction
// that reports leg symptoms or a big rise offers the safety questions, as on Today.
import { format } from 'date-fns';
import { useRef, useState, type FormEvent } from 'react';
import { LegSymptomsBox, ScreeningOffer } from '@/components/safety/ScreeningOffer';
import { CheckInContextField, pastContextText } from '@/components/ui/check-in-contexts';
import { deleteCheckIn, restoreCheckIn, updateCheckIn, type CheckInPatch } from '@/lib/db/check-ins';
import { changedFields, parseWholeNumber, TIGHTNESS, type CheckIn, type CheckInContext, type DayKey, type SessionRecord } from '@/lib/model';
import { latestTightness, screeningPrompt, type ScreeningPrompt } from '@/lib/safety/checkin-rule';
import { ShowMore, useHistoryList, type HistoryStore } from './history-list';
import { RatingField } from '@/components/ui/RatingField';
import { NoteField, noteToSave } from './NoteField';
import { formatDay } from './progress-view';
import styles from './progress.module.css';

const newestFirst = (a: CheckIn, b: CheckIn) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const clock = (at: number) => format(at, 'HH:mm');

export function CheckInHistory({ checkIns, sessions, today }: { checkIns: readonly CheckIn[]; sessions: readonly SessionRecord[]; today: DayKey }) {
  const [prompt, setPrompt] = useState<ScreeningPrompt | null>(null);
  const store: HistoryStore<CheckIn, CheckInPatch> = {
    noun: 'check-in',
    describe: (c) => `check-in of ${formatDay(c.day, today)} at ${clock(c.at)}`,
    update: updateCheckIn,
    remove: deleteCheckIn,
    restore: restoreCheckIn,
  };
  const sorted = [...checkIns].sort(newestFirst);
  const { visible, hidden, showMore, save: saveRecord, remove, list, status } = useHistoryList(sorted, store);

  const save = async (checkIn: CheckIn, patch: CheckInPatch) => {
    setPrompt(null);
    const saved = await saveRecord(checkIn, patch);
    // Judged as on Today: against the reading before this one, with symptoms newly reported.
    if (saved && (patch.tightness !== undefined || patch.legSymptoms)) {
      const previous = latestTightness(
        checkIns.filter((c) => c.id !== checkIn.id),
        sessions,
        checkIn.at,
      );
      setPrompt(screeningPrompt(previous, patch.tightness, patch.legSymptoms === true));
    }
  };

  return (
    <div className={styles.history}>
      {status}
      <ScreeningOffer prompt={prompt} />
      {sorted.length === 0 ? (
        <p className="card">No check-ins yet. Rate your tightness on Today and it will be listed here.</p>
      ) : (
        <>
          <ul ref={list} className={styles.historyList} aria-label={`Check-ins, newest first (${visible.length} of ${sorted.length})`}>
            {visible.map((checkIn) => (
              <li key={checkIn.id} data-record-id={checkIn.id} className={styles.historyItem}>
                <CheckInItem checkIn={checkIn} today={today} onSave={save} onDelete={remove} />
              </li>
            ))}
          </ul>
          <ShowMore hidden={hidden} onClick={showMore} />
        </>
      )}
    </div>
  );
}

function CheckInItem({
  checkIn,
  today,
  onSave,
  onDelete,
}: {
  checkIn: CheckIn;
  today: DayKey;
  onSave: (checkIn: CheckIn, patch: CheckInPatch) => Promise<void>;
  onDelete: (checkIn: CheckIn) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={styles.historySummary}>
        <span className={styles.historyLine}>
          <span className={styles.historyDate}>
            {formatDay(checkIn.day, today)}, {clock(checkIn.at)}
          </span>{' '}
          <span className={styles.historyRoutine}>Tightness {checkIn.tightness}/10</span>{' '}
          <span className={`${styles.historyMeta} ${styles.historyFacts}`}>
            <span>{pastContextText(checkIn.context)}</span>
            {checkIn.legSymptoms && (
              <span>
                <span className="visually-hidden">, </span>Leg symptoms
              </span>
            )}
            {checkIn.note && (
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
      {open && <CheckInEditor checkIn={checkIn} onSave={(patch) => onSave(checkIn, patch)} onDelete={() => onDelete(checkIn)} />}
    </details>
  );
}

export function CheckInEditor({
  checkIn,
  onSave,
  onDelete,
}: {
  checkIn: CheckIn;
  onSave: (patch: CheckInPatch) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
}) {
  const [tightness, setTightness] = useState(String(checkIn.tightness));
  const [context, setContext] = useState<CheckInContext>(checkIn.context);
  const [legSymptoms, setLegSymptoms] = useState(checkIn.legSymptoms === true);
  const [note, setNote] = useState(checkIn.note ?? '');
  const [showErrors, setShowErrors] = useState(false);
  const tightnessField = useRef<HTMLInputElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  // What the form showed when it opened: only fields the person changes are written.
  const [shown] = useState<CheckInPatch>(() => ({ tightness: checkIn.tightness, context: checkIn.context, legSymptoms: checkIn.legSymptoms === true, note: checkIn.note }));

  // A check-in is a rating: it cannot be left empty (delete it instead).
  const parsed = parseWholeNumber(tightness, TIGHTNESS);
  const tightnessError = showErrors && !parsed.ok;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    const ready = noteToSave(parsed.ok, note, { rating: tightnessField, note: noteField });
    if (!ready || !parsed.ok) return;
    const patch = changedFields(shown, { tightness: parsed.value, context, legSymptoms, note: ready.note });
    // "No leg symptoms" is stored as the field left out, as Today's form does.
    void onSave(patch.legSymptoms === false ? { ...patch, legSymptoms: undefined } : patch);
  };

  return (
    <form noValidate onSubmit={submit} className={styles.editor}>
      <RatingField
        ref={tightnessField}
        label="Tightness (0–10)"
        className={styles.numberInput}
        value={tightness}
        onChange={setTightness}
        error={tightnessError && !parsed.ok ? parsed.message : undefined}
        hint="0 is not tight at all, 10 the worst."
      />

      <CheckInContextField value={context} onChange={setContext} past />

      <LegSymptomsBox checked={legSymptoms} onChange={setLegSymptoms} />

      <NoteField ref={noteField} value={note} onChange={setNote} />

      <div className="button-row">
        <button type="submit" className="button">
          Save
        </button>
        <button type="button" className={`button secondary ${styles.delete}`} onClick={() => void onDelete()}>
          Delete check-in
        </button>
      </div>
    </form>
  );
}
