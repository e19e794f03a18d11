'use client';
// The charts as separate lazy chunks: the streak, calendar and history are usable before the
// SVG code arrives. All four come from one module, so the browser fetches it once.
import dynamic from 'next/dynamic';
import styles from './progress.module.css';

function ChartLoading() {
  return <p className={`muted ${styles.chartLoading}`}>Loading chart…</p>;
}

// next/dynamic needs its options written inline (the compiler reads them).
export const StrengthSparkline = dynamic(() => import('./Charts').then((m) => m.StrengthSparkline), { ssr: false, loading: ChartLoading });
export const AdherenceBars = dynamic(() => import('./Charts').then((m) => m.AdherenceBars), { ssr: false, loading: ChartLoading });
export const TightnessChart = dynamic(() => import('./Charts').then((m) => m.TightnessChart), { ssr: false, loading: ChartLoading });
export const ToleranceChart = dynamic(() => import('./Charts').then((m) => m.ToleranceChart), { ssr: false, loading: ChartLoading });
