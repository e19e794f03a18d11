// The report's figures from stored rows (issue 15, point 4): the period, warning signs first and
// judged from the answers, doses now against the start, notes only when chosen, an empty period.
import { describe, expect, it } from 'vitest';
import { reportPeriod, reportView, weekDoneText } from '@/components/report/report-view';
import { atLocalTime } from '@/lib/days';
import { QUESTION_IDS, type ScreeningAnswers } from '@/lib/model';
import { buildCheckIn, buildDayMark, buildDose, buildPlanEntry, buildScreening, buildSession, buildSettings, buildWalk } from '../../fixtures/records';

const TODAY = '2026-12-03'; // a Thursday
const NOW = atLocalTime(TODAY, '10:00');
const settings = buildSettings({ weekStartsOn: 1, rolloverHour: 3 });
const allNo: ScreeningAnswers = Object.fromEntries(QUESTION_IDS.map((id) => [id, false]));
const plan = [buildPlanEntry({ id: 'p1', routineId: 'core', createdAt: atLocalTime('2026-06-01', '08:00'), startDay: '2026-06-01' })];
const rows = (over = {}) => ({ plan, sessions: [], marks: [], checkIns: [], walks: [], walkTests: [], screenings: [], doses: [], settings, ...over });

describe('reportPeriod', () => {
  it.each([
    ['4w', '2026-06-01', { from: '2026-11-09', to: TODAY, weeks: 4 }],
    ['12w', '2026-06-01', { from: '2026-09-14', to: TODAY, weeks: 12 }],
    ['all', '2026-06-01', { from: '2026-06-01', to: TODAY, weeks: 27 }],
    ['12w', '2026-11-25', { from: '2026-11-25', to: TODAY, weeks: 2 }],
    ['4w', TODAY, { from: TODAY, to: TODAY, weeks: 1 }],
  ] as const)('%s since %s', (range, firstUse, expected) => {
    expect(reportPeriod(range, TODAY, firstUse, 1)).toEqual(expected);
  });
});

describe('reportView', () => {
  it('says a period with no records is empty, and still shows the plan', () => {
    const view = reportView(rows({ sessions: [buildSession({ day: '2026-07-01', startedAt: atLocalTime('2026-07-01', '08:00') })] }), '4w', NOW);
    expect(view.empty).toBe(true);
    expect(view.plan).toEqual([{ id: 'p1', routine: expect.any(String), days: 'Every day', time: '07:30' }]);
  });

  it('puts a warning sign first, judged from the answers, not the stored outcome', () => {
    const answers = { ...allNo, 'saddle-numbness': true };
    const screening = buildScreening({ day: '2026-11-30', at: atLocalTime('2026-11-30', '09:00'), answers, outcome: 'clear', acknowledgedAt: atLocalTime('2026-11-30', '09:05') });
    const view = reportView(rows({ screenings: [screening] }), '4w', NOW);
    expect(view.warnings).toHaveLength(1);
    expect(view.warnings[0]).toMatchObject({ outcome: 'Get emergency care now', severity: 'emergency', when: '30 November 2026' });
    expect(view.warnings[0]!.signs[0]).toMatch(/^[A-Z]/);
    expect(view.warnings[0]!.followUp).toEqual(['Read the emergency advice on 30 November 2026.']);
  });

  it('the latest answers with a warning sign lead the report even when given before the period', () => {
    const old = buildScreening({ day: '2026-07-01', at: atLocalTime('2026-07-01', '09:00'), answers: { ...allNo, 'cancer-history': true }, outcome: 'see-clinician' });
    const view = reportView(rows({ screenings: [old] }), '4w', NOW);
    expect(view.screenings).toEqual([]);
    expect(view.warnings.map((w) => w.outcome)).toEqual(['See a doctor or physiotherapist soon']);
  });

  it('a later all-clear means an old warning sign is not repeated at the top', () => {
    const old = buildScreening({ day: '2026-07-01', at: atLocalTime('2026-07-01', '09:00'), answers: { ...allNo, 'cancer-history': true } });
    const clear = buildScreening({ day: '2026-11-20', at: atLocalTime('2026-11-20', '09:00'), answers: allNo, outcome: 'clear' });
    const view = reportView(rows({ screenings: [old, clear] }), '4w', NOW);
    expect(view.warnings).toEqual([]);
    expect(view.screenings.map((s) => s.outcome)).toEqual(['No warning signs today']);
  });

  it('counts sessions and planned days per week, and the whole period', () => {
    const day = (d: string) => ({ day: d, startedAt: atLocalTime(d, '08:00'), endedAt: atLocalTime(d, '08:10') });
    const sessions = ['2026-11-30', '2026-12-01', '2026-12-02'].map((d) => buildSession(day(d)));
    const view = reportView(rows({ sessions }), '4w', NOW);
    expect(view.weekRows.at(-1)).toEqual({ weekStart: '2026-11-30', sessions: 3, done: 3, partial: 0, planned: 3 });
    expect(view.weekRows).toHaveLength(4);
    expect(view.adherenceText).toMatch(/^3 of \d+ planned days done \(\d+ %\); 3 sessions in all\.$/);
  });

  it('a day with only some of its routines done is counted as partly done, in words', () => {
    const twoADay = [...plan, buildPlanEntry({ id: 'p2', routineId: 'walk-ready', createdAt: atLocalTime('2026-06-01', '08:00'), startDay: '2026-06-01' })];
    const sessions = [buildSession({ day: '2026-12-01', startedAt: atLocalTime('2026-12-01', '08:00'), endedAt: atLocalTime('2026-12-01', '08:10') })];
    const view = reportView(rows({ plan: twoADay, sessions }), '4w', NOW);
    const week = view.weekRows.at(-1)!;
    expect(week).toMatchObject({ done: 0, partial: 1, sessions: 1 });
    expect(weekDoneText(week)).toBe(`0 of ${week.planned} (1 partly done)`);
    expect(weekDoneText({ planned: 0, done: 0, partial: 0 })).toBe('none planned');
  });

  it('shows each planned exercise’s dose now against the start, marking the changed ones', () => {
    const view = reportView(rows({ doses: [buildDose({ exerciseId: 'forearm-plank', amount: 40 })] }), '12w', NOW);
    const plank = view.doses.find((d) => d.name === 'Forearm plank');
    expect(plank).toMatchObject({ changed: true });
    expect(plank!.now).not.toBe(plank!.start);
    expect(view.doses.filter((d) => !d.changed).every((d) => d.now === d.start)).toBe(true);
  });

  it('lists flare and skip days with their reasons, and notes only when the person chooses', () => {
    const marks = [buildDayMark({ day: '2026-11-20', kind: 'flare', reason: 'long drive' }), buildDayMark({ day: '2026-11-22', kind: 'skip' })];
    const checkIns = [buildCheckIn({ day: '2026-11-21', at: atLocalTime('2026-11-21', '08:00'), note: 'stiff after the drive' })];
    const without = reportView(rows({ marks, checkIns }), '4w', NOW);
    expect(without.marks).toEqual([
      { day: '2026-11-20', when: '20 November 2026', kind: 'Flare day', reason: 'long drive' },
      { day: '2026-11-22', when: '22 November 2026', kind: 'Skip day', reason: undefined },
    ]);
    expect(without.notes).toEqual([]);
    expect(reportView(rows({ marks, checkIns }), '4w', NOW, { notes: true }).notes).toEqual([{ day: '2026-11-21', when: '21 November 2026', about: 'Check-in', text: 'stiff after the drive' }]);
  });

  it('walks in the period make the walking trend, with a headline', () => {
    const walks = ['2026-11-20', '2026-11-27'].map((d, i) =>
      buildWalk({ day: d, startedAt: atLocalTime(d, '17:00'), endedAt: atLocalTime(d, '17:20'), minutesWalked: 20, tightnessAtMinute: 8 + i * 4 }),
    );
    const view = reportView(rows({ walks }), '4w', NOW);
    expect(view.walkCount).toBe(2);
    expect(view.tolerance).toHaveLength(2);
    expect(view.toleranceHeadline).toMatch(/minutes/);
  });

  it('lists the walking tests in the period in words, with the latest against the very first test', () => {
    const at = (d: string) => atLocalTime(d, '09:00');
    const walkTests = [
      { id: 't1', startedAt: at('2026-07-01'), endedAt: at('2026-07-01') + 10 * 60_000, day: '2026-07-01', totalMs: 10 * 60_000, symptomAtMs: 6 * 60_000, endReason: 'back' as const },
      { id: 't2', startedAt: at('2026-11-30'), endedAt: at('2026-11-30') + 750_000, day: '2026-11-30', totalMs: 750_000, symptomAtMs: 480_000, endReason: 'legs' as const, eased: 'sitting' as const, tightness: 4 },
    ];
    const view = reportView(rows({ walkTests }), '4w', NOW);
    expect(view.empty).toBe(false);
    expect(view.walkTests).toEqual([
      { id: 't2', when: '30 November 2026', beforeTightness: '8 minutes', total: '12 minutes 30 seconds', details: 'Stopped for leg symptoms; eased by sitting; tightness 4/10' },
    ]);
    expect(view.walkTestHeadline).toBe('On 30 November 2026 you walked 8 minutes before tightness started, 2 more than in your first test.');
  });
});
