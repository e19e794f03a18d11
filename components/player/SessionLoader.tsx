'use client';
// Keeps the player, the engine, Dexie and the figure out of the route's first load. Until they
// are here, the static page's idle player (SessionSkeleton, drawn on the server) holds the layout.
import type { ReactNode } from 'react';
import { lazyClient } from '@/components/ui/lazy-client';

export const SessionLoader = lazyClient<{ placeholder?: ReactNode }>(
  () => import('./SessionScreen').then((m) => m.SessionScreen),
  ({ placeholder }) => placeholder,
);
