'use client';
import { lazyClient } from '@/components/ui/lazy-client';

export const SettingsLoader = lazyClient(() => import('./SettingsScreen').then((m) => m.SettingsScreen), <p role="status">Loading your settings…</p>);
