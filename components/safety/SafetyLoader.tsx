'use client';
import dynamic from 'next/dynamic';

export const SafetyLoader = dynamic(() => import('./SafetyScreen').then((m) => m.SafetyScreen), {
  ssr: false,
  loading: () => <p role="status">Loading the questions…</p>,
});
