'use client';
// What a screening answer changes above static exercise suggestions: after an emergency answer
// the way to get help in their place (or nothing, where the page shows that already); with
// `banner`, a "see soon" answer puts its banner above them. Loaded after the page (it needs
// IndexedDB) by SafetyGateLoader, which keeps the suggestions themselves in place meanwhile.
import { useLayoutEffect } from 'react';
import { EmergencyHold } from './EmergencyHold';
import { SeeSoonBanner } from './SeeSoonBanner';
import { useSafety } from './use-safety';

export interface SafetyGateStatusProps {
  /** Under an emergency answer: show the emergency message in the suggestions' place, or nothing. */
  readonly held: 'message' | 'nothing';
  readonly banner: boolean;
  /** Told whether an emergency answer holds, so the loader hides the suggestions. */
  readonly onEmergency: (emergency: boolean) => void;
}

export function SafetyGate({ held, banner, onEmergency }: SafetyGateStatusProps) {
  const status = useSafety()?.status;
  const emergency = status?.kind === 'emergency';
  // Before the paint, so the suggestions never show beside the emergency message.
  useLayoutEffect(() => onEmergency(emergency), [emergency, onEmergency]);
  if (status?.kind === 'emergency') return held === 'message' ? <EmergencyHold record={status.record} /> : null;
  return banner && status?.kind === 'see-soon' ? <SeeSoonBanner status={status} /> : null;
}
