import type { Metadata } from 'next';
import { SafetyLoader } from '@/components/safety/SafetyLoader';
import { ABOUT_THIS_APP } from '@/lib/safety/screening';
import { AFTER_STOPPING, STOP_SIGNS } from '@/lib/safety/stop-signs';

export const metadata: Metadata = { title: 'Safety' };

export default function SafetyPage() {
  return (
    <>
      <h1>Safety</h1>
      <p className="lead">Backstride helps you exercise. It cannot tell what is causing your symptoms and it does not diagnose anything.</p>
      <section className="card" aria-labelledby="emergency">
        <h2 id="emergency">Get emergency care now if</h2>
        <ul>
          <li>you suddenly cannot control your bladder or bowels, or</li>
          <li>the skin around your groin, buttocks or inner thighs goes numb.</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="soon">
        <h2 id="soon">See a clinician soon if</h2>
        <ul>
          <li>numbness, tingling or weakness in a leg is new or spreading;</li>
          <li>the pain keeps getting worse, or rest does not ease it;</li>
          <li>you also have a fever, chills or weight loss you cannot explain;</li>
          <li>the pain wakes you at night, or no position changes it.</li>
        </ul>
      </section>
      <section aria-labelledby="screening-title" id="screening" className="screening-section">
        <h2 id="screening-title">Check for warning signs</h2>
        <p>Six yes-or-no questions. Answer them whenever something about your back feels new or different.</p>
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
      <section className="card" aria-labelledby="about-app">
        <h2 id="about-app">{ABOUT_THIS_APP.title}</h2>
        <p>{ABOUT_THIS_APP.body}</p>
      </section>
    </>
  );
}
