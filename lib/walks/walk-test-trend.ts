// The walking-test trend (issue 15, point 3): per test, the minutes to the first tightness and
// the minutes walked in all, against the first test, in plain words. Ordinary logged walks are
// a separate, lighter trend (tolerance.ts): they differ in pace, route and day.
import type { DayKey, WalkTest } from '@/lib/model';
import { daysBetween } from '@/lib/days';

export interface WalkTestPoint {
  readonly id: string;
  readonly day: DayKey;
  /** Minutes to the first tightness; null when it never started in the test. */
  readonly symptomMinutes: number | null;
  readonly totalMinutes: number;
}

/** Minutes to one decimal: "8", "12.5". */
const minutesOf = (ms: number) => Math.round(ms / 6_000) / 10;
const wholeMinutes = (n: number) => `${Math.round(n)} ${Math.round(n) === 1 ? 'minute' : 'minutes'}`;

/** Tests oldest first, as points. */
export function walkTestPoints(tests: readonly WalkTest[]): WalkTestPoint[] {
  return [...tests]
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1))
    .map((t) => ({ id: t.id, day: t.day, symptomMinutes: t.symptomAtMs === null ? null : minutesOf(t.symptomAtMs), totalMinutes: minutesOf(t.totalMs) }));
}

/** How long the person walked before tightness: the whole test when it never started. */
const beforeTightness = (p: WalkTestPoint) => p.symptomMinutes ?? p.totalMinutes;

/**
 * The headline: the latest test against the first, in whole minutes. "Today you walked 14
 * minutes before tightness started, 4 more than in your first test."
 */
export function walkTestHeadline(points: readonly WalkTestPoint[], today: DayKey, dayText: (day: DayKey) => string): string | null {
  const first = points[0];
  const latest = points.at(-1);
  if (!first || !latest) return null;
  const when = latest.day === today ? 'Today' : `On ${dayText(latest.day)}`;
  const walked =
    latest.symptomMinutes === null
      ? `${when} you walked ${wholeMinutes(latest.totalMinutes)} and tightness did not start`
      : `${when} you walked ${wholeMinutes(latest.symptomMinutes)} before tightness started`;
  if (latest === first) return `${walked}. This is your first walking test: the next ones are measured against it.`;
  const change = Math.round(beforeTightness(latest)) - Math.round(beforeTightness(first));
  const against = change > 0 ? `${change} more than` : change < 0 ? `${-change} fewer than` : 'the same as';
  return `${walked}, ${against} in your first test.`;
}

/** Days after the last test from which another is suggested (every two to four weeks). */
export const WALK_TEST_AGAIN_DAYS = 14;

/** Whether to suggest a walking test today: none done yet, or the last one 2 weeks ago or more. */
export function walkTestDue(points: readonly WalkTestPoint[], today: DayKey): { readonly due: boolean; readonly daysSince: number | null } {
  const latest = points.at(-1);
  if (!latest) return { due: true, daysSince: null };
  const daysSince = daysBetween(latest.day, today);
  return { due: daysSince >= WALK_TEST_AGAIN_DAYS, daysSince };
}
