'use client';
import { lazyClient } from '@/components/ui/lazy-client';

export const PlanLoader = lazyClient(() => import('./PlanScreen').then((m) => m.PlanScreen), <p role="status">Loading your plan…</p>);
