// Record counts in words, for the import screen: what a backup holds and what an import did
// ("3 sessions, 1 walk and 2 safety checks"). Pure, so the wording is tested as a table.
import { RECORD_TABLES, type RecordTable } from './format';
import type { RecordSets, TableCounts } from './merge';

/** What people call each kind of record: singular, plural. */
export const RECORD_NOUNS = {
  plan: ['plan entry', 'plan entries'],
  sessions: ['session', 'sessions'],
  checkIns: ['check-in', 'check-ins'],
  walks: ['walk', 'walks'],
  dayMarks: ['skip or flare day', 'skip or flare days'],
  doses: ['exercise dose', 'exercise doses'],
  screenings: ['safety check', 'safety checks'],
  walkTests: ['walking test', 'walking tests'],
} as const satisfies { readonly [T in RecordTable]: readonly [one: string, many: string] };

export function countRecords(records: RecordSets): TableCounts {
  return Object.fromEntries(RECORD_TABLES.map((table) => [table, records[table].length])) as unknown as TableCounts;
}

export function totalRecords(counts: TableCounts): number {
  return RECORD_TABLES.reduce((sum, table) => sum + counts[table], 0);
}

// The app's words are English, and so are its numbers: "60,000 check-ins".
const COUNT = new Intl.NumberFormat('en');

/** "1 plan entry, 3 sessions and 2 walks", leaving out the kinds there are none of; `none` when all are 0. */
export function describeCounts(counts: TableCounts, none = 'nothing'): string {
  const parts = RECORD_TABLES.filter((table) => counts[table] > 0).map((table) => {
    const n = counts[table];
    const [one, many] = RECORD_NOUNS[table];
    return `${COUNT.format(n)} ${n === 1 ? one : many}`;
  });
  if (parts.length === 0) return none;
  if (parts.length === 1) return parts[0] ?? none;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
