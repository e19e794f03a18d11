// The guided session as stored while it runs: its planned phases and the engine's state
// (plain JSON, saved on every event), and the running-session record around it. lib/timer
// owns the rules that move this state; lib/db only keeps it.

export type PhaseKind = 'prepare' | 'work' | 'rest' | 'switch';
export type Side = 'left' | 'right' | null;

export interface Phase {
  readonly index: number;
  readonly kind: PhaseKind;
  readonly exerciseId: string;
  /** Position of the exercise in the routine, so a repeated exercise stays two entries. */
  readonly exerciseIndex: number;
  /** Work: its set. Prepare, rest and switch describe the work that comes right after them. */
  readonly set: number;
  readonly setCount: number;
  readonly side: Side;
  /** Timed rep holds only: 1-based rep within the set, and how many reps the set has. */
  readonly rep?: number;
  readonly repCount?: number;
  /** Untimed rep work only: the REP_DONE count that completes the phase. */
  readonly targetReps?: number;
  /** null = untimed: ends by reaching targetReps, SKIP, BACK or END, never by the clock. */
  readonly durationMs: number | null;
  /** Planned length, used for progress and estimates; equals durationMs when timed. */
  readonly plannedMs: number;
  /** Work of a hold until it settles: durationMs is the most it waits; the person moves on
   *  with SKIP when ready (or PAUSE to stay longer). */
  readonly untilSettled?: true;
}

export type SessionStatus = 'idle' | 'running' | 'paused' | 'finished';

/** One attempt at one phase. BACK can produce several attempts of the same phase. */
export interface PhaseResult {
  readonly phaseIndex: number;
  readonly startedAt: number;
  readonly endedAt: number;
  /** Active (unpaused) time spent in the phase, capped at its duration when timed. */
  readonly doneMs: number;
  /** Untimed rep work: REP_DONE count. Timed rep holds: 1 when completed. Otherwise 0. */
  readonly repsDone: number;
  readonly skipped: boolean;
  readonly completed: boolean;
}

export interface SessionState {
  readonly phases: readonly Phase[];
  readonly status: SessionStatus;
  /** phases.length once finished. */
  readonly phaseIndex: number;
  /** Wall-clock start of the current phase: its ideal start when reached by the clock. */
  readonly phaseStartedAt: number | null;
  /** Timed phases only; moves later by every pause taken during the phase. */
  readonly phaseEndsAt: number | null;
  /** Paused time within the current phase, so active time = now - start - this. */
  readonly phasePausedMs: number;
  readonly pausedAt: number | null;
  readonly totalPausedMs: number;
  readonly startedAt: number | null;
  readonly endedAt: number | null;
  /** REP_DONE count in the current phase. */
  readonly repsDone: number;
  readonly log: readonly PhaseResult[];
}

/** The session in progress, one at a time, shared by every tab. */
export interface ActiveSession {
  readonly id: string;
  readonly routineId: string;
  readonly state: SessionState;
  readonly savedAt: number;
  /** Hold seconds or reps per exercise this session uses (progression remembers them). */
  readonly doses?: Readonly<Record<string, number>>;
  /** The tab or window driving it: only that one saves, so two tabs never overwrite each other. */
  readonly writer?: string;
  /** Heartbeat (epoch ms): the last moment the player was open with this session running.
   *  Records from before it have none; time away then counts from `savedAt`. */
  readonly lastSeen?: number;
}
