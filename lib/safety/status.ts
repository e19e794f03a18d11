// Where the person stands after their screenings: held by an emergency answer, advised to see
// a doctor or physiotherapist soon, or free to exercise; and whether a re-check is due. One
// pure function of the stored records and the day, read by Today, Relief, the player, the
// plan's calendar export and the reminders alike.
import { addDays, dayKey } from '@/lib/days';
import type { DayKey } from '@/lib/model';
import { QUESTION_IDS, screen, type ScreeningRecord } from './screening';

/** Days between the booking (or a "not yet") and the question "Were you seen?". */
export const FOLLOW_UP_DAYS = 7;
/** Days after which the screening is offered again as a short re-check. */
export const RECHECK_DAYS = 28;

export type SoonStage =
  /** Not booked yet: the banner stands and the program is on hold as advice. */
  | 'advice'
  /** Booked or seen: nothing to ask until the follow-up day. */
  | 'waiting'
  /** The follow-up day has come: "Were you seen? Did they say exercise is fine?" */
  | 'follow-up';

export type SafetyStatus =
  /** No exercise of any kind may be offered: routines, resets, reminders. */
  | { readonly kind: 'emergency'; readonly record: ScreeningRecord }
  | {
      readonly kind: 'see-soon';
      readonly record: ScreeningRecord;
      readonly stage: SoonStage;
      /** The person chose to carry on with routines while the advice stands. */
      readonly continued: boolean;
      /** The day the follow-up question is (or was) due; absent before anything is booked. */
      readonly followUpDay?: DayKey;
    }
  | { readonly kind: 'clear'; readonly record?: ScreeningRecord };

export type RecheckReason =
  /** No screening has ever been saved (the welcome questions were skipped). */
  | 'never'
  /** The latest screening is four weeks old or more. */
  | 'four-weeks'
  /** The latest screening predates questions this version asks ("not asked"). */
  | 'new-questions';

/** The latest screening by the time it was saved. */
export function latestOf(screenings: readonly ScreeningRecord[]): ScreeningRecord | undefined {
  let latest: ScreeningRecord | undefined;
  for (const s of screenings) if (!latest || s.at > latest.at) latest = s;
  return latest;
}

/**
 * The state the latest screening leaves. An emergency answer holds every exercise until a
 * newer screening has no emergency answer or the person confirms a doctor has seen them; it
 * never lifts by the calendar alone. A "see soon" answer stands until they book or are seen,
 * then asks after FOLLOW_UP_DAYS whether they were seen; "exercise is fine" or "they advised
 * changes" ends it, "not yet" asks again a week later. The outcome is judged from the answers
 * with today's questions, falling back to the stored outcome, so neither can under-read.
 */
export function safetyStatus(screenings: readonly ScreeningRecord[], today: DayKey, rolloverHour: number): SafetyStatus {
  const record = latestOf(screenings);
  if (!record) return { kind: 'clear' };
  const judged = screen(record.answers).outcome;
  const emergency = judged === 'emergency' || record.outcome === 'emergency';
  if (emergency) return record.seenDoctorAt === undefined ? { kind: 'emergency', record } : { kind: 'clear', record };
  const soon = judged === 'see-clinician' || record.outcome === 'see-clinician';
  if (!soon) return { kind: 'clear', record };

  const continued = record.continuedAt !== undefined;
  const { care, followUp } = record;
  if (followUp && followUp.answer !== 'not-yet') return { kind: 'clear', record };
  if (!care) return { kind: 'see-soon', record, stage: 'advice', continued };
  const askFrom = followUp?.answer === 'not-yet' ? followUp.at : care.at;
  const followUpDay = addDays(dayKey(askFrom, rolloverHour), FOLLOW_UP_DAYS);
  return { kind: 'see-soon', record, stage: today >= followUpDay ? 'follow-up' : 'waiting', continued, followUpDay };
}

/**
 * Nothing should nudge the person to exercise: an emergency, or the "see soon" advice before
 * they have booked, unless they chose to carry on. Reminders follow this.
 */
export const holdsReminders = (status: SafetyStatus): boolean =>
  status.kind === 'emergency' || (status.kind === 'see-soon' && status.stage === 'advice' && !status.continued);

/**
 * Whether to offer the screening again as a short re-check, and why; null when not. Only
 * while nothing holds (an emergency or "see soon" message already asks for more than that).
 */
export function recheckDue(screenings: readonly ScreeningRecord[], today: DayKey): RecheckReason | null {
  const latest = latestOf(screenings);
  if (!latest) return 'never';
  if (QUESTION_IDS.some((id) => typeof latest.answers[id] !== 'boolean')) return 'new-questions';
  return today >= addDays(latest.day, RECHECK_DAYS) ? 'four-weeks' : null;
}
