import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Routines' };

export default function RoutinesPage() {
  return (
    <>
      <h1>Routines</h1>
      <p className="lead">Short routines for core strength, glutes, hip flexors and hamstrings.</p>
    </>
  );
}
