'use client';
import dynamic from 'next/dynamic';

export const SettingsLoader = dynamic(() => import('./SettingsScreen').then((m) => m.SettingsScreen), {
  ssr: false,
  loading: () => <p role="status">Loading your settings…</p>,
});
