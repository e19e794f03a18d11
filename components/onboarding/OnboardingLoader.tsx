'use client';
import { lazyClient } from '@/components/ui/lazy-client';

export const OnboardingLoader = lazyClient(() => import('./Onboarding').then((m) => m.Onboarding), <p role="status">Loading…</p>);
