import { describe, expect, it } from 'vitest';
import { mergeBackup, type BackupData } from '@/lib/backup';
import { DEFAULT_SETTINGS, type SessionRecord } from '@/lib/model';
import type { ScreeningRecord } from '@/lib/safety/screening';
import { buildAllData, buildScreening, buildSession } from '../../fixtures/records';

const T0 = Date.UTC(2026, 2, 1, 7, 30);

const session = (id: string, over: Partial<SessionRecord> = {}): SessionRecord =>
  buildSession({ id, routineId: 'core', startedAt: T0, endedAt: T0 + 60_000, day: '2026-03-01', ...over });

const screening = (id: string, over: Partial<ScreeningRecord> = {}): ScreeningRecord =>
  buildScreening({ id, at: T0, day: '2026-03-01', answers: { 'leg-neuro': false }, outcome: 'incomplete', ...over });

const empty: BackupData = buildAllData();

const existing: BackupData = {
  ...empty,
  sessions: [session('a', { note: 'mine' }), session('b')],
  dayMarks: [{ day: '2026-03-02', kind: 'skip', at: T0 }],
  doses: [{ exerciseId: 'plank', amount: 40, pinned: true, updatedAt: T0 }],
  screenings: [screening('q1', { outcome: 'emergency', answers: { 'bladder-bowel': true }, acknowledgedAt: T0 + 1 })],
  settings: { ...DEFAULT_SETTINGS, reducedMotion: 'reduce' },
};

const incoming: BackupData = {
  ...empty,
  sessions: [session('a', { note: 'from the backup' }), session('c')],
  checkIns: [{ id: 'k1', at: T0, day: '2026-03-01', tightness: 2, context: 'other' }],
  dayMarks: [
    { day: '2026-03-02', kind: 'flare', at: T0 },
    { day: '2026-03-04', kind: 'skip', at: T0 },
  ],
  doses: [{ exerciseId: 'plank', amount: 20, pinned: false, updatedAt: T0 - 1 }],
  screenings: [screening('q1', { outcome: 'clear' }), screening('q2')],
  settings: { ...DEFAULT_SETTINGS, weekStartsOn: 0, sound: false },
};

const zero = { plan: 0, sessions: 0, checkIns: 0, walks: 0, dayMarks: 0, doses: 0, screenings: 0, walkTests: 0 };

describe('mergeBackup, merge', () => {
  const result = mergeBackup(existing, incoming, 'merge');

  it('keeps every existing record as it is when the backup’s copy is not newer', () => {
    expect(result.data.sessions).toContainEqual(session('a', { note: 'mine' }));
    expect(result.data.sessions).not.toContainEqual(session('a', { note: 'from the backup' }));
    expect(result.data.dayMarks).toContainEqual({ day: '2026-03-02', kind: 'skip', at: T0 });
    expect(result.data.doses).toEqual(existing.doses);
    // An acknowledged emergency on this device is never swapped for a backup's "clear".
    expect(result.data.screenings[0]).toEqual(existing.screenings[0]);
  });

  it('adds the records the device does not have, keyed by id, day and exercise', () => {
    expect(result.data.sessions.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(result.data.screenings.map((s) => s.id)).toEqual(['q1', 'q2']);
    expect(result.data.checkIns).toEqual(incoming.checkIns);
    expect(result.data.dayMarks.map((m) => m.day)).toEqual(['2026-03-02', '2026-03-04']);
    expect(result.newRecords).toEqual({
      plan: [], sessions: [session('c')], checkIns: incoming.checkIns, walks: [], dayMarks: [incoming.dayMarks[1]], doses: [], screenings: [screening('q2')], walkTests: [],
    });
  });

  it('keeps the settings on the device', () => {
    expect(result.data.settings).toEqual(existing.settings);
  });

  it('counts what it added and what it skipped', () => {
    expect(result.counts).toEqual({
      added: { ...zero, sessions: 1, checkIns: 1, dayMarks: 1, screenings: 1 },
      updated: zero,
      skipped: { ...zero, sessions: 1, dayMarks: 1, doses: 1, screenings: 1 },
      removed: zero,
    });
  });

  it('is a no-op when the same backup is imported twice', () => {
    const again = mergeBackup(result.data, incoming, 'merge');
    expect(again.data).toEqual(result.data);
    expect(again.counts.added).toEqual(zero);
  });

  it('skips a key repeated inside the backup itself', () => {
    const twice = mergeBackup(empty, { ...empty, sessions: [session('x', { note: '1' }), session('x', { note: '2' })] }, 'merge');
    expect(twice.data.sessions).toEqual([session('x', { note: '1' })]);
    expect(twice.counts.skipped.sessions).toBe(1);
  });

  it('does not modify its inputs', () => {
    const before = JSON.stringify([existing, incoming]);
    mergeBackup(existing, incoming, 'merge');
    expect(JSON.stringify([existing, incoming])).toBe(before);
  });
});

describe('mergeBackup keeps the newer edit of the same record', () => {
  // Edited after the session ended (endedAt is T0 + 60 s).
  const EDIT = T0 + 120_000;
  const mine = session('a', { note: 'mine', updatedAt: EDIT });
  it.each([
    ['the backup’s edit is newer: it wins', session('a', { note: 'theirs', updatedAt: EDIT + 10 }), 'theirs', 1],
    ['the device’s edit is newer: it stays', session('a', { note: 'theirs', updatedAt: EDIT - 5 }), 'mine', 0],
    ['a tie: the device’s stays', session('a', { note: 'theirs', updatedAt: EDIT }), 'mine', 0],
    ['the backup’s copy was never edited: the device’s edit stays', session('a', { note: 'theirs' }), 'mine', 0],
  ] as const)('%s', (_name, theirs, note, updated) => {
    const result = mergeBackup({ ...empty, sessions: [mine] }, { ...empty, sessions: [theirs] }, 'merge');
    expect(result.data.sessions.map((s) => s.note)).toEqual([note]);
    expect(result.counts.updated.sessions).toBe(updated);
    expect(result.counts.skipped.sessions).toBe(1 - updated);
    expect(result.newRecords.sessions).toEqual(updated ? [theirs] : []);
  });

  it('an edit made on the device without updatedAt (an older app) loses to a dated newer edit', () => {
    const old = session('a', { note: 'old' });
    const theirs = session('a', { note: 'new', updatedAt: old.endedAt + 1 });
    expect(mergeBackup({ ...empty, sessions: [old] }, { ...empty, sessions: [theirs] }, 'merge').data.sessions).toEqual([theirs]);
  });

  it('a newer dose from the backup replaces the device’s', () => {
    const dose = { exerciseId: 'plank', amount: 50, pinned: true, updatedAt: T0 + 1 };
    expect(mergeBackup(existing, { ...empty, doses: [dose] }, 'merge').data.doses).toEqual([dose]);
  });
});

describe('mergeBackup, replace', () => {
  const result = mergeBackup(existing, incoming, 'replace');

  it('makes the backup the data, settings included', () => {
    expect(result.data).toEqual(incoming);
    expect(result.newRecords).toEqual({ ...incoming, settings: undefined });
  });

  it('counts what goes and what comes', () => {
    expect(result.counts).toEqual({
      added: { ...zero, sessions: 2, checkIns: 1, dayMarks: 2, doses: 1, screenings: 2 },
      updated: zero,
      skipped: zero,
      removed: { ...zero, sessions: 2, dayMarks: 1, doses: 1, screenings: 1 },
    });
  });
});
