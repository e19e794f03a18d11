'use client';
// Today's data needs IndexedDB (Dexie); loading it after the page keeps first load small. Until
// it is read, the static page's skeleton (TodaySkeleton, drawn on the server) holds the layout.
import type { ReactNode } from 'react';
import { lazyClient } from '@/components/ui/lazy-client';

export const TodayLoader = lazyClient<{ placeholder?: ReactNode }>(
  () => import('./TodayView').then((m) => m.TodayView),
  ({ placeholder }) => placeholder,
);
