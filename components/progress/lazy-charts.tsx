'use client';
// The charts as separate lazy chunks: the streak, calendar and history are usable before the
// SVG code arrives. All four come from one module, so the browser fetches it once.
import dynamic from 'next/dynamic';
import styles from './progress.module.css';

function ChartLoading() {
  return <p className={`muted ${styles.chartLoading}`}>Loading chart…</p>;
}

// Fetched as soon as the progress screen's code runs, in parallel with reading the data,
// rather than after the first render asks for a chart.
let charts: Promise<typeof import('./Charts')> | null = null;
const loadCharts = () => (charts ??= import('./Charts'));
if (typeof window !== 'undefined') void loadCharts();

// next/dynamic needs its options written inline (the compiler reads them).
export const StrengthSparkline = dynamic(() => loadCharts().then((m) => m.StrengthSparkline), { ssr: false, loading: ChartLoading });
export const AdherenceBars = dynamic(() => loadCharts().then((m) => m.AdherenceBars), { ssr: false, loading: ChartLoading });
export const TightnessChart = dynamic(() => loadCharts().then((m) => m.TightnessChart), { ssr: false, loading: ChartLoading });
export const ToleranceChart = dynamic(() => loadCharts().then((m) => m.ToleranceChart), { ssr: false, loading: ChartLoading });
