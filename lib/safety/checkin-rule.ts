// When a tightness check-in should offer the red-flag screening again, and where the
// "previous" tightness comes from. Pure: the caller passes the records and the new value.
import type { CheckIn, SessionRecord } from '@/lib/model';

/** A tightness this high is worth screening whatever came before it. */
export const HIGH_TIGHTNESS = 8;
/** A rise of this many points since the last reading is a jump worth screening. */
export const TIGHTNESS_JUMP = 3;

/**
 * True when the new tightness (0–10) is high (≥ 8) or has jumped by 3 or more since
 * `previous`: the most recent earlier tightness from a check-in or a session summary (see
 * `latestTightness`). With no earlier reading only the high rule applies. A fall never
 * triggers it. Non-finite values (an empty field read as NaN) never trigger it either.
 */
export function shouldOfferScreening(previous: number | undefined, current: number): boolean {
  if (!Number.isFinite(current)) return false;
  if (current >= HIGH_TIGHTNESS) return true;
  return previous !== undefined && Number.isFinite(previous) && current - previous >= TIGHTNESS_JUMP;
}

/**
 * The most recent tightness reading: a check-in at its `at`, or a session's post-session
 * tightness at its `endedAt` (when it was rated). Pass `before` (exclusive, epoch ms) to
 * ignore readings at or after that instant, e.g. the check-in that was just saved. On a tie
 * the check-in wins, as the more deliberate answer. Undefined when there is no reading.
 */
export function latestTightness(
  checkIns: readonly CheckIn[],
  sessions: readonly SessionRecord[],
  before?: number,
): number | undefined {
  let best: { at: number; tightness: number } | undefined;
  const consider = (at: number, tightness: number | undefined) => {
    if (tightness === undefined || !Number.isFinite(tightness) || !Number.isFinite(at)) return;
    if (before !== undefined && at >= before) return;
    if (best === undefined || at > best.at) best = { at, tightness };
  };
  for (const c of checkIns) consider(c.at, c.tightness);
  for (const s of sessions) consider(s.endedAt, s.tightness);
  return best?.tightness;
}

export type ScreeningPrompt = 'leg-symptoms' | 'tightness';

/**
 * Why a check-in, walk log or session summary should offer the screening again, or null:
 * new numbness, tingling or weakness in a leg always does; otherwise the tightness rule.
 */
export function screeningPrompt(previous: number | undefined, current: number | undefined, newLegSymptoms: boolean): ScreeningPrompt | null {
  if (newLegSymptoms) return 'leg-symptoms';
  return current !== undefined && shouldOfferScreening(previous, current) ? 'tightness' : null;
}
