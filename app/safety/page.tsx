import type { Metadata } from 'next';
import { SafetyLoader } from '@/components/safety/SafetyLoader';
import { FASCIA_NOTE } from '@/lib/content/fascia';
import { SAFETY_REVIEWED_AT, SAFETY_SOURCES } from '@/lib/safety/review';
import { ABOUT_THIS_APP, NERVE_OR_CIRCULATION, SCREENING_QUESTIONS } from '@/lib/safety/screening';
import { AFTER_STOPPING, STOP_SIGNS } from '@/lib/safety/stop-signs';

export const metadata: Metadata = { title: 'Safety' };

const EMERGENCY_SIGNS = SCREENING_QUESTIONS.filter((q) => q.severity === 'emergency');
const SOON_SIGNS = SCREENING_QUESTIONS.filter((q) => q.severity === 'soon');
// Written out in English at build time, the way every other date on this static page reads.
const reviewedText = new Date(`${SAFETY_REVIEWED_AT}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export default function SafetyPage() {
  return (
    <>
      <h1>Safety</h1>
      <p className="lead">Backstride helps you exercise. It cannot tell what is causing your symptoms and it does not diagnose anything.</p>
      <section className="card outcome-emergency" aria-labelledby="emergency">
        <h2 id="emergency">Get emergency care now if</h2>
        <ul>
          {EMERGENCY_SIGNS.map((q) => (
            <li key={q.id}>{q.sign}</li>
          ))}
        </ul>
        <p>
          Call your emergency number (for example 112, 999, 911 or 000) or go to the nearest emergency department. After an answer like this,
          Backstride holds every routine, reset and reminder until you tell it a doctor has seen you, or until you answer the questions again with
          no emergency sign.
        </p>
      </section>
      <section className="card" aria-labelledby="soon">
        <h2 id="soon">See a doctor or physiotherapist soon if</h2>
        <ul>
          {SOON_SIGNS.map((q) => (
            <li key={q.id}>{q.sign}</li>
          ))}
        </ul>
        <p>
          After an answer like this, Today and Relief show a reminder to book an appointment until you have booked or been seen. A week later
          Backstride asks whether you were seen and whether exercise is fine. Your routines stay available if you choose to carry on.
        </p>
        <h3>{NERVE_OR_CIRCULATION.title}</h3>
        <p>
          {NERVE_OR_CIRCULATION.nerve} {NERVE_OR_CIRCULATION.circulation}
        </p>
      </section>
      <section className="card" aria-labelledby="when-asked">
        <h2 id="when-asked">When Backstride asks again</h2>
        <ul>
          <li>when you first set up the app;</li>
          <li>when a check-in, walk or session shows tightness of 8 or more, or 3 points more than last time;</li>
          <li>when you tick “new numbness, tingling or weakness in a leg” on a check-in, walk or session;</li>
          <li>every four weeks, as a short re-check.</li>
        </ul>
      </section>
      <section aria-labelledby="screening-title" id="screening" className="screening-section">
        <h2 id="screening-title">Check for warning signs</h2>
        <p>
          {SCREENING_QUESTIONS.length} yes-or-no questions, about two minutes. Answer them whenever something about your back feels new or
          different.
        </p>
        <SafetyLoader />
      </section>
      <section className="card" aria-labelledby="stop">
        <h2 id="stop">Stop an exercise if you notice</h2>
        <ul>
          {STOP_SIGNS.map((sign) => (
            <li key={sign.id}>
              <strong>{sign.sign}.</strong> {sign.why}
            </li>
          ))}
        </ul>
        <h3>{AFTER_STOPPING.title}</h3>
        <ol>
          {AFTER_STOPPING.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="fascia">
        <h2 id="fascia">{FASCIA_NOTE.title}</h2>
        {FASCIA_NOTE.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
      <section className="card" aria-labelledby="about-app">
        <h2 id="about-app">{ABOUT_THIS_APP.title}</h2>
        <p>{ABOUT_THIS_APP.body}</p>
        <p>
          The warning signs and exercise cautions follow public guidance: {SAFETY_SOURCES.join('; ')}. All wording is our own. Last reviewed on{' '}
          <time dateTime={SAFETY_REVIEWED_AT}>{reviewedText}</time>.
        </p>
      </section>
    </>
  );
}
