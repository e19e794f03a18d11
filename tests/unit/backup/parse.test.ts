import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, MAX_BACKUP_CHARS, buildBackup, parseBackup, type BackupData } from '@/lib/backup';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { QUESTION_IDS, recheckDue, unanswered } from '@/lib/safety';

const T0 = Date.UTC(2026, 2, 1, 7, 30);

function sampleData(): BackupData {
  return {
    plan: [{ id: 'p1', routineId: 'core', weekdays: [1, 3, 5], time: '07:30', reminder: true, remindMinutesBefore: 10, createdAt: T0 }],
    sessions: [
      {
        id: 's1', routineId: 'core', startedAt: T0, endedAt: T0 + 600_000, day: '2026-03-01', completed: true, source: 'player',
        results: [{ exerciseId: 'plank', side: null, unit: 'seconds', planned: 30, done: 30, skipped: false }],
        effort: 'right', tightness: 3, note: 'felt fine',
      },
      { id: 's2', routineId: 'hip-flexors', startedAt: T0 + 86_400_000, endedAt: T0 + 86_400_000, day: '2026-03-02', completed: false, source: 'manual', results: [] },
    ],
    checkIns: [{ id: 'c1', at: T0, day: '2026-03-01', tightness: 4, context: 'before-walk' }],
    walks: [{ id: 'w1', startedAt: T0, endedAt: T0 + 1_200_000, day: '2026-03-01', minutesWalked: 20, tightnessAtMinute: 12, tightnessBefore: 2, tightnessAfter: 5 }],
    dayMarks: [{ day: '2026-03-03', kind: 'flare', reason: 'bad night', at: T0 }],
    doses: [{ exerciseId: 'plank', amount: 40, pinned: true, updatedAt: T0 }],
    screenings: [
      { id: 'q1', at: T0, day: '2026-03-01', answers: { 'bladder-bowel': false, 'leg-neuro': true }, outcome: 'see-clinician' },
      { id: 'q2', at: T0 + 60_000, day: '2026-03-01', answers: { 'saddle-numbness': true }, outcome: 'emergency', acknowledgedAt: T0 + 120_000 },
    ],
    walkTests: [{ id: 't1', startedAt: T0, endedAt: T0 + 750_000, day: '2026-03-01', totalMs: 750_000, symptomAtMs: 480_000, endReason: 'back', eased: 'leaning', tightness: 6 }],
    settings: { ...DEFAULT_SETTINGS, reducedMotion: 'reduce', rolloverHour: 4 },
  };
}

/** A backup as a plain, mutable JSON value, to be bent into every kind of bad file. */
type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke arbitrary shapes
function sampleJson(): Json {
  return JSON.parse(JSON.stringify(buildBackup(sampleData(), T0))) as Json;
}

function errorsFor(text: string): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.errors;
}

describe('parseBackup accepts', () => {
  it('a file it exported, unchanged', () => {
    const backup = buildBackup(sampleData(), T0);
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, backup });
  });

  it('a first-version file: its six answers are kept and the questions added since read as not asked, never as no', () => {
    const json = sampleJson();
    const v1Answers = { 'bladder-bowel': false, 'saddle-numbness': false, 'leg-neuro': false, 'worsening-pain': false, systemic: false, 'night-position': false };
    json.data.screenings = [{ id: 'v1', at: T0, day: '2026-03-01', answers: v1Answers, outcome: 'clear' }];
    delete json.data.settings.emergencyRegion;
    delete json.data.settings.emergencyNumber;
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [imported] = result.backup.data.screenings;
    expect(imported?.answers).toEqual(v1Answers);
    expect(imported?.answers['legs-weakness']).toBeUndefined();
    expect(unanswered(imported!.answers)).toHaveLength(QUESTION_IDS.length - 6);
    expect(recheckDue(result.backup.data.screenings, '2026-03-02')).toBe('new-questions');
    expect(result.backup.data.settings).toMatchObject({ emergencyRegion: null, emergencyNumber: null });
  });

  it('the follow-up fields of a screening and the emergency number', () => {
    const json = sampleJson();
    json.data.screenings[1].seenDoctorAt = T0 + 86_400_000;
    json.data.screenings[0].care = { step: 'booked', at: T0 + 1 };
    json.data.screenings[0].continuedAt = T0 + 2;
    json.data.screenings[0].followUp = { answer: 'not-yet', at: T0 + 3 };
    json.data.settings.emergencyRegion = 'custom';
    json.data.settings.emergencyNumber = '0118';
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.data.screenings[0]).toMatchObject({ care: { step: 'booked', at: T0 + 1 }, continuedAt: T0 + 2, followUp: { answer: 'not-yet', at: T0 + 3 } });
    expect(result.backup.data.settings.emergencyNumber).toBe('0118');
  });

  it('a "times a week" entry, kept as it is', () => {
    const data = sampleData();
    const plan = [...data.plan, { id: 'p2', routineId: 'hamstrings', weekdays: [0, 1, 2, 3, 4, 5, 6] as const, timesPerWeek: 3, time: '18:00', reminder: false, remindMinutesBefore: 0, createdAt: T0 }];
    const backup = buildBackup({ ...data, plan }, T0);
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, backup });
  });

  it('a pretty-printed file', () => {
    expect(parseBackup(JSON.stringify(buildBackup(sampleData(), T0), null, 2)).ok).toBe(true);
  });

  it('a version 1 file: strips fields it does not know, at every level, as version 1 did', () => {
    const json = sampleJson();
    json.version = 1;
    json.extra = 1;
    json.data.sessions[0].mood = 'great';
    json.data.sessions[0].results[0].colour = 'red';
    json.data.settings.fontSize = 'huge';
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Walking tests came in version 3: a version 1 file never had them (they are stripped too).
    expect(result.backup).toEqual(buildBackup({ ...sampleData(), walkTests: [] }, T0));
    expect(result.backup).not.toHaveProperty('extra');
    expect(result.backup.data.sessions[0]).not.toHaveProperty('mood');
    expect(result.backup.data.settings).not.toHaveProperty('fontSize');
  });

  it('partial settings, filled in from the defaults', () => {
    const json = sampleJson();
    json.data.settings = { voice: true };
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok && result.backup.data.settings).toEqual({ ...DEFAULT_SETTINGS, voice: true });
  });

  it('settings from before the theme setting was retired: imported, the theme dropped', () => {
    const json = sampleJson();
    json.data.settings = { ...json.data.settings, theme: 'dark' };
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok && result.backup.data.settings).toEqual(sampleData().settings);
    expect(result.ok && 'theme' in result.backup.data.settings).toBe(false);
  });

  it('no settings at all, as the defaults', () => {
    const json = sampleJson();
    delete json.data.settings;
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok && result.backup.data.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('a file from before screenings were backed up, as no screenings', () => {
    const json = sampleJson();
    json.version = 1;
    delete json.data.screenings;
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok && result.backup.data.screenings).toEqual([]);
    expect(result.ok && result.backup.data.sessions).toEqual(sampleData().sessions);
  });

  it('a screening with no answers yet', () => {
    const json = sampleJson();
    json.data.screenings[0].answers = {};
    json.data.screenings[0].outcome = 'incomplete';
    expect(parseBackup(JSON.stringify(json)).ok).toBe(true);
  });

  it('a file without the app name', () => {
    const json = sampleJson();
    delete json.app;
    expect(parseBackup(JSON.stringify(json)).ok).toBe(true);
  });

  it('empty tables and a leap day', () => {
    const json = sampleJson();
    for (const table of ['plan', 'sessions', 'checkIns', 'walks', 'doses', 'screenings']) json.data[table] = [];
    json.data.dayMarks = [{ day: '2028-02-29', kind: 'skip', at: T0 }];
    expect(parseBackup(JSON.stringify(json)).ok).toBe(true);
  });
});

describe('parseBackup refuses the whole file', () => {
  const cases: [name: string, text: () => string, message: string | RegExp][] = [
    ['empty file', () => '', /not a Backstride backup: it is not valid JSON/],
    ['truncated JSON', () => JSON.stringify(sampleJson()).slice(0, 200), /not valid JSON/],
    ['a CSV', () => 'date,start\n2026-03-01,07:30', /not valid JSON/],
    ['a JSON list', () => '[]', 'This file is not a Backstride backup: it does not say "format": "backstride-backup".'],
    ['JSON null', () => 'null', /does not say "format"/],
    ['another app\'s export', () => JSON.stringify({ ...sampleJson(), format: 'other-app' }), /does not say "format"/],
    ['no format', () => JSON.stringify({ version: 1, data: {} }), /does not say "format"/],
    ['a newer version', () => JSON.stringify({ ...sampleJson(), version: BACKUP_VERSION + 1 }), /made by a newer version of Backstride/],
    ['version as text', () => JSON.stringify({ ...sampleJson(), version: '1' }), 'version: expected a whole number of 1 or more, got "1"'],
    ['no version', () => JSON.stringify({ ...sampleJson(), version: undefined }), 'version: expected a whole number of 1 or more, got nothing'],
    ['version 0', () => JSON.stringify({ ...sampleJson(), version: 0 }), 'version: expected a whole number of 1 or more, got 0'],
    [
      'over 20 MB, even when valid JSON',
      () => JSON.stringify(sampleJson()) + ' '.repeat(MAX_BACKUP_CHARS),
      /too large \(20\.0 MB\)\. A Backstride backup is at most 20 MB/,
    ],
  ];

  it.each(cases)('%s', (_name, text, message) => {
    const errors = errorsFor(text());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('tells a newer backup apart from a broken one, naming both versions', () => {
    expect(errorsFor(JSON.stringify({ ...sampleJson(), version: 7 }))).toEqual([
      `This backup was made by a newer version of Backstride — update the app first, then import it again (backup format 7; this app reads up to ${BACKUP_VERSION}).`,
    ]);
  });

  it('accepts a file of exactly the size limit if it is otherwise fine', () => {
    const text = JSON.stringify(sampleJson());
    expect(parseBackup(text + ' '.repeat(MAX_BACKUP_CHARS - text.length)).ok).toBe(true);
  });
});

describe('parseBackup says where a record is wrong', () => {
  const cases: [name: string, mutate: (json: Json) => void, message: string][] = [
    ['impossible date', (j) => (j.data.sessions[1].day = '2026-02-30'), 'sessions[1].day: not a valid date (2026-02-30)'],
    ['date in another format', (j) => (j.data.checkIns[0].day = '1/3/2026'), 'checkIns[0].day: expected a date written YYYY-MM-DD, got "1/3/2026"'],
    ['day as a number', (j) => (j.data.walks[0].day = 20260301), 'walks[0].day: expected text, got 20260301'],
    ['month 13', (j) => (j.data.dayMarks[0].day = '2026-13-01'), 'dayMarks[0].day: not a valid date (2026-13-01)'],
    ['empty id', (j) => (j.data.sessions[1].id = ''), 'sessions[1].id: must not be empty'],
    ['missing id', (j) => delete j.data.checkIns[0].id, 'checkIns[0].id: missing'],
    ['missing exercise id', (j) => delete j.data.doses[0].exerciseId, 'doses[0].exerciseId: missing'],
    ['time as text', (j) => (j.data.sessions[0].startedAt = 'yesterday'), 'sessions[0].startedAt: expected a number, got "yesterday"'],
    ['negative time', (j) => (j.data.checkIns[0].at = -1), 'checkIns[0].at: expected a time (milliseconds since 1970), got -1'],
    ['ends before it starts', (j) => (j.data.sessions[0].endedAt = j.data.sessions[0].startedAt - 1), `sessions[0].endedAt: ends before it starts (endedAt ${T0 - 1} is before startedAt ${T0})`],
    ['walk ends before it starts', (j) => (j.data.walks[0].endedAt = T0 - 1), `walks[0].endedAt: ends before it starts (endedAt ${T0 - 1} is before startedAt ${T0})`],
    ['tightness 11', (j) => (j.data.sessions[0].tightness = 11), 'sessions[0].tightness: expected a whole number from 0 to 10, got 11'],
    ['tightness 4.5', (j) => (j.data.checkIns[0].tightness = 4.5), 'checkIns[0].tightness: expected a whole number from 0 to 10, got 4.5'],
    ['negative tightness', (j) => (j.data.walks[0].tightnessBefore = -1), 'walks[0].tightnessBefore: expected a whole number from 0 to 10, got -1'],
    ['tightness as text', (j) => (j.data.checkIns[0].tightness = '5'), 'checkIns[0].tightness: expected a number, got "5"'],
    ['missing tightness', (j) => delete j.data.checkIns[0].tightness, 'checkIns[0].tightness: missing'],
    ['unknown effort', (j) => (j.data.sessions[0].effort = 'medium'), 'sessions[0].effort: expected one of "easy", "right", "hard", got "medium"'],
    ['effort in capitals', (j) => (j.data.sessions[0].effort = 'Easy'), 'sessions[0].effort: expected one of "easy", "right", "hard", got "Easy"'],
    ['unknown source', (j) => (j.data.sessions[1].source = 'import'), 'sessions[1].source: expected one of "player", "manual", got "import"'],
    ['unknown side in a result', (j) => (j.data.sessions[0].results[0].side = 'up'), 'sessions[0].results[0].side: expected one of "left", "right", got "up"'],
    ['completed as text', (j) => (j.data.sessions[0].completed = 'yes'), 'sessions[0].completed: expected true or false, got "yes"'],
    ['results not a list', (j) => (j.data.sessions[0].results = {}), 'sessions[0].results: expected a list, got an object'],
    ['unknown check-in context', (j) => (j.data.checkIns[0].context = 'lunch'), 'checkIns[0].context: expected one of "before-session", "after-session", "before-walk", "after-walk", "other", got "lunch"'],
    ['missing check-in context', (j) => delete j.data.checkIns[0].context, 'checkIns[0].context: missing'],
    ['unknown day mark', (j) => (j.data.dayMarks[0].kind = 'holiday'), 'dayMarks[0].kind: expected one of "skip", "flare", got "holiday"'],
    ['weekday 7', (j) => (j.data.plan[0].weekdays = [1, 7]), 'plan[0].weekdays[1]: expected a weekday from 0 (Sunday) to 6 (Saturday), got 7'],
    ['weekday twice', (j) => (j.data.plan[0].weekdays = [1, 3, 1]), 'plan[0].weekdays[2]: weekday 1 is listed twice'],
    ['time without leading zero', (j) => (j.data.plan[0].time = '7:30'), 'plan[0].time: expected a time of day like 07:30, got "7:30"'],
    ['time 24:00', (j) => (j.data.plan[0].time = '24:00'), 'plan[0].time: expected a time of day like 07:30, got "24:00"'],
    ['times a week 8', (j) => (j.data.plan[0].timesPerWeek = 8), 'plan[0].timesPerWeek: expected a whole number from 1 to 7, got 8'],
    ['times a week as text', (j) => (j.data.plan[0].timesPerWeek = '3'), 'plan[0].timesPerWeek: expected a number, got "3"'],
    ['more times a week than days', (j) => (j.data.plan[0].timesPerWeek = 4), 'plan[0].timesPerWeek: 4 days a week on 3 weekdays cannot be met'],
    ['negative reminder', (j) => (j.data.plan[0].remindMinutesBefore = -5), 'plan[0].remindMinutesBefore: expected a whole number from 0 to 1440, got -5'],
    ['walk minute as text', (j) => (j.data.walks[0].tightnessAtMinute = 'x'), 'walks[0].tightnessAtMinute: expected a number, got "x"'],
    ['negative dose', (j) => (j.data.doses[0].amount = -1), 'doses[0].amount: expected a whole number from 1 to 600, got -1'],
    ['a pinned dose of 1e308', (j) => (j.data.doses[0].amount = 1e308), 'doses[0].amount: expected a whole number from 1 to 600, got 1e+308'],
    ['a pinned dose of part of a second', (j) => (j.data.doses[0].amount = 12.5), 'doses[0].amount: expected a whole number from 1 to 600, got 12.5'],
    ['a reminder more than a day ahead', (j) => (j.data.plan[0].remindMinutesBefore = 1441), 'plan[0].remindMinutesBefore: expected a whole number from 0 to 1440, got 1441'],
    ['a walk past the walk-minute limit', (j) => (j.data.walks[0].minutesWalked = 600.1), 'walks[0].minutesWalked: expected minutes from 0 to 600, got 600.1'],
    ['a result of 1e308', (j) => (j.data.sessions[0].results[0].planned = 1e308), 'sessions[0].results[0].planned: expected an amount from 0 to 86400, got 1e+308'],
    ['pinned missing', (j) => delete j.data.doses[0].pinned, 'doses[0].pinned: missing'],
    ['duplicate session id', (j) => (j.data.sessions[1].id = 's1'), 'sessions[1].id: "s1" is used twice (also at sessions[0])'],
    ['duplicate day mark', (j) => j.data.dayMarks.push({ ...j.data.dayMarks[0] }), 'dayMarks[1].day: "2026-03-03" is used twice (also at dayMarks[0])'],
    ['duplicate dose', (j) => j.data.doses.push({ ...j.data.doses[0] }), 'doses[1].exerciseId: "plank" is used twice (also at doses[0])'],
    ['a table missing', (j) => delete j.data.walks, 'walks: missing'],
    ['a table that is not a list', (j) => (j.data.sessions = { s1: {} }), 'sessions: expected a list, got an object'],
    ['a record that is not an object', (j) => (j.data.checkIns[0] = 'c1'), 'checkIns[0]: expected an object, got "c1"'],
    ['no data', (j) => delete j.data, 'data: missing'],
    ['unknown theme', (j) => (j.data.settings.theme = 'blue'), 'settings.theme: expected one of "system", "light", "dark", got "blue"'],
    ['rollover hour 24', (j) => (j.data.settings.rolloverHour = 24), 'settings.rolloverHour: expected a whole number from 0 to 23, got 24'],
    ['week starting on Tuesday', (j) => (j.data.settings.weekStartsOn = 2), 'settings.weekStartsOn: expected 0 (Sunday) or 1 (Monday), got 2'],
    ['sound as text', (j) => (j.data.settings.sound = 'on'), 'settings.sound: expected true or false, got "on"'],
    ['emergency number with letters', (j) => (j.data.settings.emergencyNumber = '11a'), 'settings.emergencyNumber: expected an emergency number of 2 to 6 digits, got "11a"'],
    ['emergency number too long', (j) => (j.data.settings.emergencyNumber = '1234567'), 'settings.emergencyNumber: expected an emergency number of 2 to 6 digits, got "1234567"'],
    ['unknown region', (j) => (j.data.settings.emergencyRegion = 'XX'), 'settings.emergencyRegion: expected a known region code or "custom", got "XX"'],
    ['unknown follow-up answer', (j) => (j.data.screenings[0].followUp = { answer: 'maybe', at: T0 }), 'screenings[0].followUp.answer: expected one of "exercise-ok", "advised-changes", "not-yet", got "maybe"'],
    ['unknown screening question', (j) => (j.data.screenings[0].answers['back-ache'] = true), 'screenings[0].answers.back-ache: not one of the questions Backstride asks'],
    ['screening answer as text', (j) => (j.data.screenings[1].answers['saddle-numbness'] = 'yes'), 'screenings[1].answers.saddle-numbness: expected true or false, got "yes"'],
    ['screening answers not an object', (j) => (j.data.screenings[0].answers = [true]), 'screenings[0].answers: expected an object, got a list'],
    ['unknown screening outcome', (j) => (j.data.screenings[0].outcome = 'fine'), 'screenings[0].outcome: expected one of "emergency", "see-clinician", "clear", "incomplete", got "fine"'],
    ['missing screening outcome', (j) => delete j.data.screenings[1].outcome, 'screenings[1].outcome: missing'],
    ['impossible screening date', (j) => (j.data.screenings[0].day = '2026-02-29'), 'screenings[0].day: not a valid date (2026-02-29)'],
    ['acknowledged as text', (j) => (j.data.screenings[1].acknowledgedAt = 'yes'), 'screenings[1].acknowledgedAt: expected a number, got "yes"'],
    ['screenings not a list', (j) => (j.data.screenings = {}), 'screenings: expected a list, got an object'],
    ['duplicate screening id', (j) => (j.data.screenings[1].id = 'q1'), 'screenings[1].id: "q1" is used twice (also at screenings[0])'],
    ['no export time', (j) => delete j.exportedAt, 'exportedAt: missing'],
    ['long text shortened', (j) => (j.data.sessions[0].effort = 'x'.repeat(100)), `sessions[0].effort: expected one of "easy", "right", "hard", got "${'x'.repeat(38)}…`],
  ];

  it.each(cases)('%s', (_name, mutate, message) => {
    const json = sampleJson();
    mutate(json);
    const errors = errorsFor(JSON.stringify(json));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe(message);
  });

  it('lists every problem, not only the first', () => {
    const json = sampleJson();
    json.data.sessions[0].tightness = 12;
    json.data.walks[0].day = '2026-02-29';
    expect(errorsFor(JSON.stringify(json))).toEqual([
      'sessions[0].tightness: expected a whole number from 0 to 10, got 12',
      'walks[0].day: not a valid date (2026-02-29)',
    ]);
  });

  it('stops listing after 20 problems and says how many more there are', () => {
    const json = sampleJson();
    json.data.checkIns = Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, at: T0, day: '2026-03-01', tightness: 99, context: 'other' }));
    const errors = errorsFor(JSON.stringify(json));
    expect(errors).toHaveLength(21);
    expect(errors[19]).toBe('checkIns[19].tightness: expected a whole number from 0 to 10, got 99');
    expect(errors[20]).toBe('…and 5 more problems.');
  });
});
