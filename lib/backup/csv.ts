// Sessions as a CSV for spreadsheets (RFC 4180: CRLF rows, quoted fields where needed).
// Cells that a spreadsheet would run as a formula are defused with a leading apostrophe, so
// a note typed as "=HYPERLINK(...)" stays text.
import { format as formatDate } from 'date-fns';
import type { SessionRecord } from '@/lib/model';

export const SESSIONS_CSV_HEADER = ['date', 'start', 'routine', 'completed', 'minutes', 'effort', 'tightness', 'note'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * One row per session, oldest first. `start` is the local wall-clock time with its UTC offset
 * (ISO 8601); `minutes` is the session's length to one decimal.
 */
export function sessionsCsv(sessions: readonly SessionRecord[], routineName: (routineId: string) => string): string {
  const ordered = [...sessions].sort((a, b) => a.startedAt - b.startedAt);
  const lines = [row(SESSIONS_CSV_HEADER)];
  for (const s of ordered) {
    lines.push(
      row([
        s.day,
        formatDate(s.startedAt, "yyyy-MM-dd'T'HH:mm:ssxxx"),
        routineName(s.routineId),
        s.completed ? 'yes' : 'no',
        String(Math.round((s.endedAt - s.startedAt) / 6_000) / 10),
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
