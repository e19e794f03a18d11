// What a failed write tells the person. A full disk is the one failure they can fix, so it
// gets its own words (free up space, export a backup) instead of "please try again", which
// would only fail again. Browsers and Dexie report it in several shapes; isQuotaError knows them.

/** Legacy DOMException codes: QUOTA_EXCEEDED_ERR (22) and Firefox's NS_ERROR_DOM_QUOTA_REACHED (1014). */
const QUOTA_CODES = new Set([22, 1014]);
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function fieldOf(value: object, key: string): unknown {
  return (value as Readonly<Record<string, unknown>>)[key];
}

/**
 * True when `error` says the device's storage is full: a DOMException named
 * QuotaExceededError (or its legacy codes), or a Dexie error wrapping one (`inner`, `cause`,
 * a bulk write's `failures`, or a transaction aborted because of one).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const name = fieldOf(error, 'name');
  const code = fieldOf(error, 'code');
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  if (typeof code === 'number' && QUOTA_CODES.has(code) && name !== 'ConstraintError') return true;
  const failures = fieldOf(error, 'failures');
  const nested = [fieldOf(error, 'inner'), fieldOf(error, 'cause'), ...(Array.isArray(failures) ? failures : [])];
  return nested.some((inner) => inner !== error && isQuotaError(inner, depth + 1));
}

/** Stands for a quota error already recognised (by isQuotaError) where only that fact was kept. */
export const STORAGE_FULL: Readonly<{ name: 'QuotaExceededError' }> = Object.freeze({ name: 'QuotaExceededError' });

/** What to do when storage is full, said in every such message. */
export const FREE_UP_SPACE =
  'Free up space on this device (photos, videos or apps you no longer need) and export a backup in Settings so your records are safe.';

export interface FailureWords {
  /** The next step when the failure is anything else; "Please try again." unless given. */
  readonly otherwise?: string;
  /** The next step once there is room again; "Then try again." unless given. */
  readonly whenFull?: string;
}

/**
 * The sentence for a write of `subject` ("This walk") that failed with `error`:
 * storage full → says so and what to do; anything else → "could not be saved on this device".
 */
export function saveFailedMessage(subject: string, error: unknown, words: FailureWords = {}): string {
  if (isQuotaError(error)) return `${subject} could not be saved: storage on this device is full. ${FREE_UP_SPACE} ${words.whenFull ?? 'Then try again.'}`;
  return `${subject} could not be saved on this device. ${words.otherwise ?? 'Please try again.'}`;
}
