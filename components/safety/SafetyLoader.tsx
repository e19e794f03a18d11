'use client';
import { lazyClient } from '@/components/ui/lazy-client';

export const SafetyLoader = lazyClient(() => import('./SafetyScreen').then((m) => m.SafetyScreen), <p role="status">Loading the questions…</p>);
