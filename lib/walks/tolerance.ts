// Walking tolerance over time: how long each walk went before tightness started, smoothed
// with a rolling median so one good or bad day does not swing the trend line.
import type { DayKey, WalkLog } from '@/lib/model';
import { roundTenth } from './result';

/** The trend looks back over this many walks, the current one included. */
export const MEDIAN_WINDOW = 7;

export interface TolerancePoint {
  readonly walkId: string;
  readonly day: DayKey;
  /** Minutes until tightness started, or the whole walk when it never started. */
  readonly minutes: number;
  /**
   * True when tightness never started: `minutes` is then a lower bound (the person could
   * have gone further), so charts should mark it, e.g. with an open dot or an arrow.
   */
  readonly reachedEnd: boolean;
  /** Median of `minutes` over this walk and up to six before it, rounded to 0.1. */
  readonly median: number;
  /** `median` minus the baseline, rounded to 0.1; null when no baseline was given. */
  readonly sinceBaseline: number | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/**
 * One point per walk, oldest first (by day, then start time, then id so the order is stable).
 * `baselineMinutes` is what the person said they could walk before starting the program;
 * each point reports how far the trend has moved from it. Walks that reached the end
 * without tightness count at their full length, which understates tolerance rather than
 * inventing a number.
 */
export function toleranceSeries(walks: readonly WalkLog[], baselineMinutes?: number): TolerancePoint[] {
  const ordered = [...walks].sort(
    (a, b) =>
      (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
      a.startedAt - b.startedAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const baseline = baselineMinutes !== undefined && Number.isFinite(baselineMinutes) ? baselineMinutes : null;
  const minutes = ordered.map((w) => w.tightnessAtMinute ?? w.minutesWalked);
  return ordered.map((walk, i) => {
    const trend = roundTenth(median(minutes.slice(Math.max(0, i - MEDIAN_WINDOW + 1), i + 1)));
    return {
      walkId: walk.id,
      day: walk.day,
      minutes: minutes[i] ?? walk.minutesWalked,
      reachedEnd: walk.tightnessAtMinute === null,
      median: trend,
      sinceBaseline: baseline === null ? null : roundTenth(trend - baseline),
    };
  });
}
