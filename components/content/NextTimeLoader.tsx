'use client';
import type { ReactNode } from 'react';
import { lazyClient } from '@/components/ui/lazy-client';

/** `placeholder` is the card as the static page draws it (NextTimeSkeleton): it holds the card's place until the records are read. */
export const NextTimeLoader = lazyClient<{ routineId: string; placeholder?: ReactNode }>(
  () => import('./NextTime').then((m) => m.NextTime),
  ({ placeholder }) => placeholder,
);
