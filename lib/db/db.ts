// The one Dexie database. Schema versions are append-only: a shipped version is never
// edited; a change is a new version with an upgrade() and a test that upgrades old data.
import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_SETTINGS, localDayKey, readVersioned, SETTINGS_RECORD, type CheckIn, type DayMark, type DoseState, type PlanEntry, type ScreeningRecord, type SessionRecord, type WalkLog, type WalkTest } from '@/lib/model';

/** Small singleton records: settings, the running session, onboarding answers. `version`
 *  is the record's own (lib/model/kv-records.ts); rows written before it existed have none.
 *  It is not indexed, so adding it needed no new Dexie version. */
export interface KeyValue {
  readonly key: string;
  readonly version?: number;
  readonly value: unknown;
}

export const DB_NAME = 'backstride';

export class BackstrideDB extends Dexie {
  plan!: EntityTable<PlanEntry, 'id'>;
  sessions!: EntityTable<SessionRecord, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  walks!: EntityTable<WalkLog, 'id'>;
  dayMarks!: EntityTable<DayMark, 'day'>;
  doses!: EntityTable<DoseState, 'exerciseId'>;
  kv!: EntityTable<KeyValue, 'key'>;
  screenings!: EntityTable<ScreeningRecord, 'id'>;
  walkTests!: EntityTable<WalkTest, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      plan: 'id, routineId',
      sessions: 'id, day, routineId, startedAt',
      checkIns: 'id, day, at',
      walks: 'id, day, startedAt',
      dayMarks: 'day',
      doses: 'exerciseId',
      kv: 'key',
      screenings: 'id, at, day',
    });
    // Version 2: every plan entry gets its first day (startDay), from its creation instant on
    // this device's wall clock at the upgrade, with the person's rollover hour. No index changes.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        const read = readVersioned(SETTINGS_RECORD, await tx.table<KeyValue, string>('kv').get('settings'));
        const { rolloverHour } = read.state === 'ok' ? read.value : DEFAULT_SETTINGS;
        await tx
          .table<PlanEntry, string>('plan')
          .toCollection()
          .modify((entry) => {
            if (entry.startDay === undefined) (entry as { startDay?: string }).startDay = localDayKey(entry.createdAt, rolloverHour);
          });
      });
    // Version 3: guided walking tests, a table of their own. Nothing to move.
    this.version(3).stores({ walkTests: 'id, day, startedAt' });
    // A newer version of the app opened in another tab wants to upgrade: this tab's code is
    // outdated, so reload it (running sessions are saved on every event and resume).
    this.on('versionchange', (event) => {
      this.close({ disableAutoOpen: true });
      if (event.newVersion !== null && typeof window !== 'undefined') window.location.reload();
      return false;
    });
  }
}

export const db = new BackstrideDB();
