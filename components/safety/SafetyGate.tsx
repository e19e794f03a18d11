'use client';
// Static exercise suggestions under a screening answer: after an emergency answer no reset,
// stretch or walking tip is offered, only the way to get help (or nothing, where the page
// shows that already); with `banner`, a "see soon" answer puts its banner above them.
import type { ReactNode } from 'react';
import { EmergencyHold } from './EmergencyHold';
import { SeeSoonBanner } from './SeeSoonBanner';
import { useSafety } from './use-safety';

export interface SafetyGateProps {
  readonly children: ReactNode;
  /** Under an emergency answer: show the emergency message in their place, or nothing. */
  readonly held?: 'message' | 'nothing';
  readonly banner?: boolean;
}

export function SafetyGate({ children, held = 'message', banner = false }: SafetyGateProps) {
  const status = useSafety()?.status;
  if (status?.kind === 'emergency') return held === 'message' ? <EmergencyHold record={status.record} /> : null;
  return (
    <>
      {banner && status?.kind === 'see-soon' && <SeeSoonBanner status={status} />}
      {children}
    </>
  );
}
