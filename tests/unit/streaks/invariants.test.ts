import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, atLocalTime, daysBetween, eachDay } from '@/lib/days';
import type { DayKey, DayMark, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import { scheduledRoutinesOn } from '@/lib/schedule';
import { calendar, dayStatus, habitStrength, streaks, weeklyAdherence, type History } from '@/lib/streaks';
import { buildPlanEntry, buildSession } from '../../fixtures/records';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';
import { prng } from '@/scripts/bench-data';

beforeAll(() => setZone('Australia/Lord_Howe'));
restoreZoneAfterAll();


const ROUTINES = ['core', 'core-glutes', 'hip-flexors', 'hamstrings', 'quick-reset'];

function randomHistory(seed: number): History {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const start = addDays('2024-01-01', int(400)); // spans the 2024 leap day for some seeds
  const length = 380 + int(400); // longer than a year
  const today = addDays(start, length);

  const plan: PlanEntry[] = Array.from({ length: int(4) }, (_, i) =>
    buildPlanEntry({
      id: `e${i}`,
      routineId: pick(ROUTINES),
      weekdays: ([0, 1, 2, 3, 4, 5, 6] as Weekday[]).filter(() => rand() < 0.6),
      time: pick(['07:30', '12:00', '18:45']),
      createdAt: atLocalTime(addDays(start, int(60)), '09:00'),
    }),
  );
  const diligence = rand();
  const sessions: SessionRecord[] = [];
  const marks: DayMark[] = [];
  for (const day of eachDay(start, today)) {
    for (const entry of scheduledRoutinesOn(plan, day)) {
      if (rand() < diligence) {
        sessions.push(
          buildSession({
            id: `${entry.id}-${day}`, routineId: entry.routineId, day, startedAt: 0, endedAt: 0,
            completed: rand() < 0.9, source: rand() < 0.1 ? 'manual' : 'player',
          }),
        );
      }
    }
    if (rand() < 0.08) marks.push({ day, kind: rand() < 0.5 ? 'skip' : 'flare', at: 0 });
  }
  return {
    plan, sessions, marks, today,
    options: { minimumPerDay: pick([null, 1, 2]), rolloverHour: 3, weekStartsOn: pick([0, 1] as const) },
  };
}

/** Every scheduled routine of `day` done, as the person would do it. */
function withDayDone(h: History, day: DayKey): History {
  const extra = scheduledRoutinesOn(h.plan, day).map((entry, i): SessionRecord =>
    buildSession({ id: `extra-${day}-${i}`, routineId: entry.routineId, day, startedAt: 0, endedAt: 0 }),
  );
  return { ...h, sessions: [...h.sessions, ...extra] };
}

describe('invariants over random histories longer than a year', () => {
  const seeds = Array.from({ length: 40 }, (_, i) => 1000 + i * 7919);

  it.each(seeds)('seed %i', (seed) => {
    const h = randomHistory(seed);
    const rand = prng(seed ^ 0xabcdef);

    const { current, longest } = streaks(h);
    expect(current).toBeGreaterThanOrEqual(0);
    expect(current).toBeLessThanOrEqual(longest);

    const strength = habitStrength(h);
    for (const point of strength.series) {
      expect(point.score).toBeGreaterThanOrEqual(0);
      expect(point.score).toBeLessThanOrEqual(100);
    }
    expect(strength.score).toBe(strength.series.at(-1)?.score ?? 0);

    expect(['done', 'pending', 'skip', 'flare', 'rest']).toContain(dayStatus(h, h.today));

    const span = calendar(h, addDays(h.today, -400), addDays(h.today, 7));
    expect(span).toHaveLength(408);
    for (const week of weeklyAdherence(h, 60)) {
      expect(week.done).toBeLessThanOrEqual(week.scheduled);
      if (week.ratio !== null) expect(week.ratio).toBeGreaterThanOrEqual(0);
      if (week.ratio !== null) expect(week.ratio).toBeLessThanOrEqual(1);
    }

    // Doing a day's routines never lowers the streaks or the strength, whichever day it is.
    const length = daysBetween(addDays(h.today, -500), h.today);
    for (let k = 0; k < 4; k++) {
      const day = addDays(h.today, -Math.floor(rand() * length));
      const better = withDayDone(h, k === 0 ? h.today : day);
      const after = streaks(better);
      expect(after.current).toBeGreaterThanOrEqual(current);
      expect(after.longest).toBeGreaterThanOrEqual(longest);
      expect(habitStrength(better).score).toBeGreaterThanOrEqual(strength.score - 1e-9);
    }
  });
});
