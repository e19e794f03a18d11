'use client';
// The screening on /safety, with past answers and their dates.
import { useLiveQuery } from 'dexie-react-hooks';
import { listScreenings } from '@/lib/db/safety';
import { readSettings } from '@/lib/db/settings';
import { SCREENING_MESSAGES } from '@/lib/safety/screening';
import { ScreeningForm } from './ScreeningForm';

export function SafetyScreen() {
  const data = useLiveQuery(async () => ({ settings: await readSettings(), past: await listScreenings() }), []);
  if (!data) return <p role="status">Loading…</p>;
  return (
    <>
      <ScreeningForm rolloverHour={data.settings.rolloverHour} />
      {data.past.length > 0 && (
        <section aria-labelledby="past-answers">
          <h2 id="past-answers">Your past answers</h2>
          <ul className="past-screenings">
            {data.past.slice(0, 10).map((r) => (
              <li key={r.id}>
                <time dateTime={new Date(r.at).toISOString()}>{new Date(r.at).toLocaleDateString(undefined, { dateStyle: 'medium' })}</time>:{' '}
                {SCREENING_MESSAGES[r.outcome].title}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
