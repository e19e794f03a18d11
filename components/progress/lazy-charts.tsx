'use client';
// The charts as separate lazy chunks: the streak, calendar and history are usable before the
// SVG code arrives. All four come from one module, so the browser fetches it once.
import dynamic from 'next/dynamic';
import styles from './progress.module.css';

function ChartLoading() {
  return <p className={`muted ${styles.chartLoading}`}>Loading chart…</p>;
}

const options = { ssr: false, loading: ChartLoading } as const;

export const StrengthSparkline = dynamic(() => import('./Charts').then((m) => m.StrengthSparkline), options);
export const AdherenceBars = dynamic(() => import('./Charts').then((m) => m.AdherenceBars), options);
export const TightnessChart = dynamic(() => import('./Charts').then((m) => m.TightnessChart), options);
export const ToleranceChart = dynamic(() => import('./Charts').then((m) => m.ToleranceChart), options);
