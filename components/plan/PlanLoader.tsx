'use client';
import dynamic from 'next/dynamic';

export const PlanLoader = dynamic(() => import('./PlanScreen').then((m) => m.PlanScreen), {
  ssr: false,
  loading: () => <p role="status">Loading your plan…</p>,
});
