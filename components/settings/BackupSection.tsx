'use client';
// "Your data": back up everything to a file (JSON), a spreadsheet of the sessions (CSV, in the
// comma or the semicolon style), and bringing a backup back. An import is
// checked in full before anything is written; the person then chooses merge (adds only what
// is new) or replace (confirmed in a dialog), and the write is all or nothing.
import { useId, useRef, useState } from 'react';
import type { Backup, CsvStyle, ImportMode } from '@/lib/backup';
import { csvStyleFor, describeReplaceLoss, exportBackup, exportSessionsCsv, exportWalkTestsCsv, explained, importBackup, readBackupFile, type Progress } from './data-actions';
import { isQuotaError, saveFailedMessage } from '@/lib/db/write-failure';
import styles from './settings.module.css';

type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly fileName: string }
  | { readonly step: 'invalid'; readonly fileName: string; readonly errors: readonly string[] }
  | { readonly step: 'ready'; readonly fileName: string; readonly backup: Backup; readonly summary: string }
  | { readonly step: 'writing'; readonly fileName: string; readonly backup: Backup; readonly summary: string; readonly mode: ImportMode };

const CSV_CHOICES: readonly { style: CsvStyle; label: string }[] = [
  { style: 'comma', label: '2.5 minutes, columns split by commas (English)' },
  { style: 'semicolon', label: '2,5 minutes, columns split by semicolons (German, French, Spanish and most of Europe)' },
];

const exportedAt = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
const count = new Intl.NumberFormat('en');

/** The spreadsheets Settings offers, each with the words for what it holds. */
const SPREADSHEETS = [
  { label: 'Save the spreadsheet', save: exportSessionsCsv, one: 'session', many: 'sessions' },
  { label: 'Save the walking tests as a spreadsheet', save: exportWalkTestsCsv, one: 'walking test', many: 'walking tests' },
] as const;

export function BackupSection({ onImported }: { onImported?: () => void }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const replaceDialog = useRef<HTMLDialogElement>(null);
  const latestRead = useRef(0);
  const [exportStatus, setExportStatus] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  // The device's own number style first; the person can pick the other for someone else's computer.
  const [csvStyle, setCsvStyle] = useState<CsvStyle>(() => csvStyleFor(undefined));
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [replaceLoss, setReplaceLoss] = useState<string | null>(null);
  const [importStatus, setImportStatus] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  // How far a long check or write has got (a large file takes seconds): shown as a bar, not announced.
  const [progress, setProgress] = useState<Progress | null>(null);

  const runExport = async (work: () => Promise<string>) => {
    setExportError(null);
    setExportStatus('');
    try {
      setExportStatus(await work());
    } catch (error) {
      setExportError(explained(error) ?? 'The file could not be made. Please try again.');
    }
  };

  const chooseFile = async (file: File | undefined) => {
    setImportStatus('');
    setImportError(null);
    if (!file) {
      setState({ step: 'idle' });
      return;
    }
    const read = ++latestRead.current;
    setState({ step: 'reading', fileName: file.name });
    setProgress(null);
    const result = await readBackupFile(file, (p) => read === latestRead.current && setProgress(p)).catch(() => ({
      ok: false as const,
      errors: ['This file could not be checked. Please try again.'],
    }));
    if (read !== latestRead.current) return; // Another file was chosen meanwhile.
    setProgress(null);
    // Browsers fire no change event for the same file chosen twice: clear a refused one so it
    // can be chosen again once fixed. The message keeps its name.
    if (!result.ok && fileInput.current) fileInput.current.value = '';
    setState(
      result.ok
        ? { step: 'ready', fileName: file.name, backup: result.backup, summary: result.summary }
        : { step: 'invalid', fileName: file.name, errors: result.errors },
    );
  };

  const reset = () => {
    latestRead.current++;
    if (fileInput.current) fileInput.current.value = '';
    setState({ step: 'idle' });
  };

  const write = async (mode: ImportMode) => {
    if (state.step !== 'ready') return;
    replaceDialog.current?.close();
    setImportError(null);
    setState({ ...state, step: 'writing', mode });
    setProgress(null);
    try {
      const message = await importBackup(state.backup, mode, setProgress);
      setProgress(null);
      reset();
      setImportStatus(message);
      onImported?.();
      fileInput.current?.focus();
    } catch (error) {
      setProgress(null);
      setState({ ...state, step: 'ready' });
      setImportError(
        isQuotaError(error)
          ? saveFailedMessage('The backup', error, { whenFull: 'Nothing was changed: import it again once there is room.' })
          : error instanceof Error && error.name === 'ImportRefusedError'
            ? error.message
            : `The backup could not be written, so nothing was changed. ${explained(error) ?? 'Please try again.'}`,
      );
    }
  };

  const askReplace = async () => {
    if (state.step !== 'ready') return;
    setReplaceLoss(await describeReplaceLoss(state.backup).catch(() => null));
    replaceDialog.current?.showModal();
  };

  const pending = state.step === 'ready' || state.step === 'writing' ? state : null;
  const busy = state.step === 'writing';

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      <p>Everything you record stays on this device. A backup file keeps a copy and moves your data to another device.</p>

      <h3>Back up your data to a file</h3>
      <p>A copy of everything you have recorded, your plan and your settings. Keep it somewhere safe, or bring it back on another device below.</p>
      <button type="button" className="button secondary" aria-describedby={`${id}-backup-note`} onClick={() => runExport(async () => `Saved ${await exportBackup(Date.now())}.`)}>
        Back up your data to a file
      </button>
      <p id={`${id}-backup-note`} className={`field-note ${styles.small}`}>
        The file is a Backstride backup (.json). Only Backstride can read it back.
      </p>

      <h3>Spreadsheet of your sessions</h3>
      <p>One row per session: the date, the routine, its minutes, how hard it felt, your tightness and your note. It opens in Excel, LibreOffice, Numbers or Google Sheets.</p>
      <fieldset className="choice-group column">
        <legend>How your spreadsheet writes numbers</legend>
        {CSV_CHOICES.map((choice) => (
          <label key={choice.style} className={`choice tall ${styles.csvChoice}`}>
            <input type="radio" name={`${id}-csv-style`} value={choice.style} checked={csvStyle === choice.style} onChange={() => setCsvStyle(choice.style)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
      {SPREADSHEETS.map((sheet) => (
        <button
          key={sheet.label}
          type="button"
          className="button secondary"
          aria-describedby={`${id}-csv-note`}
          onClick={() =>
            runExport(async () => {
              const { name, count } = await sheet.save(Date.now(), csvStyle);
              return `Saved ${name} with ${count} ${count === 1 ? sheet.one : sheet.many}.`;
            })
          }
        >
          {sheet.label}
        </button>
      ))}
      <p id={`${id}-csv-note`} className={`field-note ${styles.small}`}>
        A .csv file in UTF-8. If letters with accents look wrong in Excel, open it through Data › From Text/CSV and choose UTF-8.
      </p>
      {exportError && (
        <p className="field-error" role="alert">
          {exportError}
        </p>
      )}
      <p role="status" className={styles.status}>
        {exportStatus}
      </p>

      <h3>Bring back a backup</h3>
      <div className="field">
        <label htmlFor={`${id}-file`}>Backup file</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          className={styles.file}
          aria-invalid={state.step === 'invalid' ? true : undefined}
          aria-describedby={state.step === 'invalid' ? `${id}-file-errors` : `${id}-file-note`}
          onChange={(e) => void chooseFile(e.target.files?.[0])}
        />
        {state.step === 'invalid' ? (
          <div id={`${id}-file-errors`} className={styles.errors} role="alert">
            <p>
              <strong>{state.fileName} cannot be imported. Nothing was changed.</strong>
            </p>
            <ul>
              {state.errors.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p id={`${id}-file-note`} className="field-note">
            A .json file exported from Backstride. Nothing changes until you choose how to import it.
          </p>
        )}
      </div>

      {pending && (
        <div className={styles.preview} role="group" aria-labelledby={`${id}-preview`}>
          <p id={`${id}-preview`}>
            <strong>{pending.fileName}</strong> is a backup from {exportedAt.format(pending.backup.exportedAt)} with {pending.summary}.
          </p>
          <p id={`${id}-merge-note`}>Merge keeps everything already here and adds what is new.</p>
          <p id={`${id}-replace-note`}>Replace removes what is on this device now, settings included, and puts the backup in its place.</p>
          <div className="button-row">
            <button type="button" className="button" disabled={busy} aria-describedby={`${id}-merge-note`} onClick={() => void write('merge')}>
              Merge
            </button>
            <button type="button" className="button secondary" disabled={busy} aria-describedby={`${id}-replace-note`} onClick={() => void askReplace()}>
              Replace
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {(state.step === 'writing' || (state.step === 'reading' && progress)) && (
        // Until the first slice is written the bar has no value: the browser shows it as busy.
        <div className={`field ${styles.progress}`}>
          <label htmlFor={`${id}-progress`}>{state.step === 'reading' ? `Checking ${state.fileName}` : 'Importing the backup'}</label>
          {progress ? (
            <>
              <progress id={`${id}-progress`} max={progress.total} value={progress.done} aria-describedby={`${id}-progress-count`} />
              <span id={`${id}-progress-count`} className={`field-note ${styles.small}`}>
                {count.format(progress.done)} of {count.format(progress.total)} records
              </span>
            </>
          ) : (
            <progress id={`${id}-progress`} />
          )}
        </div>
      )}
      {importError && (
        <p className="field-error" role="alert">
          {importError}
        </p>
      )}
      <p role="status" className={styles.status}>
        {state.step === 'reading' && `Checking ${state.fileName}…`}
        {state.step === 'ready' && 'The file is a valid backup. Choose Merge or Replace to import it.'}
        {state.step === 'writing' && 'Importing…'}
        {state.step === 'idle' && importStatus}
      </p>

      <dialog ref={replaceDialog} className="dialog" aria-labelledby={`${id}-replace-title`} aria-describedby={`${id}-replace-body`}>
        <h2 id={`${id}-replace-title`}>Replace your data with this backup?</h2>
        <p id={`${id}-replace-body`}>
          This removes {replaceLoss ?? 'everything'} from this device, and your settings, and puts the backup’s {pending?.summary ?? 'records'} in their place. It cannot be
          undone.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button secondary" autoFocus onClick={() => replaceDialog.current?.close()}>
            Keep my data
          </button>
          <button type="button" className="button danger" onClick={() => void write('replace')}>
            Replace my data
          </button>
        </div>
      </dialog>
    </section>
  );
}
