import { format } from 'date-fns';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { atLocalTime } from '@/lib/days';
import type { DayKey, DayMark, DayMarkKind, PlanEntry, SessionRecord, Weekday } from '@/lib/model';
import type { ReminderNotice, ReminderPlatform } from '@/lib/reminders/notify';
import type { ScreeningRecord } from '@/lib/safety';
import { createReminderLoop, releaseSnoozes, type ReminderLoop, type ReminderSnapshot } from '@/lib/reminders/scheduler';
import { buildDayMark, buildPlanEntry, buildSession } from '../../fixtures/records';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';

beforeAll(() => setZone('Europe/Berlin'));
restoreZoneAfterAll();

const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const entry = (id: string, routineId: string, time: string, over: Partial<PlanEntry> = {}): PlanEntry =>
  buildPlanEntry({ id, routineId, time, weekdays: EVERY_DAY, reminder: true, remindMinutesBefore: 0, createdAt: 0, ...over });
const MON = '2026-03-30';
const session = (routineId: string, day: DayKey = MON): SessionRecord =>
  buildSession({ id: `${routineId}-${day}`, routineId, day, startedAt: 0, endedAt: 0 });
const mark = (kind: DayMarkKind, day: DayKey = MON): DayMark => buildDayMark({ day, kind, at: 0 });
const at = (time: string, day: DayKey = MON) => atLocalTime(day, time);

function fakePlatform(options: { show?: (notice: ReminderNotice) => boolean } = {}) {
  const shown: ReminderNotice[] = [];
  const badges: number[] = [];
  const platform: ReminderPlatform = {
    supports: () => ({ notifications: true, actions: true, periodicSync: false, badge: true, installed: true, ios: false }),
    permission: () => 'granted',
    requestPermission: async () => 'granted',
    show: async (notice) => {
      const ok = options.show?.(notice) ?? true;
      if (ok) shown.push(notice);
      return ok;
    },
    setBadge: async (count) => {
      badges.push(count);
    },
    registerPeriodicSync: async () => false,
  };
  return { platform, shown, badges };
}

const walk = entry('e-walk', 'walk-ready', '07:30');

let loop: ReminderLoop | undefined;
function startLoop(data: { -readonly [K in keyof ReminderSnapshot]: ReminderSnapshot[K] }, platform: ReminderPlatform, extra: { onError?: (e: unknown) => void; read?: () => Promise<ReminderSnapshot> } = {}) {
  const notified = new Set<string>();
  const read = vi.fn(extra.read ?? (async () => ({ ...data })));
  loop = createReminderLoop({
    platform,
    read,
    now: () => Date.now(),
    notified,
    setTimer: (fn, ms) => {
      const id = setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
    ...(extra.onError ? { onError: extra.onError } : {}),
  });
  loop.start();
  return { notified, read };
}
const snapshot = (over: Partial<ReminderSnapshot> = {}) => ({
  plan: [walk] as readonly PlanEntry[],
  sessions: [] as readonly SessionRecord[],
  marks: [] as readonly DayMark[],
  settings: { rolloverHour: 3 },
  screenings: [] as readonly ScreeningRecord[],
  ...over,
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  loop?.stop();
  loop = undefined;
  vi.useRealTimers();
});

describe('createReminderLoop', () => {
  it('shows nothing a minute early and the reminder once its time comes', async () => {
    vi.setSystemTime(at('07:29'));
    const { platform, shown } = fakePlatform();
    startLoop(snapshot(), platform);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([]);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(format(Date.now(), 'HH:mm:ss')).toBe('07:30:00');
    expect(shown).toEqual([
      { key: 'e-walk@2026-03-30', title: 'Walk-ready at 07:30', body: expect.stringMatching(/^About \d+ min/), url: '/session?routine=walk-ready' },
    ]);
  });

  it('wakes up exactly when a reminder is due rather than on the next minute', async () => {
    vi.setSystemTime(at('07:29') + 30_000);
    const { platform, shown } = fakePlatform();
    startLoop(snapshot(), platform);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(shown).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toHaveLength(1);
  });

  it('does not show the same reminder again on later checks', async () => {
    vi.setSystemTime(at('07:30'));
    const { platform, shown } = fakePlatform();
    const { notified } = startLoop(snapshot(), platform);
    await vi.advanceTimersByTimeAsync(0);
    await loop!.check();
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(shown.map((n) => n.key)).toEqual(['e-walk@2026-03-30']);
    expect([...notified]).toEqual(['e-walk@2026-03-30']);
  });

  it.each([
    { case: 'the routine was already done', over: { sessions: [session('walk-ready')] } },
    { case: 'the day is marked skip', over: { marks: [mark('skip')] } },
    { case: 'the day is marked flare', over: { marks: [mark('flare')] } },
    { case: 'the entry has reminders off', over: { plan: [{ ...walk, reminder: false }] } },
  ])('shows nothing when $case', async ({ over }) => {
    vi.setSystemTime(at('07:29'));
    const { platform, shown } = fakePlatform();
    startLoop(snapshot(over), platform);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(shown).toEqual([]);
  });

  it('keeps the badge at the number of routines still due today', async () => {
    vi.setSystemTime(at('07:45'));
    const data = snapshot({ plan: [entry('e-core', 'core', '07:00'), walk, entry('e-eve', 'hamstrings', '19:00')] });
    const { platform, badges } = fakePlatform();
    startLoop(data, platform);
    await vi.advanceTimersByTimeAsync(0);
    expect(badges).toEqual([2]); // the evening stretch is not due yet

    data.sessions = [session('core')];
    await loop!.check();
    expect(badges.at(-1)).toBe(1);

    data.sessions = [session('core'), session('walk-ready')];
    await vi.advanceTimersByTimeAsync(60_000);
    expect(badges.at(-1)).toBe(0);

    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(badges).toEqual([2, 1, 0]); // unchanged counts are not re-sent

    vi.setSystemTime(at('19:00'));
    await loop!.check();
    expect(badges.at(-1)).toBe(1);
  });

  it('notices a plan change within a minute', async () => {
    vi.setSystemTime(at('07:10'));
    const evening = entry('e-eve', 'hamstrings', '19:00'); // the next reminder is hours away
    const data = snapshot({ plan: [evening] });
    const { platform, shown } = fakePlatform();
    startLoop(data, platform);
    await vi.advanceTimersByTimeAsync(0);
    data.plan = [evening, entry('e-new', 'core', '07:10')];
    await vi.advanceTimersByTimeAsync(60_000);
    expect(shown.map((n) => n.key)).toEqual(['e-new@2026-03-30']);
  });

  it('retries a reminder the platform could not show, and shows it once it can', async () => {
    vi.setSystemTime(at('07:30'));
    let allowed = false;
    const { platform, shown } = fakePlatform({ show: () => allowed });
    const { notified } = startLoop(snapshot(), platform);
    await vi.advanceTimersByTimeAsync(0);
    expect(notified.size).toBe(0);
    allowed = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(shown).toHaveLength(1);
  });

  it('keeps going after a failed read', async () => {
    vi.setSystemTime(at('07:29'));
    const errors: unknown[] = [];
    let fail = true;
    const { platform, shown } = fakePlatform();
    startLoop(snapshot(), platform, {
      onError: (e) => errors.push(e),
      read: async () => {
        if (fail) throw new Error('IndexedDB closed');
        return snapshot();
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    fail = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(shown).toHaveLength(1);
  });

  it('stops checking when stopped', async () => {
    vi.setSystemTime(at('07:00'));
    const { platform, shown } = fakePlatform();
    const { read } = startLoop(snapshot(), platform);
    await vi.advanceTimersByTimeAsync(0);
    loop!.stop();
    const reads = read.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(read.mock.calls.length).toBe(reads);
    expect(shown).toEqual([]);
  });
});

describe('reminders under a screening answer', () => {
  const SUN = '2026-03-29';
  const emergency: ScreeningRecord = { id: 'q', at: at('20:00', SUN), day: SUN, answers: { 'legs-weakness': true }, outcome: 'emergency', acknowledgedAt: at('20:01', SUN) };
  const soon: ScreeningRecord = { id: 's', at: at('20:00', SUN), day: SUN, answers: { 'cancer-history': true }, outcome: 'see-clinician' };

  it.each<[string, readonly ScreeningRecord[], number]>([
    ['an emergency answered yesterday still holds today', [emergency], 0],
    ['seen by a doctor lifts it', [{ ...emergency, seenDoctorAt: at('07:00') }], 1],
    ['"see soon" not yet booked holds reminders as advice', [soon], 0],
    ['"see soon" and the person chose to carry on', [{ ...soon, continuedAt: at('21:00', SUN) }], 1],
    ['"see soon" booked', [{ ...soon, care: { step: 'booked', at: at('21:00', SUN) } }], 1],
  ])('%s (reminders shown: %i)', async (_, screenings, expected) => {
    vi.setSystemTime(at('07:29'));
    const { platform, shown, badges } = fakePlatform();
    startLoop(snapshot({ screenings }), platform);
    await vi.advanceTimersByTimeAsync(61_000);
    expect(shown).toHaveLength(expected);
    expect(badges.at(-1)).toBe(expected);
  });

  it('drops snoozed reminders while an emergency answer holds, and shows them otherwise', async () => {
    const notice: ReminderNotice = { key: 'k~1', title: 'Walk-ready at 07:30', body: '', url: '/session?routine=walk-ready' };
    for (const [screenings, expected] of [[[emergency], 0], [[], 1]] as const) {
      const shown: ReminderNotice[] = [];
      const take = vi.fn(async () => [notice]);
      await releaseSnoozes(take, async () => snapshot({ screenings }), async (n) => (shown.push(n), true), at('08:00'));
      expect(take).toHaveBeenCalledOnce();
      expect(shown).toHaveLength(expected);
    }
  });

  it('keeps a snoozed reminder that could not be shown, and still shows the others', async () => {
    const refused: ReminderNotice = { key: 'a~1', title: 'Walk-ready at 07:30', body: '', url: '/session?routine=walk-ready' };
    const failing: ReminderNotice = { ...refused, key: 'b~1' };
    const fine: ReminderNotice = { ...refused, key: 'c~1' };
    const shown: string[] = [];
    const kept: string[] = [];
    const show = async (n: ReminderNotice) => {
      if (n === failing) throw new Error('closed');
      if (n === refused) return false;
      shown.push(n.key);
      return true;
    };
    const release = releaseSnoozes(async () => [refused, failing, fine], async () => snapshot({}), show, at('08:00'), async (n) => void kept.push(n.key));
    await expect(release).rejects.toThrow('closed');
    expect(shown).toEqual(['c~1']);
    expect(kept).toEqual(['a~1', 'b~1']);
  });

  it('drops, not keeps, snoozed reminders while an emergency answer holds', async () => {
    const notice: ReminderNotice = { key: 'k~1', title: 'Walk-ready at 07:30', body: '', url: '/session?routine=walk-ready' };
    const keep = vi.fn(async () => {});
    await releaseSnoozes(async () => [notice], async () => snapshot({ screenings: [emergency] }), async () => true, at('08:00'), keep);
    expect(keep).not.toHaveBeenCalled();
  });
});
