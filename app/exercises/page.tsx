import type { Metadata } from 'next';
import Link from 'next/link';
import { exercises, formatDose } from '@/lib/content';

export const metadata: Metadata = { title: 'Exercises' };

export default function ExercisesPage() {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/routines">Routines</Link>
      </p>
      <h1>Exercises</h1>
      <p className="lead">Every movement in Backstride, with a demonstration, steps, cues and when to stop.</p>
      <ul className="exercise-index">
        {exercises.map((exercise) => (
          <li key={exercise.id} className="card">
            <h2>
              <Link href={`/exercises/${exercise.id}`}>{exercise.name}</Link>
            </h2>
            <p className="muted">{exercise.summary}</p>
            <p className="dose">{formatDose(exercise.dose)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
