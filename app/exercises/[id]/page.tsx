import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExerciseDetail } from '@/components/content/ExerciseDetail';
import { exerciseIds, getExercise } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return exerciseIds.map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/exercises/[id]'>): Promise<Metadata> {
  const { id } = await params;
  return { title: getExercise(id)?.name ?? 'Exercise not found' };
}

export default async function ExercisePage({ params }: PageProps<'/exercises/[id]'>) {
  const { id } = await params;
  const exercise = getExercise(id);
  if (!exercise) notFound();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/exercises">Exercises</Link>
      </p>
      <ExerciseDetail exercise={exercise} />
    </>
  );
}
