// Sessions as a CSV for spreadsheets (RFC 4180: CRLF rows, quoted fields where needed), in two
// styles because no single file reads right everywhere: `comma` (comma between columns, 2.5
// minutes: LibreOffice and Sheets in English, Numbers, Python's csv, pandas) and `semicolon`
// (semicolon between columns, 2,5 minutes: how German, French, Dutch… spreadsheets open a
// CSV by default). UTF-8 with no byte-order mark: LibreOffice without an import filter and
// Python's csv read a BOM as part of the first column's name ("ï»¿date", "\ufeffdate").
// A free-text cell a spreadsheet would run as a formula (a note typed as "=HYPERLINK(…)") gets
// one leading space: every spreadsheet then reads it as text, and unlike an apostrophe the
// space shows as nothing; readers that take text anyway (Python, pandas) get the note back
// with that space, which `.strip()` removes.
import { format as formatDate } from 'date-fns';
import type { SessionRecord, WalkTest } from '@/lib/model';

export type CsvStyle = 'comma' | 'semicolon';

export const CSV_STYLES = {
  comma: { separator: ',', decimal: '.' },
  semicolon: { separator: ';', decimal: ',' },
} as const satisfies Record<CsvStyle, { separator: string; decimal: string }>;

export const SESSIONS_CSV_HEADER = ['date', 'start', 'routine', 'completed', 'minutes', 'effort', 'tightness', 'note'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: quoted when it holds a separator, a quote or a line break; a formula defused. */
export function csvCell(value: string, style: CsvStyle = 'comma'): string {
  const safe = FORMULA_START.test(value) ? ` ${value}` : value;
  const needsQuotes = safe.includes(CSV_STYLES[style].separator) || /["\r\n]/.test(safe) || safe !== value;
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A session's length in minutes to one decimal, written with the style's decimal mark. */
function minutesCell(ms: number, style: CsvStyle): string {
  return String(Math.round(ms / 6_000) / 10).replace('.', CSV_STYLES[style].decimal);
}

/**
 * One row per session, oldest first. `start` is the local wall-clock time with its UTC offset
 * (ISO 8601); `minutes` is the session's length to one decimal.
 */
export function sessionsCsv(sessions: readonly SessionRecord[], routineName: (routineId: string) => string, style: CsvStyle = 'comma'): string {
  const row = (cells: readonly string[]) => cells.map((cell) => csvCell(cell, style)).join(CSV_STYLES[style].separator);
  const ordered = [...sessions].sort((a, b) => a.startedAt - b.startedAt);
  const lines = [row(SESSIONS_CSV_HEADER)];
  for (const s of ordered) {
    lines.push(
      row([
        s.day,
        formatDate(s.startedAt, "yyyy-MM-dd'T'HH:mm:ssxxx"),
        routineName(s.routineId),
        s.completed ? 'yes' : 'no',
        minutesCell(s.endedAt - s.startedAt, style),
        s.effort ?? '',
        s.tightness === undefined ? '' : String(s.tightness),
        s.note ?? '',
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** `backstride-sessions-2026-03-01.csv`, dated by the local calendar day of `now`. */
export function sessionsCsvFileName(now: number): string {
  return `backstride-sessions-${formatDate(now, 'yyyy-MM-dd')}.csv`;
}

export const WALK_TESTS_CSV_HEADER = ['date', 'start', 'minutes walked', 'minutes to tightness', 'stopped because', 'eased by', 'tightness'] as const;

const END_WORDS: Readonly<Record<WalkTest['endReason'], string>> = { back: 'back tightness', legs: 'leg symptoms', tired: 'tired', 'time-up': 'time up', other: 'other' };
const EASED_WORDS: Readonly<Record<NonNullable<WalkTest['eased']>, string>> = { leaning: 'leaning forward', sitting: 'sitting', both: 'leaning forward and sitting', neither: 'neither' };

/**
 * One row per guided walking test, oldest first, in the same styles as the sessions:
 * minutes to one decimal; an empty "minutes to tightness" when it never started.
 */
export function walkTestsCsv(tests: readonly WalkTest[], style: CsvStyle = 'comma'): string {
  const row = (cells: readonly string[]) => cells.map((cell) => csvCell(cell, style)).join(CSV_STYLES[style].separator);
  const lines = [row(WALK_TESTS_CSV_HEADER)];
  for (const t of [...tests].sort((a, b) => a.startedAt - b.startedAt)) {
    lines.push(
      row([
        t.day,
        formatDate(t.startedAt, "yyyy-MM-dd'T'HH:mm:ssxxx"),
        minutesCell(t.totalMs, style),
        t.symptomAtMs === null ? '' : minutesCell(t.symptomAtMs, style),
        END_WORDS[t.endReason],
        t.eased === undefined ? '' : EASED_WORDS[t.eased],
        t.tightness === undefined ? '' : String(t.tightness),
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** `backstride-walking-tests-2026-03-01.csv`, dated by the local calendar day of `now`. */
export function walkTestsCsvFileName(now: number): string {
  return `backstride-walking-tests-${formatDate(now, 'yyyy-MM-dd')}.csv`;
}
