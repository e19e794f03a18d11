import type { Metadata } from 'next';
import { ProgressLoader } from '@/components/progress/ProgressLoader';

export const metadata: Metadata = { title: 'Progress' };

export default function ProgressPage() {
  return (
    <>
      <h1>Progress</h1>
      <p className="lead">Your streak, how steady your habit is, and whether your walks are getting longer.</p>
      <ProgressLoader />
    </>
  );
}
