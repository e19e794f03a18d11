'use client';
import dynamic from 'next/dynamic';

export const NextTimeLoader = dynamic(() => import('./NextTime').then((m) => m.NextTime), { ssr: false });
