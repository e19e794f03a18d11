import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SessionLoader } from '@/components/player/SessionLoader';
import { SessionSkeleton } from '@/components/player/SessionSkeleton';

export const metadata: Metadata = { title: 'Session' };

export default function SessionPage() {
  // The idle player, drawn here on the server: it holds the screen's layout until the
  // records are read, so nothing moves when the session appears.
  const placeholder = <SessionSkeleton />;
  return (
    <Suspense fallback={placeholder}>
      <SessionLoader placeholder={placeholder} />
    </Suspense>
  );
}
