import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NextDosesLoader } from '@/components/content/NextDosesLoader';
import { NextDoseText, NextRoutineTime } from '@/components/content/next-doses-context';
import { NextTimeLoader } from '@/components/content/NextTimeLoader';
import { NextTimeSkeleton } from '@/components/content/NextTimeSkeleton';
import { RoutineProps } from '@/components/content/RoutineProps';
import { formatDose, formatDuration, getExercise, getRoutine, routineIds, routineSeconds } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return routineIds.map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/routines/[id]'>): Promise<Metadata> {
  const { id } = await params;
  return { title: getRoutine(id)?.name ?? 'Routine not found' };
}

export default async function RoutinePage({ params }: PageProps<'/routines/[id]'>) {
  const { id } = await params;
  const routine = getRoutine(id);
  if (!routine) notFound();
  return (
    <NextDosesLoader>
      <p className="breadcrumb">
        <Link href="/routines">Routines</Link>
      </p>
      <h1>{routine.name}</h1>
      <p className="lead">{routine.intent}</p>
      <p className="routine-meta">
        <span className="pill">
          <NextRoutineTime routineId={routine.id}>{formatDuration(routineSeconds(routine))}</NextRoutineTime>
        </span> · {routine.exerciseIds.length}{' '}
        {routine.exerciseIds.length === 1 ? 'exercise' : 'exercises'}
      </p>
      <RoutineProps routine={routine} />
      <Link className="button start-button" href={`/session?routine=${routine.id}`}>
        Start {routine.name}
      </Link>
      <NextTimeLoader routineId={routine.id} placeholder={<NextTimeSkeleton routineId={routine.id} />} />
      <h2>Exercises</h2>
      <ol className="routine-exercises">
        {routine.exerciseIds.map((exerciseId) => {
          const exercise = getExercise(exerciseId);
          if (!exercise) return null;
          return (
            <li key={exerciseId} className="card">
              <h3>
                <Link href={`/exercises/${exerciseId}`}>{exercise.name}</Link>
              </h3>
              <p className="muted">{exercise.summary}</p>
              <p className="dose">
                <NextDoseText exerciseId={exerciseId}>{formatDose(exercise.dose)}</NextDoseText>
              </p>
            </li>
          );
        })}
      </ol>
    </NextDosesLoader>
  );
}
