// A routine as a card: name, intent, total time, what to have to hand, and its exercises with
// their doses — the ones the next session will use, inside a NextDosesLoader.
import Link from 'next/link';
import { formatDose, formatDuration, getExercise, routineSeconds, type Routine } from '@/lib/content';
import { NextDoseText, NextRoutineTime } from './next-doses-context';
import { RoutineProps } from './RoutineProps';

export function RoutineSummary({ routine, headingLevel = 2 }: { routine: Routine; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="card routine-card" aria-labelledby={`routine-${routine.id}`}>
      <div className="routine-card-head">
        <Heading id={`routine-${routine.id}`}>
          <Link href={`/routines/${routine.id}`}>{routine.name}</Link>
        </Heading>
        <span className="pill">
          <NextRoutineTime routineId={routine.id}>{formatDuration(routineSeconds(routine))}</NextRoutineTime>
        </span>
      </div>
      <p className="muted">{routine.intent}</p>
      <RoutineProps routine={routine} />
      <ul className="exercise-list">
        {routine.exerciseIds.map((id) => {
          const exercise = getExercise(id);
          if (!exercise) return null;
          return (
            <li key={id}>
              <Link href={`/exercises/${id}`}>{exercise.name}</Link>
              <span className="muted">
                {' · '}
                <NextDoseText exerciseId={id}>{formatDose(exercise.dose)}</NextDoseText>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
