import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Plan' };

export default function PlanPage() {
  return (
    <>
      <h1>Plan</h1>
      <p className="lead">Choose which routines you do on which days, and when you would like a reminder.</p>
      <p className="notice">The weekly plan editor is on its way in a coming version.</p>
    </>
  );
}
