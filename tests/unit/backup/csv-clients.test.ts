// The sessions CSV as real clients read it: Python's csv module (and so pandas' default
// reader) in both styles, with a note that has a comma, a quote, a line break and a leading
// "=", and the minutes read as numbers in an English and a German spreadsheet.
import { describe, expect, it } from 'vitest';
import { sessionsCsv } from '@/lib/backup';
import type { CsvStyle } from '@/lib/backup';
import { buildSession } from '../../fixtures/records';
import { pythonCsvRows, spreadsheetNumber } from '../../fixtures/python-csv';

const at = (day: number, hour: number, minute: number, second = 0) => new Date(2026, 2, day, hour, minute, second).getTime();
const NOTE = '=SUM(A1:A9), said "my physio"\nthen walked';

const sessions = [
  buildSession({ id: 'a', routineId: 'core', day: '2026-03-01', startedAt: at(1, 7, 30), endedAt: at(1, 7, 32, 12), effort: 'right', tightness: 3, note: NOTE }),
  buildSession({ id: 'b', routineId: 'hip-flexors', day: '2026-03-02', startedAt: at(2, 18, 5), endedAt: at(2, 18, 17, 30), tightness: 2 }),
];
const names: Record<string, string> = { core: 'Core basics', 'hip-flexors': 'Hip flexors; gently' };

describe.each([
  ['comma', ',', '.'],
  ['semicolon', ';', ','],
] as const)('the %s style read by Python’s csv', (style: CsvStyle, delimiter, decimal) => {
  const rows = pythonCsvRows(sessionsCsv(sessions, (id) => names[id] ?? id, style), delimiter);

  it('gives the header with no byte-order mark and one row per session', () => {
    expect(rows[0]).toEqual(['date', 'start', 'routine', 'completed', 'minutes', 'effort', 'tightness', 'note']);
    expect(rows).toHaveLength(3);
  });

  it('keeps the note whole: comma, quote, line break; the "=" behind one space, with no apostrophe', () => {
    const note = rows[1]?.[7] ?? '';
    expect(note).toBe(` ${NOTE}`);
    expect(note.trim()).toBe(NOTE);
    expect(rows[2]?.[7]).toBe('');
  });

  it('keeps a routine name with the other style’s separator whole', () => {
    expect(rows[2]?.[2]).toBe('Hip flexors; gently');
  });

  it('writes minutes and tightness the spreadsheet in that locale reads as numbers', () => {
    expect(rows.slice(1).map((r) => spreadsheetNumber(r[4] ?? '', decimal))).toEqual([2.2, 12.5]);
    expect(rows.slice(1).map((r) => spreadsheetNumber(r[6] ?? '', decimal))).toEqual([3, 2]);
  });
});
