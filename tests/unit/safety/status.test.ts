import { describe, expect, it } from 'vitest';
import { atLocalTime } from '@/lib/days';
import {
  FOLLOW_UP_DAYS,
  QUESTION_IDS,
  holdsReminders,
  recheckDue,
  safetyStatus,
  type ScreeningAnswers,
  type ScreeningRecord,
} from '@/lib/safety';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

setZone('Europe/London');
restoreZoneAfterAll();

const ROLL = 3;
const allNo = Object.fromEntries(QUESTION_IDS.map((id) => [id, false])) as ScreeningAnswers;
const at = (day: string, time = '10:00') => atLocalTime(day, time);

function record(id: string, day: string, answers: ScreeningAnswers, over: Partial<ScreeningRecord> = {}): ScreeningRecord {
  const outcome = Object.values(answers).some(Boolean)
    ? answers['bladder-bowel'] || answers['saddle-numbness'] || answers['legs-weakness'] || answers['urine-bowel-feeling'] || answers['genital-numbness']
      ? 'emergency'
      : 'see-clinician'
    : 'clear';
  return { id, at: at(day), day, answers, outcome, ...over };
}

const emergency = (day: string, over: Partial<ScreeningRecord> = {}) => record(`e-${day}`, day, { ...allNo, 'legs-weakness': true }, over);
const soon = (day: string, over: Partial<ScreeningRecord> = {}) => record(`s-${day}`, day, { ...allNo, 'cancer-history': true }, over);
const clear = (day: string) => record(`c-${day}`, day, allNo);

describe('safetyStatus: the emergency hold', () => {
  it.each<[string, ScreeningRecord[], string, 'emergency' | 'clear']>([
    ['the day of the answer', [emergency('2026-12-01')], '2026-12-01', 'emergency'],
    ['the next day, acknowledged', [emergency('2026-12-01', { acknowledgedAt: at('2026-12-01', '10:01') })], '2026-12-02', 'emergency'],
    ['a month later, acknowledged', [emergency('2026-12-01', { acknowledgedAt: at('2026-12-01', '10:01') })], '2027-01-01', 'emergency'],
    ['after a dated "seen by a doctor"', [emergency('2026-12-01', { seenDoctorAt: at('2026-12-02') })], '2026-12-02', 'clear'],
    ['after a fresh all-clear', [emergency('2026-12-01'), clear('2026-12-03')], '2026-12-03', 'clear'],
    ['after a fresh screening with only a "see soon" sign', [emergency('2026-12-01'), soon('2026-12-03')], '2026-12-03', 'clear'],
    ['an older all-clear does not lift a newer emergency', [clear('2026-11-01'), emergency('2026-12-01')], '2026-12-05', 'emergency'],
    ['a record stored as clear but with an emergency yes (read from the answers)', [{ ...emergency('2026-12-01'), outcome: 'clear' }], '2026-12-02', 'emergency'],
    ['a first-version emergency record (old ids only)', [record('v1', '2026-11-20', { 'bladder-bowel': true, acknowledgedAt: undefined } as ScreeningAnswers)], '2026-12-01', 'emergency'],
  ])('%s', (_, screenings, today, kind) => {
    const status = safetyStatus(screenings, today, ROLL);
    const expected = kind === 'emergency' ? 'emergency' : status.kind === 'see-soon' ? 'see-soon' : 'clear';
    expect(status.kind).toBe(expected);
    if (kind === 'emergency') expect(holdsReminders(status)).toBe(true);
  });

  it('a fresh "see soon" screening after an emergency replaces the hold with the see-soon advice', () => {
    expect(safetyStatus([emergency('2026-12-01'), soon('2026-12-03')], '2026-12-03', ROLL)).toMatchObject({ kind: 'see-soon', stage: 'advice' });
  });

  it('the latest screening is chosen by time, not by list order', () => {
    expect(safetyStatus([clear('2026-12-03'), emergency('2026-12-01')], '2026-12-04', ROLL).kind).toBe('clear');
  });
});

describe('safetyStatus: "see a doctor or physiotherapist soon"', () => {
  const booked = at('2026-12-02', '09:00');
  it.each<[string, Partial<ScreeningRecord>, string, string | null, boolean]>([
    // [case, record fields, today, stage (null = clear), reminders held]
    ['not booked: the banner stands', {}, '2026-12-01', 'advice', true],
    ['not booked, weeks later: still stands', {}, '2027-01-10', 'advice', true],
    ['not booked but chose to carry on: reminders resume', { continuedAt: at('2026-12-01', '11:00') }, '2026-12-01', 'advice', false],
    ['booked: nothing to ask yet', { care: { step: 'booked', at: booked } }, '2026-12-08', 'waiting', false],
    ['booked: the follow-up comes after 7 days', { care: { step: 'booked', at: booked } }, '2026-12-09', 'follow-up', false],
    ['seen: the follow-up also comes after 7 days', { care: { step: 'seen', at: booked } }, '2026-12-09', 'follow-up', false],
    ['follow-up "exercise is fine" ends it', { care: { step: 'booked', at: booked }, followUp: { answer: 'exercise-ok', at: at('2026-12-09') } }, '2026-12-09', null, false],
    ['follow-up "advised changes" ends it', { care: { step: 'booked', at: booked }, followUp: { answer: 'advised-changes', at: at('2026-12-09') } }, '2026-12-10', null, false],
    ['follow-up "not yet" waits another week', { care: { step: 'booked', at: booked }, followUp: { answer: 'not-yet', at: at('2026-12-09') } }, '2026-12-15', 'waiting', false],
    ['… then asks again', { care: { step: 'booked', at: booked }, followUp: { answer: 'not-yet', at: at('2026-12-09') } }, '2026-12-16', 'follow-up', false],
  ])('%s', (_, over, today, stage, held) => {
    const status = safetyStatus([soon('2026-12-01', over)], today, ROLL);
    if (stage === null) expect(status.kind).toBe('clear');
    else expect(status).toMatchObject({ kind: 'see-soon', stage });
    expect(status.kind).not.toBe('emergency');
    expect(holdsReminders(status)).toBe(held);
  });

  it('dates the follow-up from the booking day after rollover: booked at 01:00 counts for the day before', () => {
    const status = safetyStatus([soon('2026-12-01', { care: { step: 'booked', at: at('2026-12-03', '01:00') } })], '2026-12-09', ROLL);
    expect(status).toMatchObject({ kind: 'see-soon', stage: 'follow-up', followUpDay: '2026-12-09' });
    expect(FOLLOW_UP_DAYS).toBe(7);
  });

  it('a fresh all-clear ends the advice', () => {
    expect(safetyStatus([soon('2026-12-01'), clear('2026-12-05')], '2026-12-05', ROLL).kind).toBe('clear');
  });
});

describe('recheckDue', () => {
  it.each<[string, ScreeningRecord[], string, string | null]>([
    ['never screened', [], '2026-12-01', 'never'],
    ['screened today', [clear('2026-12-01')], '2026-12-01', null],
    ['27 days later', [clear('2026-12-01')], '2026-12-28', null],
    ['28 days later', [clear('2026-12-01')], '2026-12-29', 'four-weeks'],
    ['a first-version screening: the new questions are "not asked"', [record('v1', '2026-11-30', { 'bladder-bowel': false, 'saddle-numbness': false, 'leg-neuro': false, 'worsening-pain': false, systemic: false, 'night-position': false })], '2026-12-01', 'new-questions'],
  ])('%s', (_, screenings, today, reason) => {
    expect(recheckDue(screenings, today)).toBe(reason);
  });
});
