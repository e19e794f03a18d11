// When a check-in was made, in words: the Today form asks it, the history shows and edits it.
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
