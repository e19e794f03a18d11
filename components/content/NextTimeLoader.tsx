'use client';
import { lazyClient } from '@/components/ui/lazy-client';

export const NextTimeLoader = lazyClient(() => import('./NextTime').then((m) => m.NextTime));
