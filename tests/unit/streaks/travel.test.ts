// Streaks do not move with the traveller: an entry's first day is stored as a local day key when
// it is written (lib/db stamps it, the database upgrade stamps older entries), and every past day
// is judged from stored day keys only. Without it, where `createdAt` falls on today's wall clock
// decided the first day: a streak of 4 read 3 in Kiritimati, and after flying west the calendar
// showed a missed day before the person had started.
import { afterEach, describe, expect, it } from 'vitest';
import { localDayKey, type PlanEntry } from '@/lib/model';
import { calendar, streaks, type History } from '@/lib/streaks';
import { buildPlanEntry, buildSession, EVERY_DAY } from '../../fixtures/records';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

restoreZoneAfterAll();
afterEach(() => setZone('UTC'));

const OPTIONS = { minimumPerDay: null, rolloverHour: 3, weekStartsOn: 1 as const };

/** An entry written at `createdAt` by a device in `zone`, stamped as lib/db stamps it. */
function writtenIn(zone: string, createdAt: number, stamped: boolean): PlanEntry {
  setZone(zone);
  const entry = buildPlanEntry({ id: 'e', routineId: 'core', weekdays: EVERY_DAY, createdAt });
  return stamped ? { ...entry, startDay: localDayKey(createdAt, OPTIONS.rolloverHour) } : entry;
}

const doneOn = (days: readonly string[]) => days.map((day, i) => buildSession({ id: `s${i}`, routineId: 'core', day }));

interface Trip {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** The instant the entry was written, on the `from` wall clock. */
  readonly createdAt: number;
  readonly startDay: string;
  readonly done: readonly string[];
  readonly today: string;
  /** The streak and the first judged day, as the person lived them at home. */
  readonly streak: number;
  /** What the first version said abroad (createdAt placed on the new wall clock). */
  readonly unstampedAbroad: { readonly streak: number; readonly firstDay: string };
}

const TRIPS: readonly Trip[] = [
  {
    name: 'east: New York → Kiritimati (UTC+14)',
    from: 'America/New_York',
    to: 'Pacific/Kiritimati',
    // Monday 1 June 2026, 14:00 in New York (18:00 UTC: already Tuesday 08:00 in Kiritimati).
    createdAt: Date.UTC(2026, 5, 1, 18),
    startDay: '2026-06-01',
    done: ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04'],
    today: '2026-06-05',
    streak: 4,
    unstampedAbroad: { streak: 3, firstDay: '2026-06-02' },
  },
  {
    name: 'west: Berlin → New York',
    from: 'Europe/Berlin',
    to: 'America/New_York',
    // Monday 1 June 2026, 07:00 in Berlin (05:00 UTC: Monday 01:00 in New York, before the 03:00 rollover).
    createdAt: Date.UTC(2026, 5, 1, 5),
    startDay: '2026-06-01',
    done: ['2026-06-01', '2026-06-02'],
    today: '2026-06-03',
    streak: 2,
    unstampedAbroad: { streak: 2, firstDay: '2026-05-31' },
  },
  {
    name: 'west: Kiritimati → New York (a day and more behind)',
    from: 'Pacific/Kiritimati',
    to: 'America/New_York',
    // Monday 1 June 2026, 09:00 in Kiritimati (19:00 UTC on Sunday: Sunday 15:00 in New York).
    createdAt: Date.UTC(2026, 4, 31, 19),
    startDay: '2026-06-01',
    done: ['2026-06-01', '2026-06-02', '2026-06-03'],
    today: '2026-06-04',
    streak: 3,
    unstampedAbroad: { streak: 3, firstDay: '2026-05-31' },
  },
  {
    name: 'Lord Howe (half-hour daylight saving) → Brisbane, written on the night the clocks go forward',
    from: 'Australia/Lord_Howe',
    to: 'Australia/Brisbane',
    // Sunday 4 October 2026, 03:10 in Lord Howe (its clocks went 02:00 → 02:30 that night, now
    // UTC+11: 16:10 UTC on Saturday), which is 02:10 in Brisbane, before the 03:00 rollover.
    createdAt: Date.UTC(2026, 9, 3, 16, 10),
    startDay: '2026-10-04',
    done: ['2026-10-04', '2026-10-05'],
    today: '2026-10-06',
    streak: 2,
    unstampedAbroad: { streak: 2, firstDay: '2026-10-03' },
  },
];

const firstJudged = (history: History, from: string) => calendar(history, from, history.today).find((d) => d.status !== 'rest')?.day;

describe.each(TRIPS)('$name', (trip) => {
  const from = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 3);
    return d.toISOString().slice(0, 10);
  };

  it('stamps the first day on the wall clock where the entry was written', () => {
    expect(writtenIn(trip.from, trip.createdAt, true).startDay).toBe(trip.startDay);
  });

  it('keeps the streak and the first day abroad', () => {
    const entry = writtenIn(trip.from, trip.createdAt, true);
    const history: History = { plan: [entry], sessions: doneOn(trip.done), marks: [], today: trip.today, options: OPTIONS };
    setZone(trip.from);
    const home = { streak: streaks(history).current, first: firstJudged(history, from(trip.startDay)) };
    setZone(trip.to);
    const abroad = { streak: streaks(history).current, first: firstJudged(history, from(trip.startDay)) };
    expect(home).toEqual({ streak: trip.streak, first: trip.startDay });
    expect(abroad).toEqual(home);
  });

  it('without the stored day (the first version) the new wall clock moved it', () => {
    const entry = writtenIn(trip.from, trip.createdAt, false);
    const history: History = { plan: [entry], sessions: doneOn(trip.done), marks: [], today: trip.today, options: OPTIONS };
    setZone(trip.to);
    expect({ streak: streaks(history).current, first: firstJudged(history, from(trip.startDay)) }).toEqual({
      streak: trip.unstampedAbroad.streak,
      first: trip.unstampedAbroad.firstDay,
    });
  });
});
