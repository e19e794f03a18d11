'use client';
// Keeps the player, the engine, Dexie and the figure out of the route's first load.
import dynamic from 'next/dynamic';

export const SessionLoader = dynamic(() => import('./SessionScreen').then((m) => m.SessionScreen), {
  ssr: false,
  loading: () => <p role="status">Loading your session…</p>,
});
