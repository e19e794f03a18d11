'use client';
import type { ReactNode } from 'react';
import { lazyClient } from '@/components/ui/lazy-client';

export const SettingsLoader = lazyClient<{ about?: ReactNode }>(() => import('./SettingsScreen').then((m) => m.SettingsScreen), <p role="status">Loading your settings…</p>);
