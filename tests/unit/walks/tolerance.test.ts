import { describe, expect, it } from 'vitest';
import type { WalkLog } from '@/lib/model';
import { toleranceSeries } from '@/lib/walks';

let seq = 0;
function walk(day: string, tightnessAtMinute: number | null, minutesWalked = 30, startedAt = 0): WalkLog {
  seq += 1;
  return { id: `w${String(seq).padStart(3, '0')}`, day, startedAt, endedAt: startedAt + minutesWalked * 60_000, minutesWalked, tightnessAtMinute };
}

describe('toleranceSeries', () => {
  it('is empty without walks', () => {
    expect(toleranceSeries([])).toEqual([]);
  });

  it('uses minutes until tightness, or the whole walk flagged reachedEnd when it never came', () => {
    const points = toleranceSeries([walk('2026-03-01', 9.5, 20), walk('2026-03-02', null, 22.4)]);
    expect(points.map(({ day, minutes, reachedEnd }) => ({ day, minutes, reachedEnd }))).toEqual([
      { day: '2026-03-01', minutes: 9.5, reachedEnd: false },
      { day: '2026-03-02', minutes: 22.4, reachedEnd: true },
    ]);
  });

  it('sorts by day, then by start time within a day, whatever order the walks come in', () => {
    const morning = walk('2026-03-05', 10, 30, 1_000);
    const evening = walk('2026-03-05', 14, 30, 9_000);
    const earlier = walk('2026-02-28', 8);
    const points = toleranceSeries([evening, morning, earlier]);
    expect(points.map((p) => p.walkId)).toEqual([earlier.id, morning.id, evening.id]);
  });

  it('sorts day keys as dates across months and years', () => {
    const points = toleranceSeries([walk('2026-01-02', 5), walk('2025-12-31', 4), walk('2026-10-01', 6)]);
    expect(points.map((p) => p.day)).toEqual(['2025-12-31', '2026-01-02', '2026-10-01']);
  });

  it('smooths with a median of the last 7 walks, fewer at the start', () => {
    // Day n gets minutes[n]; a single 60-minute outlier barely moves the trend.
    const minutes = [10, 12, 11, 60, 13, 12, 14, 15, 16, 15];
    const walks = minutes.map((m, i) => walk(`2026-04-${String(i + 1).padStart(2, '0')}`, m, 90));
    const medians = toleranceSeries(walks).map((p) => p.median);
    expect(medians).toEqual([
      10, // [10]
      11, // [10, 12]
      11, // [10, 11, 12]
      11.5, // [10, 11, 12, 60]
      12, // [10, 11, 12, 13, 60]
      12, // [10, 11, 12, 12, 13, 60]
      12, // [10, 11, 12, 12, 13, 14, 60]
      13, // window drops 10: [11, 12, 12, 13, 14, 15, 60]
      14, // drops 12: [11, 12, 13, 14, 15, 16, 60]
      15, // drops 11: [12, 13, 14, 15, 15, 16, 60]
    ]);
  });

  it('counts walks that never tightened at their full length in the median', () => {
    const medians = toleranceSeries([walk('2026-05-01', 10), walk('2026-05-02', null, 40), walk('2026-05-03', 12)]).map((p) => p.median);
    expect(medians).toEqual([10, 25, 12]);
  });

  it('reports the trend against the baseline when one is given', () => {
    const walks = [walk('2026-06-01', 10), walk('2026-06-02', 13), walk('2026-06-03', 15.3)];
    expect(toleranceSeries(walks, 10).map((p) => p.sinceBaseline)).toEqual([0, 1.5, 3]);
    expect(toleranceSeries(walks).map((p) => p.sinceBaseline)).toEqual([null, null, null]);
  });

  it('does not reorder or change the walks it was given', () => {
    const walks = [walk('2026-07-02', 5), walk('2026-07-01', 6)];
    const copy = structuredClone(walks);
    toleranceSeries(walks, 4);
    expect(walks).toEqual(copy);
  });
});
