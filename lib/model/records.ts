// The records Backstride keeps on the device. Plain JSON-able objects only (they are stored
// in IndexedDB and written to backups); times are epoch milliseconds, days are local day keys.
import type { Onboarding } from './onboarding';
import type { ScreeningRecord } from './screening';
import type { WalkTest } from './walk-test';

/** A local calendar day, `YYYY-MM-DD`, after the rollover hour (see lib/days). */
export type DayKey = string;

/** 0 = Sunday … 6 = Saturday, as in Date#getDay and date-fns. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface PlanEntry {
  readonly id: string;
  readonly routineId: string;
  /** The days it is planned on; for a "times a week" entry, the days it may be done on. */
  readonly weekdays: readonly Weekday[];
  /**
   * A goal of this many days a week (1–7, at most one a day) instead of fixed days: due on
   * any of `weekdays` until the week's count is met (lib/schedule/day-plan). Absent: every
   * one of `weekdays`. First-version records never carry it.
   */
  readonly timesPerWeek?: number;
  /** Local time of day, `HH:mm`. */
  readonly time: string;
  readonly reminder: boolean;
  readonly remindMinutesBefore: number;
  readonly createdAt: number;
  /** The first day the entry counts for, as this device's wall clock named it when the entry was
   *  written (localDayKey): a past day is judged by this, never by where `createdAt` falls in
   *  today's time zone. Stamped by lib/db on every write; absent only in backups and databases
   *  from before it existed, which get it on import and on the upgrade to database version 2. */
  readonly startDay?: DayKey;
  /** When the record was last edited (epoch ms); absent on records never edited since
   *  they were created, and on every record the first version wrote. A merge keeps the newer. */
  readonly updatedAt?: number;
}

export type Effort = 'easy' | 'right' | 'hard';

export interface ExerciseResult {
  readonly exerciseId: string;
  readonly side: 'left' | 'right' | null;
  readonly unit: 'seconds' | 'reps';
  readonly planned: number;
  readonly done: number;
  readonly skipped: boolean;
}

export interface SessionRecord {
  readonly id: string;
  readonly routineId: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly day: DayKey;
  /** Every planned phase was reached (skips allowed) and some work was done; false when ended early or all skipped. */
  readonly completed: boolean;
  /** 'player' when guided, 'manual' when ticked off as done elsewhere. */
  readonly source: 'player' | 'manual';
  readonly results: readonly ExerciseResult[];
  readonly effort?: Effort;
  /** Tightness right after the session, 0–10. */
  readonly tightness?: number;
  /** Ids of exercises the person rated too hard in this session (each at most once). */
  readonly tooHard?: readonly string[];
  /** The effort the person gave single exercises, by exercise id (optional, each of this
   *  session). "hard" also puts the id in `tooHard`, which older versions read. */
  readonly exerciseEffort?: Readonly<Record<string, Effort>>;
  readonly note?: string;
  /** The person ticked "new numbness, tingling or weakness in a leg" on the summary. */
  readonly legSymptoms?: boolean;
  /** When the record was last edited (epoch ms); absent on records never edited since
   *  they were created, and on every record the first version wrote. A merge keeps the newer. */
  readonly updatedAt?: number;
}

export type CheckInContext = 'before-session' | 'after-session' | 'before-walk' | 'after-walk' | 'other';

export interface CheckIn {
  readonly id: string;
  readonly at: number;
  readonly day: DayKey;
  /** 0 (none) to 10 (worst imaginable). */
  readonly tightness: number;
  readonly context: CheckInContext;
  readonly note?: string;
  /** New numbness, tingling or weakness in a leg, reported with this check-in. */
  readonly legSymptoms?: boolean;
  /** When the record was last edited (epoch ms); absent on records never edited since
   *  they were created, and on every record the first version wrote. A merge keeps the newer. */
  readonly updatedAt?: number;
}

export interface WalkLog {
  readonly id: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly day: DayKey;
  readonly minutesWalked: number;
  /** Minutes into the walk when tightness started; null when it never did. */
  readonly tightnessAtMinute: number | null;
  readonly tightnessBefore?: number;
  readonly tightnessAfter?: number;
  /** New numbness, tingling or weakness in a leg on this walk. */
  readonly legSymptoms?: boolean;
  /** When the record was last edited (epoch ms); absent on records never edited since
   *  they were created, and on every record the first version wrote. A merge keeps the newer. */
  readonly updatedAt?: number;
}

export type DayMarkKind = 'skip' | 'flare';

export interface DayMark {
  readonly day: DayKey;
  readonly kind: DayMarkKind;
  readonly reason?: string;
  readonly at: number;
  /** When the record was last edited (epoch ms); absent on records never edited since
   *  they were created, and on every record the first version wrote. A merge keeps the newer. */
  readonly updatedAt?: number;
}

/** A dose the person pinned, or the progression's current one, per exercise. */
export interface DoseState {
  readonly exerciseId: string;
  /** Hold seconds for hold doses, reps for rep doses. */
  readonly amount: number;
  readonly pinned: boolean;
  readonly updatedAt: number;
}

export interface Settings {
  readonly sound: boolean;
  readonly voice: boolean;
  readonly vibration: boolean;
  readonly keepAwake: boolean;
  readonly reducedMotion: 'system' | 'reduce';
  readonly weekStartsOn: 0 | 1;
  /** Hour (0–23) at which a new day starts; a session at 00:40 counts for the day before. */
  readonly rolloverHour: number;
  /** Minimum planned routines done for a scheduled day to count (null = all of them). */
  readonly minimumPerDay: number | null;
  /** Region whose emergency number the call button dials (ISO code), 'custom', or null to guess. */
  readonly emergencyRegion: string | null;
  /** The number typed by the person when the region is 'custom'. */
  readonly emergencyNumber: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  sound: true,
  // On since spoken cues name the limbs: a person on the floor cannot read the screen. Stored
  // settings keep only what the person chose (lib/db/settings.ts), so an earlier "off" stays.
  voice: true,
  vibration: true,
  keepAwake: true,
  reducedMotion: 'system',
  weekStartsOn: 1,
  rolloverHour: 3,
  minimumPerDay: null,
  emergencyRegion: null,
  emergencyNumber: null,
};

/** Everything the device keeps about the person, as a backup carries it (the running
 *  session and other device state aside). */
export interface AllData {
  readonly plan: readonly PlanEntry[];
  readonly sessions: readonly SessionRecord[];
  readonly checkIns: readonly CheckIn[];
  readonly walks: readonly WalkLog[];
  readonly dayMarks: readonly DayMark[];
  readonly doses: readonly DoseState[];
  /** Red-flag screenings; files written before they were backed up have none (read as []). */
  readonly screenings: readonly ScreeningRecord[];
  /** Guided walking tests; files written before they existed have none (read as []). */
  readonly walkTests: readonly WalkTest[];
  readonly settings: Settings;
  /** The welcome answers (walking baseline among them); absent when never given. */
  readonly onboarding?: Onboarding;
}

/** The record tables of AllData. */
export type RecordSets = Omit<AllData, 'settings' | 'onboarding'>;

/** What one all-or-nothing write of everything does, decided from what is there now. */
export interface DataWrite<R> {
  /** Empty every record table first (a replace). */
  readonly clear: boolean;
  /** Records to put (over what remains). */
  readonly records: RecordSets;
  readonly settings?: Settings;
  readonly onboarding?: Onboarding;
  /** Handed back to the caller once the write has committed. */
  readonly result: R;
}
