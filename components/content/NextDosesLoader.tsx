'use client';
// NextDosesProvider in its own chunk (Dexie stays out of the routine pages' first load);
// until it loads, the cards show the routines as written.
import type { ReactNode } from 'react';
import { lazyClient } from '@/components/ui/lazy-client';

export const NextDosesLoader = lazyClient<{ children: ReactNode }>(
  () => import('./NextDosesProvider').then((m) => m.NextDosesProvider),
  (props) => props.children,
);
