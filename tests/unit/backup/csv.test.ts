import { describe, expect, it } from 'vitest';
import { SESSIONS_CSV_HEADER, csvCell, sessionsCsv, sessionsCsvFileName } from '@/lib/backup';
import type { SessionRecord } from '@/lib/model';
import { buildSession } from '../../fixtures/records';

// Local wall-clock instants, so the expectations hold in any time zone.
const at = (day: number, hour: number, minute: number) => new Date(2026, 2, day, hour, minute).getTime();

const session = (over: Partial<SessionRecord>): SessionRecord =>
  buildSession({ id: 's', routineId: 'core', startedAt: at(1, 7, 30), endedAt: at(1, 7, 42), day: '2026-03-01', ...over });

const names: Record<string, string> = { core: 'Core basics', 'hip-flexors': 'Hip flexors, gently' };
const routineName = (id: string) => names[id] ?? id;

function rows(csv: string): string[] {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(0, -2).split('\r\n');
}

describe('sessionsCsv', () => {
  it('writes a header and one CRLF row per session, oldest first', () => {
    const csv = sessionsCsv(
      [
        session({ id: 'b', startedAt: at(2, 18, 5), endedAt: at(2, 18, 12) + 30_000, day: '2026-03-02', routineId: 'hip-flexors', completed: false, effort: 'hard', tightness: 6 }),
        session({ id: 'a', effort: 'right', tightness: 3, note: 'easy day' }),
      ],
      routineName,
    );
    const lines = rows(csv);
    expect(lines[0]).toBe(SESSIONS_CSV_HEADER.join(','));
    expect(lines[0]).toBe('date,start,routine,completed,minutes,effort,tightness,note');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^2026-03-01,2026-03-01T07:30:00(Z|[+-]\d{2}:\d{2}),Core basics,yes,12,right,3,easy day$/);
    expect(lines[2]).toMatch(/^2026-03-02,2026-03-02T18:05:00(Z|[+-]\d{2}:\d{2}),"Hip flexors, gently",no,7\.5,hard,6,$/);
  });

  it('leaves optional fields empty', () => {
    expect(rows(sessionsCsv([session({})], routineName))[1]).toMatch(/,Core basics,yes,12,,,$/);
  });

  it('uses the session day, not the calendar day of the start, for a session after midnight', () => {
    const line = rows(sessionsCsv([session({ startedAt: at(2, 0, 40), endedAt: at(2, 0, 50), day: '2026-03-01' })], routineName))[1];
    expect(line).toMatch(/^2026-03-01,2026-03-02T00:40:00/);
  });

  it('only writes a header when there are no sessions', () => {
    expect(sessionsCsv([], routineName)).toBe('date,start,routine,completed,minutes,effort,tightness,note\r\n');
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['she said "ok"', '"she said ""ok"""'],
    ['line one\nline two', '"line one\nline two"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['ünïcödé 💪', 'ünïcödé 💪'],
  ])('quotes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `" =HYPERLINK(""http://evil"",""x"")"`],
    ['+1', '" +1"'],
    ['-2+3', '" -2+3"'],
    ['@SUM(A1)', '" @SUM(A1)"'],
    ['\t=1', '" \t=1"'],
    ['=1,2', '" =1,2"'],
    ['a=1', 'a=1'],
  ])('defuses the formula %j as %j: a leading space, quoted so no reader trims it', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('defuses a formula typed into a note or a routine name, with no apostrophe', () => {
    const csv = sessionsCsv([session({ note: '=cmd|" /C calc"!A0' })], () => '@routine');
    expect(rows(csv)[1]).toMatch(/," @routine",yes,12,,,"\s=cmd\|"" \/C calc""!A0"$/);
    expect(csv).not.toContain("'");
  });

  it('in the semicolon style quotes at semicolons, not at commas', () => {
    expect(csvCell('a, b', 'semicolon')).toBe('a, b');
    expect(csvCell('a; b', 'semicolon')).toBe('"a; b"');
    expect(csvCell('a; b', 'comma')).toBe('a; b');
  });
});

describe('sessionsCsv styles', () => {
  const two = [session({ id: 'a', endedAt: at(1, 7, 32) + 12_000, note: 'ok, fine' })];

  it('comma style: commas between columns, a decimal point', () => {
    expect(rows(sessionsCsv(two, routineName, 'comma'))[1]).toMatch(/^2026-03-01,[^,]+,Core basics,yes,2\.2,,,"ok, fine"$/);
  });

  it('semicolon style: semicolons between columns, a decimal comma', () => {
    const lines = rows(sessionsCsv(two, routineName, 'semicolon'));
    expect(lines[0]).toBe('date;start;routine;completed;minutes;effort;tightness;note');
    expect(lines[1]).toMatch(/^2026-03-01;[^;]+;Core basics;yes;2,2;;;ok, fine$/);
  });

  it('never writes a byte-order mark', () => {
    expect(sessionsCsv(two, routineName, 'comma').charCodeAt(0)).not.toBe(0xfeff);
    expect(sessionsCsv(two, routineName, 'semicolon').charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('file names', () => {
  it('date the CSV by the local day', () => {
    expect(sessionsCsvFileName(at(1, 23, 59))).toBe('backstride-sessions-2026-03-01.csv');
  });
});
