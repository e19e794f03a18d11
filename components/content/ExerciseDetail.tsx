// One exercise, everything a person needs to learn it safely from the app alone.
import Link from 'next/link';
import { ExerciseFigure } from '@/components/figure/ExerciseFigure';
import { formatDose, type Exercise } from '@/lib/content';
import { stopSignsFor } from '@/lib/safety/stop-signs';

export function ExerciseDetail({ exercise }: { exercise: Exercise }) {
  return (
    <article className="exercise">
      <h1>{exercise.name}</h1>
      <p className="lead">{exercise.summary}</p>
      {exercise.caution && (
        <p className="notice" role="note" aria-label="Caution">
          <strong>Caution:</strong> {exercise.caution}
        </p>
      )}
      <div className="figure-card">
        <ExerciseFigure exercise={exercise} />
      </div>

      <section aria-labelledby="why">
        <h2 id="why">Why it helps</h2>
        <p>{exercise.why}</p>
      </section>

      <section aria-labelledby="dose">
        <h2 id="dose">How much</h2>
        <p className="dose">{formatDose(exercise.dose)}</p>
        {exercise.dose.restSeconds > 0 && exercise.dose.sets > 1 && <p className="muted">Rest {exercise.dose.restSeconds} s between sets.</p>}
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps">How to do it</h2>
        <p>{exercise.setup}</p>
        <ol className="steps">
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="cues">
        <h2 id="cues">Cues</h2>
        <ul>
          {exercise.cues.map((cue) => (
            <li key={cue}>{cue}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="mistakes">
        <h2 id="mistakes">Common mistakes</h2>
        <ul>
          {exercise.mistakes.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="variations">
        <h2 id="variations">Make it easier or harder</h2>
        <dl className="variations">
          <dt>Easier: {exercise.easier.name}</dt>
          <dd>{exercise.easier.how}</dd>
          <dt>Harder: {exercise.harder.name}</dt>
          <dd>{exercise.harder.how}</dd>
        </dl>
      </section>

      <section aria-labelledby="stop" className="stop-card">
        <h2 id="stop">Stop if</h2>
        <ul>
          {stopSignsFor(exercise).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p>
          <Link href="/safety">When to see a doctor or physiotherapist</Link>
        </p>
      </section>
    </article>
  );
}
