// Records for the settings tests, built from the real types.
import type { BackupData } from '@/lib/backup';
import type { SessionRecord } from '@/lib/model';
import type { ScreeningRecord } from '@/lib/safety/screening';
import { buildAllData, buildScreening, buildSession } from '../../fixtures/records';

export const T0 = Date.UTC(2026, 2, 1, 7, 30);

export const session = (id: string, over: Partial<SessionRecord> = {}): SessionRecord =>
  buildSession({ id, routineId: 'walk-ready', startedAt: T0, endedAt: T0 + 300_000, day: '2026-03-01', source: 'manual', ...over });

export const screening = (id: string, over: Partial<ScreeningRecord> = {}): ScreeningRecord =>
  buildScreening({ id, at: T0, day: '2026-03-01', answers: { 'bladder-bowel': false, 'leg-neuro': true }, outcome: 'see-clinician', ...over });

export const emptyData: BackupData = buildAllData();

export function jsonFile(content: unknown, name = 'backup.json'): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });
}
