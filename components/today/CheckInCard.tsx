'use client';
// A quick check-in: how tight is your back right now (0–10), and when. A big jump or a high
// score offers the red-flag questions again.
import { saveFailedMessage } from '@/lib/db/write-failure';
import { useId, useRef, useState } from 'react';
import { addCheckIn, listCheckIns } from '@/lib/db/check-ins';
import { newId, parseWholeNumber, TIGHTNESS } from '@/lib/model';
import { listSessions } from '@/lib/db/sessions';
import type { CheckInContext } from '@/lib/model';
import { dayKey } from '@/lib/days';
import { LegSymptomsBox, ScreeningOffer } from '@/components/safety/ScreeningOffer';
import { CheckInContextField } from '@/components/ui/check-in-contexts';
import { RatingField } from '@/components/ui/RatingField';
import { latestTightness, screeningPrompt, type ScreeningPrompt } from '@/lib/safety/checkin-rule';

export const CHECK_IN_MESSAGE = `Enter a whole number from ${TIGHTNESS.min} (not tight) to ${TIGHTNESS.max} (worst).`;

export function CheckInCard({ rolloverHour }: { rolloverHour: number }) {
  const id = useId();
  const [value, setValue] = useState('');
  const [context, setContext] = useState<CheckInContext>('other');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [legSymptoms, setLegSymptoms] = useState(false);
  const [prompt, setPrompt] = useState<ScreeningPrompt | null>(null);

  // One press, one record: the id is made when the form is fresh, writes do not overlap, and
  // the second click of a double click (within a second, the field emptied by the first) is no attempt.
  const [checkInId, setCheckInId] = useState(newId);
  const writing = useRef(false);
  const savedAt = useRef(0);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (writing.current || (value.trim() === '' && Date.now() - savedAt.current < 1000)) return;
    const parsed = parseWholeNumber(value, TIGHTNESS, { message: CHECK_IN_MESSAGE });
    if (!parsed.ok) {
      setError(parsed.message);
      setSaved(null);
      return;
    }
    const tightness = parsed.value;
    setError(null);
    const at = Date.now();
    writing.current = true;
    try {
      const [checkIns, sessions] = await Promise.all([listCheckIns(), listSessions()]);
      const previous = latestTightness(checkIns.filter((c) => c.id !== checkInId), sessions, at);
      await addCheckIn({ id: checkInId, at, day: dayKey(at, rolloverHour), tightness, context, ...(legSymptoms ? { legSymptoms } : {}) });
      setPrompt(screeningPrompt(previous, tightness, legSymptoms));
      setLegSymptoms(false);
      setSaved(`Saved: ${tightness} out of 10.`);
      setValue('');
      setCheckInId(newId());
      savedAt.current = Date.now();
    } catch (caught) {
      setError(saveFailedMessage('Your check-in', caught));
    } finally {
      writing.current = false;
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Check in</h2>
      <form onSubmit={submit} noValidate className="checkin-form">
        <RatingField label="How tight is your back right now? (0–10)" value={value} onChange={setValue} error={error ?? undefined} />
        <CheckInContextField value={context} onChange={setContext} />
        <LegSymptomsBox checked={legSymptoms} onChange={setLegSymptoms} />
        <button type="submit" className="button secondary">
          Save check-in
        </button>
      </form>
      <div role="status">
        {saved && <p>{saved}</p>}
        <ScreeningOffer prompt={prompt} />
      </div>
    </section>
  );
}
