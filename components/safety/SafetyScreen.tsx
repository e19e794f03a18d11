'use client';
// The screening on /safety, with past answers and their dates, question by question. A
// question added after an answer was given shows as "not asked", never as "no".
import { useLiveQuery } from 'dexie-react-hooks';
import { listScreenings } from '@/lib/db/safety';
import { readSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { SCREENING_MESSAGES, SCREENING_QUESTIONS, type ScreeningRecord } from '@/lib/safety/screening';
import { ScreeningForm } from './ScreeningForm';

const dateOf = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });

function answerText(record: ScreeningRecord, id: (typeof SCREENING_QUESTIONS)[number]['id']): string {
  const value = record.answers[id];
  return value === true ? 'Yes' : value === false ? 'No' : 'Not asked';
}

function followUpText(r: ScreeningRecord): string | null {
  const parts: string[] = [];
  if (r.seenDoctorAt !== undefined) parts.push(`seen by a doctor (told us on ${dateOf(r.seenDoctorAt)})`);
  if (r.care) parts.push(`${r.care.step === 'booked' ? 'appointment booked' : 'seen'} (${dateOf(r.care.at)})`);
  if (r.followUp) {
    const said = { 'exercise-ok': 'told exercise is fine', 'advised-changes': 'advised changes', 'not-yet': 'not seen yet' }[r.followUp.answer];
    parts.push(`${said} (${dateOf(r.followUp.at)})`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

export function SafetyScreen() {
  const data = useLiveQuery(
    () => Promise.all([readSettings(), listScreenings()]).then(([settings, past]) => ({ settings, past }), () => null),
    [],
  );
  if (data === undefined) return <p role="status">Loading…</p>;
  // Storage refused: the questions still give their answer; only the history cannot be shown.
  if (data === null) {
    return (
      <>
        <p className="notice" role="alert">
          Backstride cannot read this device’s storage, so your past answers cannot be shown and new ones will not be kept.
        </p>
        <ScreeningForm rolloverHour={DEFAULT_SETTINGS.rolloverHour} />
      </>
    );
  }
  return (
    <>
      <ScreeningForm rolloverHour={data.settings.rolloverHour} />
      {data.past.length > 0 && (
        <section aria-labelledby="past-answers">
          <h2 id="past-answers">Your past answers</h2>
          <ul className="past-screenings">
            {data.past.slice(0, 10).map((r) => {
              const after = followUpText(r);
              return (
                <li key={r.id}>
                  <details>
                    <summary>
                      <time dateTime={new Date(r.at).toISOString()}>{dateOf(r.at)}</time>: {SCREENING_MESSAGES[r.outcome].title}
                    </summary>
                    {after && <p>Afterwards: {after}.</p>}
                    <dl className="past-answers">
                      {SCREENING_QUESTIONS.map((q) => (
                        <div key={q.id}>
                          <dt>{q.question}</dt>
                          <dd>{answerText(r, q.id)}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
