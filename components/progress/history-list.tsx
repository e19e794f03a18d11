'use client';
// What the session and check-in histories share: a page of records at a time, edits that say
// "Saved", deletes that can be undone (restoring the very same record), and focus that follows
// the person's action.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { isEmptyPatch } from '@/lib/model';

export const HISTORY_PAGE = 20;

type Notice<R> =
  | { readonly kind: 'saved'; readonly text: string }
  | { readonly kind: 'deleted'; readonly record: R }
  | { readonly kind: 'restored'; readonly text: string };

export interface HistoryStore<R, P> {
  /** "session", "check-in": the word for one record in messages. */
  readonly noun: string;
  /** Says which record, in words: "Today, Walk-ready". */
  readonly describe: (record: R) => string;
  readonly update: (id: string, patch: P, at: number) => Promise<void>;
  /** Deletes the record and hands back what was stored, for undo. */
  readonly remove: (id: string) => Promise<R | undefined>;
  readonly restore: (record: R) => Promise<void>;
}

export interface HistoryList<R, P> {
  readonly visible: readonly R[];
  /** How many older records "Show more" would reveal; 0 when all are shown. */
  readonly hidden: number;
  readonly showMore: () => void;
  /** Resolves true once the change is stored (or there was none to store). */
  readonly save: (record: R, patch: P) => Promise<boolean>;
  readonly remove: (record: R) => Promise<void>;
  readonly list: RefObject<HTMLUListElement | null>;
  readonly status: React.ReactNode;
}

/** `sorted` is newest first; each item in the list carries `data-record-id` and a `<summary>`. */
export function useHistoryList<R extends { readonly id: string }, P extends object>(
  sorted: readonly R[],
  store: HistoryStore<R, P>,
): HistoryList<R, P> {
  const [shown, setShown] = useState(HISTORY_PAGE);
  const [notice, setNotice] = useState<Notice<R> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const { noun, describe } = store;
  const capital = noun[0]!.toUpperCase() + noun.slice(1);

  // Focus follows the person's action: to a restored record once the live query brings it
  // back, or to the first of the records "Show more" revealed.
  useEffect(() => {
    if (!focusId) return;
    const summary = list.current?.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(focusId)}"] summary`);
    if (summary) {
      summary.focus();
      setFocusId(null);
    }
  }, [focusId, sorted, shown]);

  useEffect(() => {
    if (notice?.kind === 'deleted') undo.current?.focus();
  }, [notice]);

  const save = async (record: R, patch: P) => {
    setError(null);
    try {
      // Only what the person changed is written; nothing changed, nothing to write.
      if (!isEmptyPatch(patch)) await store.update(record.id, patch, Date.now());
      setNotice({ kind: 'saved', text: `Saved: ${describe(record)}.` });
      return true;
    } catch (caught) {
      setError(saveFailedMessage('That change', caught));
      return false;
    }
  };

  const remove = async (record: R) => {
    setError(null);
    try {
      const stored = await store.remove(record.id);
      setNotice(stored ? { kind: 'deleted', record: stored } : null);
    } catch {
      setError(`That ${noun} could not be deleted. Please try again.`);
    }
  };

  const restore = async (record: R) => {
    setError(null);
    try {
      await store.restore(record);
      setNotice({ kind: 'restored', text: `Restored: ${describe(record)}.` });
      setFocusId(record.id);
    } catch (caught) {
      setError(saveFailedMessage(`That ${noun}`, caught));
    }
  };

  const showMore = () => {
    const next = sorted[shown];
    setShown(shown + HISTORY_PAGE);
    if (next) setFocusId(next.id);
  };

  const status = (
    <>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <div role="status" className="history-status">
        {notice?.kind === 'deleted' ? (
          <p className="banner-inline">
            {capital} deleted —{' '}
            <button ref={undo} type="button" className="link-button" onClick={() => void restore(notice.record)}>
              Undo
            </button>
          </p>
        ) : notice ? (
          <p className="banner-inline">{notice.text}</p>
        ) : null}
      </div>
    </>
  );

  return { visible: sorted.slice(0, shown), hidden: Math.max(0, sorted.length - shown), showMore, save, remove, list, status };
}

/** "Show more (20 of 45 older)". */
export function ShowMore({ hidden, onClick }: { hidden: number; onClick: () => void }) {
  if (hidden === 0) return null;
  return (
    <button type="button" className="button secondary" onClick={onClick}>
      Show more ({Math.min(HISTORY_PAGE, hidden)} of {hidden} older)
    </button>
  );
}
