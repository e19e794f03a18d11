'use client';
// Static exercise suggestions under a screening answer. The gate's code loads after the page (it
// needs IndexedDB); until then, and unless an emergency answer holds, the suggestions show. They
// stay mounted where they are when the gate arrives: nothing is drawn twice or loses its state.
import { useState, type ReactNode } from 'react';
import { lazyClient } from '@/components/ui/lazy-client';
import type { SafetyGateStatusProps } from './SafetyGate';

const Gate = lazyClient<SafetyGateStatusProps>(() => import('./SafetyGate').then((m) => m.SafetyGate));

export interface SafetyGateProps {
  readonly children: ReactNode;
  /** Under an emergency answer: show the emergency message in their place, or nothing. */
  readonly held?: 'message' | 'nothing';
  readonly banner?: boolean;
}

export function SafetyGateLoader({ children, held = 'message', banner = false }: SafetyGateProps) {
  const [emergency, setEmergency] = useState(false);
  return (
    <>
      <Gate held={held} banner={banner} onEmergency={setEmergency} />
      {emergency ? null : children}
    </>
  );
}
