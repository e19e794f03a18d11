'use client';
// What every exercise screen shows after an emergency answer, on that day and every day after,
// until a fresh screening has no emergency answer or the person confirms a doctor has seen them.
import Link from 'next/link';
import { useId, useState } from 'react';
import { confirmSeenByDoctor } from '@/lib/db/safety';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { SCREENING_MESSAGES, type ScreeningRecord } from '@/lib/safety/screening';
import { CallEmergency } from './CallEmergency';

const dateOf = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });

export function EmergencyHold({
  record,
  onLifted,
}: {
  record: ScreeningRecord;
  /** Called once "seen by a doctor" is saved, for screens that do not re-read it live. */
  onLifted?: () => void;
}) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = () =>
    confirmSeenByDoctor(record.id, Date.now()).then(onLifted, (error: unknown) => setError(saveFailedMessage('That', error)));

  return (
    <section className="outcome outcome-emergency emergency-hold" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{SCREENING_MESSAGES.emergency.title}</h2>
      <p role="alert">
        On {dateOf(record.at)} you told Backstride about a sign that needs urgent medical attention. Please call for help or go to the nearest
        emergency department now.
      </p>
      <CallEmergency />
      <p>Backstride holds every routine, reset and reminder until a doctor has checked you.</p>
      <h3>Once you have been seen</h3>
      {confirming ? (
        <div className="confirm-box">
          <p id={`${id}-confirm`}>Has a doctor examined you since {dateOf(record.at)}? Follow what they told you about exercise.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={confirm} aria-describedby={`${id}-confirm`}>
              Yes, a doctor has seen me
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
            I have been seen by a doctor
          </button>
          <Link className="button secondary" href="/safety#screening">
            Answer the questions again
          </Link>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
