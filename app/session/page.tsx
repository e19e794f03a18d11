import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SessionLoader } from '@/components/player/SessionLoader';

export const metadata: Metadata = { title: 'Session' };

export default function SessionPage() {
  return (
    <Suspense fallback={<p role="status">Loading your session…</p>}>
      <SessionLoader />
    </Suspense>
  );
}
