// The "Next time" card as the static page draws it, in its final size and place: one line per
// exercise with its starting dose, and a dash where the reason goes until the records are read.
import { formatDose, getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';

export function NextTimeSkeleton({ routineId }: { routineId: string }) {
  const exercises = (getRoutine(routineId)?.exerciseIds ?? []).map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
  return (
    <section className="card" aria-labelledby="next-time" aria-busy="true">
      <h2 id="next-time">Next time</h2>
      <ul className="next-time">
        {exercises.map((exercise) => (
          <li key={exercise.id}>
            <strong>{exercise.name}:</strong> {formatDose(exercise.dose)} <span className="muted">(…)</span>
            <details className="pin-dose">
              <summary>Set my own {exercise.dose.kind === 'hold' ? 'seconds' : 'reps'}</summary>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
