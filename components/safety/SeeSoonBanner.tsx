'use client';
// The calm, persistent "see a doctor or physiotherapist soon" banner: it stands until the
// person has booked or been seen, then asks a week later whether they were seen and whether
// exercise is fine. On Today it also says the program is on hold as advice.
import Link from 'next/link';
import { useId, useState } from 'react';
import { answerFollowUp, continueWhileAdvised, recordCare } from '@/lib/db/safety';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { parseDay } from '@/lib/days';
import type { SafetyStatus } from '@/lib/safety/status';

type SeeSoon = Extract<SafetyStatus, { kind: 'see-soon' }>;

const dateOf = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });
const dayText = (day: string) => parseDay(day).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

export function SeeSoonBanner({ status, onToday = false }: { status: SeeSoon; onToday?: boolean }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const { record, stage } = status;
  const act = (work: Promise<unknown>) => work.catch((error: unknown) => setError(saveFailedMessage('That', error)));
  const errorLine = error && (
    <p className="field-error" role="alert">
      {error}
    </p>
  );

  if (stage === 'waiting') {
    if (!onToday || !status.followUpDay) return null;
    return (
      <p className="card soon-note">
        {record.care?.step === 'seen' ? 'You have been seen about your warning sign.' : 'You have booked an appointment about your warning sign.'} On{' '}
        {dayText(status.followUpDay)} Backstride will ask how it went.
      </p>
    );
  }

  if (stage === 'follow-up') {
    return (
      <section className="outcome outcome-see-clinician soon-banner" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Were you seen? Did they say exercise is fine?</h2>
        <p>On {dateOf(record.at)} you answered yes to a warning sign, and you said you would get it checked.</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => act(answerFollowUp(record.id, 'exercise-ok', Date.now()))}>
            Yes, exercise is fine
          </button>
          <button type="button" className="button secondary" onClick={() => act(answerFollowUp(record.id, 'advised-changes', Date.now()))}>
            Yes, and they advised changes
          </button>
          <button type="button" className="button secondary" onClick={() => act(answerFollowUp(record.id, 'not-yet', Date.now()))}>
            Not yet, ask me in a week
          </button>
        </div>
        <p className="muted">
          If they advised changes, follow them: you can leave out any routine in <Link href="/plan">your plan</Link>.
        </p>
        {errorLine}
      </section>
    );
  }

  return (
    <section className="outcome outcome-see-clinician soon-banner" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>See a doctor or physiotherapist soon</h2>
      <p>
        On {dateOf(record.at)} you answered yes to a warning sign that exercise is not meant to deal with. Please book an appointment in the next
        few days. <Link href="/safety">See your answers</Link>
      </p>
      {onToday &&
        (status.continued ? (
          <p>You chose to carry on with your routines meanwhile. Go gently, and stop if anything gets worse.</p>
        ) : (
          <p>
            <strong>Your program is on hold until you have been checked.</strong> This is advice: your routines are still here if you choose to
            carry on.
          </p>
        ))}
      <div className="button-row">
        <button type="button" className="button" onClick={() => act(recordCare(record.id, 'booked', Date.now()))}>
          I have booked an appointment
        </button>
        <button type="button" className="button secondary" onClick={() => act(recordCare(record.id, 'seen', Date.now()))}>
          I have been seen
        </button>
        {onToday && !status.continued && (
          <button type="button" className="button secondary" onClick={() => act(continueWhileAdvised(record.id, Date.now()))}>
            Carry on with my routines
          </button>
        )}
      </div>
      {errorLine}
    </section>
  );
}

/** The short re-check: every four weeks, after new questions were added, or never done. */
export function RecheckCard({ reason }: { reason: 'never' | 'four-weeks' | 'new-questions' }) {
  const text = {
    never: 'You have not answered the warning-sign questions yet. It takes about two minutes.',
    'four-weeks': 'It has been four weeks since you last answered the warning-sign questions. A quick check keeps your plan safe.',
    'new-questions': 'Backstride now asks about more warning signs than when you last answered. Please take a minute to go through them.',
  }[reason];
  return (
    <section className="card recheck" aria-labelledby="recheck-title">
      <h2 id="recheck-title">Time for a safety check</h2>
      <p>{text}</p>
      <Link className="button secondary" href="/safety#screening">
        Answer the questions
      </Link>
    </section>
  );
}
