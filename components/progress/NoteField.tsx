'use client';
// The optional note on a history record. Nothing is cut: a note pasted over the limit stays as
// pasted, and the field says at once that it is too long and by how much, so the person
// chooses what to shorten.
import { useId, type Ref, type RefObject } from 'react';
import { NOTE_LENGTH } from '@/lib/model';

const NOTE_MAX = NOTE_LENGTH.max;
export const NOTE_TOO_LONG = `This note is longer than ${NOTE_MAX} characters. Shorten it to save.`;

export const noteFits = (note: string) => note.length <= NOTE_MAX;

export function NoteField({ ref, value, onChange }: { ref?: Ref<HTMLTextAreaElement>; value: string; onChange: (note: string) => void }) {
  const id = useId();
  const tooLong = !noteFits(value);
  return (
    <div className="field">
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <textarea
        ref={ref}
        id={`${id}-note`}
        rows={3}
        value={value}
        aria-invalid={tooLong || undefined}
        aria-describedby={tooLong ? `${id}-note-error ${id}-note-count` : `${id}-note-count`}
        onChange={(e) => onChange(e.target.value)}
      />
      {/* Announced once when the note goes over; the count below is read with the field. */}
      {tooLong && (
        <p id={`${id}-note-error`} className="field-error" role="alert">
          {NOTE_TOO_LONG}
        </p>
      )}
      <p id={`${id}-note-count`} className={tooLong ? 'field-error' : 'field-note'}>
        {value.length} of {NOTE_MAX} characters{tooLong ? ` (${value.length - NOTE_MAX} too many)` : ''}
      </p>
    </div>
  );
}

/**
 * Before an editor saves: focuses the first field that stops it (the rating, then the note)
 * and says so with `null`; otherwise the note as it is stored (trimmed, '' as no note).
 */
export function noteToSave(ratingOk: boolean, note: string, fields: { readonly rating: RefObject<HTMLInputElement | null>; readonly note: RefObject<HTMLTextAreaElement | null> }): { readonly note: string | undefined } | null {
  if (!ratingOk) {
    fields.rating.current?.focus();
    return null;
  }
  if (!noteFits(note)) {
    fields.note.current?.focus();
    return null;
  }
  const trimmed = note.trim();
  return { note: trimmed === '' ? undefined : trimmed };
}
