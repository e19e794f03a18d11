'use client';
// Keeps the player, the engine, Dexie and the figure out of the route's first load.
import { lazyClient } from '@/components/ui/lazy-client';

export const SessionLoader = lazyClient(() => import('./SessionScreen').then((m) => m.SessionScreen), <p role="status">Loading your session…</p>);
