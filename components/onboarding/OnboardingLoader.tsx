'use client';
import dynamic from 'next/dynamic';

export const OnboardingLoader = dynamic(() => import('./Onboarding').then((m) => m.Onboarding), {
  ssr: false,
  loading: () => <p role="status">Loading…</p>,
});
