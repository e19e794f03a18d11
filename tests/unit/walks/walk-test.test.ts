// The walking test's timing: every function takes `now`, time comes only from timestamps, so
// a locked phone, a sleeping tab or a reload mid-test change nothing; the test ends at exactly
// 30 minutes; a test ended within 10 seconds is too short to keep.
import { describe, expect, it } from 'vitest';
import { restoreZoneAfterAll, setZone } from '../../fixtures/time-zone';
import { parseActiveWalkTest, walkTestProblems, type ActiveWalkTest, type WalkTest } from '@/lib/model';
import {
  clockText,
  elapsedMs,
  markSymptom,
  motionText,
  promptDue,
  promptText,
  settle,
  startTest,
  stopTest,
  summaryText,
  timeUp,
  toWalkTest,
  tooShort,
} from '@/lib/walks';

restoreZoneAfterAll();
setZone('Europe/London');

const S = 1000;
const MIN = 60 * S;
const T0 = Date.UTC(2026, 2, 2, 9, 0); // 09:00 in London
const at = (minutes: number, seconds = 0) => T0 + minutes * MIN + seconds * S;
const started = () => startTest('t1', T0);

/** The test through a list of taps, as JSON round trips it (a reload reads it back from storage). */
function run(steps: readonly ['symptom' | 'stop' | 'reload', number][]): ActiveWalkTest {
  let test = started();
  for (const [step, now] of steps) {
    if (step === 'symptom') test = markSymptom(test, now);
    else if (step === 'stop') test = stopTest(test, now);
    else test = parseActiveWalkTest(JSON.parse(JSON.stringify(test))) ?? test;
  }
  return test;
}

describe('elapsed time', () => {
  it.each<[string, readonly ['symptom' | 'stop' | 'reload', number][], number, number]>([
    ['at the start', [], at(0), 0],
    ['while walking', [], at(8), 8 * MIN],
    ['a locked phone: 7 minutes without a single frame still count', [], at(12, 30), 12 * MIN + 30 * S],
    ['no pause: a symptom tap does not stop the clock', [['symptom', at(8)]], at(10), 10 * MIN],
    ['frozen once stopped', [['stop', at(12, 30)]], at(20), 12 * MIN + 30 * S],
    ['reload mid-test: the same time as without it', [['symptom', at(8)], ['reload', at(9)]], at(12, 30), 12 * MIN + 30 * S],
    ['reload after stopping keeps the stop', [['stop', at(12, 30)], ['reload', at(13)]], at(40), 12 * MIN + 30 * S],
    ['never more than 30 minutes', [], at(45), 30 * MIN],
    ['a clock set back shows 0, not a negative time', [], T0 - 5 * S, 0],
  ])('%s', (_name, steps, now, want) => {
    expect(elapsedMs(run(steps), now)).toBe(want);
  });
});

describe('the 30-minute end', () => {
  it('stops at exactly start + 30 minutes, even when the app only sees it later', () => {
    for (const seen of [at(30), at(30, 1), at(47), at(24 * 60)]) {
      expect(settle(started(), seen).stoppedAt, `seen at ${(seen - T0) / MIN} min`).toBe(at(30));
      expect(timeUp(started(), seen)).toBe(true);
    }
  });

  it('has not ended a moment before 30 minutes', () => {
    expect(settle(started(), at(29, 59)).stoppedAt).toBeNull();
    expect(timeUp(started(), at(29, 59))).toBe(false);
  });

  it('a reload after 30 minutes (the phone was in a pocket) ends it at 30:00 with the symptom kept', () => {
    const reloaded = run([['symptom', at(8)], ['reload', at(10)]]);
    const record = toWalkTest(settle(reloaded, at(52)), { endReason: 'time-up' }, 3);
    expect(record).toMatchObject({ totalMs: 30 * MIN, endedAt: at(30), symptomAtMs: 8 * MIN });
  });

  it('a stop tap after the end does not move the end', () => {
    expect(stopTest(started(), at(31)).stoppedAt).toBe(at(30));
  });
});

describe('taps', () => {
  it.each<[string, readonly ['symptom' | 'stop' | 'reload', number][], number | null, number | null]>([
    ['tightness at 8:00, stop at 12:30', [['symptom', at(8)], ['stop', at(12, 30)]], at(8), at(12, 30)],
    ['a second symptom tap keeps the first', [['symptom', at(8)], ['symptom', at(9)]], at(8), null],
    ['a double stop tap keeps the first', [['stop', at(12, 30)], ['stop', at(12, 31)]], null, at(12, 30)],
    ['a symptom tap after stopping is ignored', [['stop', at(5)], ['symptom', at(6)]], null, at(5)],
    ['a symptom tap after 30 minutes is ignored', [['symptom', at(31)]], null, at(30)],
  ])('%s', (_name, steps, symptomAt, stoppedAt) => {
    const test = settle(run(steps), at(31));
    expect(test.symptomAt).toBe(symptomAt);
    if (stoppedAt !== null) expect(test.stoppedAt).toBe(stoppedAt);
  });
});

describe('too short', () => {
  it.each<[string, number, boolean]>([
    ['stopped after 3 s', at(0, 3), true],
    ['stopped after 9.999 s', at(0, 9.999), true],
    ['stopped after exactly 10 s', at(0, 10), false],
    ['stopped after 12 minutes', at(12), false],
  ])('%s: %s', (_name, stop, want) => {
    expect(tooShort(stopTest(started(), stop), stop + 60 * S)).toBe(want);
  });

  it('a test still running is not too short', () => {
    expect(tooShort(started(), at(0, 3))).toBe(false);
  });
});

describe('five-minute prompts', () => {
  it.each<[string, number, number, { minute: number; speak: boolean } | null]>([
    ['none before 5 minutes', 0, at(4, 59), null],
    ['at 5 minutes', 0, at(5), { minute: 5, speak: true }],
    ['a few seconds late is fine', 0, at(5, 20), { minute: 5, speak: true }],
    ['not twice', 5, at(5, 30), null],
    ['ten minutes', 5, at(10), { minute: 10, speak: true }],
    ['unlocked at 12:30: only the latest mark, too late to say, so marked silently', 0, at(12, 30), { minute: 10, speak: false }],
    ['unlocked at 15:40 after a gap: the 15 only, never 5, 10 and 15 at once', 5, at(15, 40), { minute: 15, speak: true }],
    ['exactly a minute late still speaks', 10, at(16), { minute: 15, speak: true }],
    ['at 25 minutes', 20, at(25), { minute: 25, speak: true }],
    ['none at 30 minutes: the end says it', 25, at(30), null],
    ['none once past the end', 25, at(40), null],
  ])('%s', (_name, promptedMinute, now, want) => {
    expect(promptDue(started(), promptedMinute, now)).toEqual(want);
  });

  it('none once stopped', () => {
    expect(promptDue(stopTest(started(), at(4)), 0, at(5))).toBeNull();
  });

  it.each([
    [5, 'Five minutes. Keep your own pace.'],
    [10, 'Ten minutes. Keep your own pace.'],
    [25, 'Twenty-five minutes. Keep your own pace.'],
  ])('%i minutes is said as "%s"', (minute, text) => {
    expect(promptText(minute)).toBe(text);
  });
});

describe('words and the clock', () => {
  it.each<[number, number | null, string]>([
    [12 * MIN + 30 * S, 8 * MIN, 'You walked 12 minutes 30 seconds; tightness started at 8 minutes.'],
    [30 * MIN, null, 'You walked 30 minutes without tightness starting.'],
    [MIN + S, 45 * S, 'You walked 1 minute 1 second; tightness started at 45 seconds.'],
  ])('%i ms, symptom %s', (total, symptom, text) => {
    expect(summaryText(total, symptom)).toBe(text);
  });

  it.each([
    [0, '00:00'],
    [8 * MIN + 999, '08:00'],
    [12 * MIN + 30 * S, '12:30'],
    [30 * MIN, '30:00'],
  ])('%i ms on the clock is %s', (ms, text) => {
    expect(clockText(ms)).toBe(text);
  });
});

describe('the record', () => {
  const tapped = () => run([['symptom', at(8)], ['stop', at(12, 30)]]);

  it('holds the times from the taps, the answers and the day', () => {
    expect(toWalkTest(tapped(), { endReason: 'back', eased: 'leaning', tightness: 6 }, 3)).toEqual({
      id: 't1',
      startedAt: T0,
      endedAt: at(12, 30),
      day: '2026-03-02',
      totalMs: 12 * MIN + 30 * S,
      symptomAtMs: 8 * MIN,
      endReason: 'back',
      eased: 'leaning',
      tightness: 6,
    });
  });

  it('counts for the day before when started before the rollover hour', () => {
    const early = startTest('t2', Date.UTC(2026, 2, 2, 2, 30));
    expect(toWalkTest(stopTest(early, Date.UTC(2026, 2, 2, 2, 45)), { endReason: 'tired' }, 3).day).toBe('2026-03-01');
  });

  it('is valid', () => {
    expect(walkTestProblems(toWalkTest(tapped(), { endReason: 'back' }, 3))).toEqual([]);
  });
});

describe('walkTestProblems', () => {
  const good: WalkTest = { id: 't1', startedAt: T0, endedAt: at(12, 30), day: '2026-03-02', totalMs: 12 * MIN + 30 * S, symptomAtMs: 8 * MIN, endReason: 'back' };
  it.each<[string, Partial<WalkTest> | Record<string, unknown>, string[]]>([
    ['a good record', {}, []],
    ['no symptom', { symptomAtMs: null }, []],
    ['30 minutes and 5 s of rounding', { totalMs: 30 * MIN + 5 * S, endedAt: at(30, 5) }, []],
    ['tightness after the end', { symptomAtMs: 13 * MIN }, ['symptomAtMs is not within the test']],
    ['a negative symptom time', { symptomAtMs: -1 }, ['symptomAtMs is not within the test']],
    ['longer than 30 minutes', { totalMs: 31 * MIN, endedAt: at(31) }, ['totalMs is not from 10 seconds to 30 minutes']],
    ['shorter than 10 seconds', { totalMs: 9 * S, endedAt: at(0, 9), symptomAtMs: null }, ['totalMs is not from 10 seconds to 30 minutes']],
    ['a total that does not match the times', { totalMs: 10 * MIN }, ['totalMs does not match startedAt and endedAt']],
    ['a date before 2000', { startedAt: Date.UTC(1990, 0, 1), endedAt: Date.UTC(1990, 0, 1) + 12 * MIN + 30 * S }, ['startedAt is not a time in the years records fall in', 'endedAt is not a time in the years records fall in']],
    ['an impossible day', { day: '2026-02-29' }, ['day is not a date']],
    ['an unknown reason', { endReason: 'bored' }, ['endReason is unknown']],
    ['an unknown easing', { eased: 'standing' }, ['eased is unknown']],
    ['tightness 11', { tightness: 11 }, ['tightness is not a whole number from 0 to 10']],
    ['tightness 2.5', { tightness: 2.5 }, ['tightness is not a whole number from 0 to 10']],
    ['a step length of 20 cm', { stepLengthCm: 20 }, ['step length out of range']],
  ])('%s', (_name, patch, problems) => {
    expect(walkTestProblems({ ...good, ...patch } as WalkTest)).toEqual(problems);
  });
});

describe('the running test as stored', () => {
  it.each<[string, unknown, boolean]>([
    ['as written', { id: 't1', startedAt: T0, symptomAt: at(8), stoppedAt: null, promptedMinute: 5 }, true],
    ['not an object', 'x', false],
    ['no id', { startedAt: T0, symptomAt: null, stoppedAt: null, promptedMinute: 0 }, false],
    ['a symptom before the start', { id: 't1', startedAt: T0, symptomAt: T0 - 1, stoppedAt: null, promptedMinute: 0 }, false],
    ['a stop as text', { id: 't1', startedAt: T0, symptomAt: null, stoppedAt: 'now', promptedMinute: 0 }, false],
  ])('%s: readable %s', (_name, value, ok) => {
    expect(parseActiveWalkTest(value) !== undefined).toBe(ok);
  });

  it('an unreadable prompt mark reads as 0 (at worst one prompt again), the test kept', () => {
    expect(parseActiveWalkTest({ id: 't1', startedAt: T0, symptomAt: null, stoppedAt: null, promptedMinute: 'x' })?.promptedMinute).toBe(0);
  });
});

describe('steps on the result', () => {
  const withMotion = (motion: ActiveWalkTest['motion']) => ({ ...run([['stop', at(12, 30)]]), ...(motion ? { motion } : {}) });
  it.each<[string, ActiveWalkTest['motion'], string | null, Partial<WalkTest>]>([
    ['not asked for', undefined, null, {}],
    ['counted throughout', { state: 'counting', steps: 1375, sampledMs: 12 * MIN + 30 * S, stepLengthCm: 65 }, 'You took 1375 steps, about 894 metres (110 steps a minute).', { steps: 1375, cadence: 110, stepLengthCm: 65 }],
    ['refused', { state: 'refused', steps: 0, sampledMs: 0 }, 'Steps were not counted: the phone did not allow the motion sensor. The times are not affected.', {}],
    ['no sensor', { state: 'missing', steps: 0, sampledMs: 0 }, 'Steps were not counted: no motion readings came from this phone. The times are not affected.', {}],
    ['stopped at 6:10', { state: 'stopped', steps: 680, sampledMs: 6 * MIN + 10 * S, stoppedAt: at(6, 10) }, 'The motion sensor stopped at 06:10, so only the steps until then were counted: 680 steps. The times are not affected.', { steps: 680, cadence: 110 }],
  ])('%s', (_name, motion, text, fields) => {
    const test = withMotion(motion);
    expect(motionText(test)).toBe(text);
    const record = toWalkTest(test, { endReason: 'back' }, 3);
    expect({ steps: record.steps, cadence: record.cadence, stepLengthCm: record.stepLengthCm }).toEqual({ steps: undefined, cadence: undefined, stepLengthCm: undefined, ...fields });
    expect(walkTestProblems(record)).toEqual([]);
  });

  it('a stored motion record that cannot be read is dropped, the test kept', () => {
    const read = parseActiveWalkTest({ id: 't1', startedAt: T0, symptomAt: null, stoppedAt: null, promptedMinute: 0, motion: { state: 'flying', steps: 3, sampledMs: 0 } });
    expect(read).toEqual({ id: 't1', startedAt: T0, symptomAt: null, stoppedAt: null, promptedMinute: 0 });
  });

  it('a step length outside 30–120 cm in storage is left out', () => {
    const read = parseActiveWalkTest({ id: 't1', startedAt: T0, symptomAt: null, stoppedAt: null, promptedMinute: 0, motion: { state: 'counting', steps: 3, sampledMs: 0, stepLengthCm: 200 } });
    expect(read?.motion).toEqual({ state: 'counting', steps: 3, sampledMs: 0 });
  });
});
