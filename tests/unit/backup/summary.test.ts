import { describe, expect, it } from 'vitest';
import { countRecords, describeCounts, totalRecords, type TableCounts } from '@/lib/backup';

const zero: TableCounts = { plan: 0, sessions: 0, checkIns: 0, walks: 0, dayMarks: 0, doses: 0, screenings: 0, walkTests: 0 };

describe('describeCounts', () => {
  it.each<[Partial<TableCounts>, string]>([
    [{}, 'nothing'],
    [{ sessions: 1 }, '1 session'],
    [{ plan: 1, screenings: 2 }, '1 plan entry and 2 safety checks'],
    [{ plan: 4, sessions: 12, walks: 1, dayMarks: 2 }, '4 plan entries, 12 sessions, 1 walk and 2 skip or flare days'],
    [{ checkIns: 3, doses: 1, screenings: 1 }, '3 check-ins, 1 exercise dose and 1 safety check'],
  ])('%o reads "%s"', (counts, text) => {
    expect(describeCounts({ ...zero, ...counts })).toBe(text);
  });

  it('says what it is told when there is nothing', () => {
    expect(describeCounts(zero, 'no records')).toBe('no records');
  });
});

describe('countRecords and totalRecords', () => {
  it('count each table and add them up', () => {
    const counts = countRecords({
      plan: [], sessions: [], checkIns: [], walks: [], doses: [],
      dayMarks: [{ day: '2026-03-01', kind: 'skip', at: 0 }, { day: '2026-03-02', kind: 'flare', at: 0 }],
      screenings: [{ id: 'q', at: 0, day: '2026-03-01', answers: {}, outcome: 'incomplete' }],
      walkTests: [],
    });
    expect(counts).toEqual({ ...zero, dayMarks: 2, screenings: 1 });
    expect(totalRecords(counts)).toBe(3);
  });
});
