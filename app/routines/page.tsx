import type { Metadata } from 'next';
import Link from 'next/link';
import { NextDosesLoader } from '@/components/content/NextDosesLoader';
import { RoutineSummary } from '@/components/content/RoutineSummary';
import { routines } from '@/lib/content';

export const metadata: Metadata = { title: 'Routines' };

export default function RoutinesPage() {
  return (
    <>
      <h1>Routines</h1>
      <p className="lead">Short routines for core strength, glutes, hip flexors and hamstrings. Times include getting ready and rests.</p>
      <p>
        <Link href="/exercises">Browse every exercise</Link>
      </p>
      <NextDosesLoader>
        {routines.map((routine) => (
          <RoutineSummary key={routine.id} routine={routine} />
        ))}
      </NextDosesLoader>
    </>
  );
}
