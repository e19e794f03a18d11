'use client';
// The gate loads after the page (it needs IndexedDB); until then the static content shows.
import { lazyClient } from '@/components/ui/lazy-client';
import type { SafetyGateProps } from './SafetyGate';

export const SafetyGateLoader = lazyClient<SafetyGateProps>(
  () => import('./SafetyGate').then((m) => m.SafetyGate),
  ({ children }) => children,
);
