import type { Metadata } from 'next';
import { PlanLoader } from '@/components/plan/PlanLoader';

export const metadata: Metadata = { title: 'Plan' };

export default function PlanPage() {
  return (
    <>
      <h1>Plan</h1>
      <p className="lead">Choose which routines you do on which days, and when. Changes are saved as you make them.</p>
      <PlanLoader />
    </>
  );
}
