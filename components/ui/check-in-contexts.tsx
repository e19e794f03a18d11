// When a check-in was made, in words: the Today form asks it, the history shows and edits it.
import { useId } from 'react';
import type { CheckInContext } from '@/lib/model';

const LABELS: Readonly<Record<CheckInContext, string>> = {
  other: 'Just now',
  'before-walk': 'Before a walk',
  'after-walk': 'After a walk',
  'before-session': 'Before a routine',
  'after-session': 'After a routine',
};

export const CHECK_IN_CONTEXTS = (Object.keys(LABELS) as CheckInContext[]).map((value) => ({ value, label: LABELS[value] }));

/** For a past check-in, where "Just now" would be wrong. */
export const pastContextText = (context: CheckInContext) => (context === 'other' ? 'Another time' : LABELS[context]);

/** "When": the moment of a check-in, asked now (Today) or corrected later (`past`, Progress). */
export function CheckInContextField({ value, onChange, past = false }: { value: CheckInContext; onChange: (context: CheckInContext) => void; past?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>When</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as CheckInContext)}>
        {CHECK_IN_CONTEXTS.map((c) => (
          <option key={c.value} value={c.value}>
            {past ? pastContextText(c.value) : c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
