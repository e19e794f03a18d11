'use client';
// "Delete all my data": a dialog that asks for DELETE to be typed, so a stray tap cannot wipe
// months of records. The delete is one transaction: it happens completely or not at all.
import { useId, useRef, useState, type FormEvent } from 'react';
import { deleteEverything } from './data-actions';
import styles from './settings.module.css';

const CONFIRM_WORD = 'DELETE';

export function DeleteData({ onDeleted }: { onDeleted?: () => void }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const open = () => {
    setTyped('');
    setError(null);
    setStatus('');
    dialog.current?.showModal();
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== CONFIRM_WORD) {
      setError(`Type ${CONFIRM_WORD} in capital letters to confirm, or choose Cancel.`);
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await deleteEverything();
      dialog.current?.close();
      setStatus('All your data was deleted from this device.');
      onDeleted?.();
    } catch {
      setError('Your data could not be deleted, so nothing was removed. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Start over</h2>
      <p>
        Deleting removes everything Backstride keeps on this device: your plan, sessions, check-ins, walks, safety checks, settings and welcome answers. Back up your data to a file first if
        you might want any of it back.
      </p>
      <div className="button-row">
        <button type="button" className="button danger" onClick={open}>
          Delete all my data
        </button>
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>

      <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-dialog-title`} aria-describedby={`${id}-dialog-body`}>
        <h2 id={`${id}-dialog-title`}>Delete all your data?</h2>
        <p id={`${id}-dialog-body`}>This cannot be undone. Everything Backstride keeps on this device will be gone.</p>
        <form onSubmit={(e) => void confirm(e)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-confirm`}>Type {CONFIRM_WORD} to confirm</label>
            <input
              ref={field}
              id={`${id}-confirm`}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              value={typed}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-confirm-error` : undefined}
              onChange={(e) => setTyped(e.target.value)}
            />
            {error && (
              <p id={`${id}-confirm-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="button danger" disabled={busy}>
              Delete everything
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
