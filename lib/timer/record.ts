// Turns a finished session state into the record kept in history: planned vs done per
// exercise and side, what was skipped, and whether the person reached the end.
import { recordDay } from '@/lib/days';
import type { SessionRecord } from '@/lib/model';
import type { SessionState } from './engine';
import { summarize } from './selectors';

/** The record is dated by lib/days `recordDay`: the day the session started on. */
export function toSessionRecord(input: { id: string; routineId: string; state: SessionState; rolloverHour: number }): SessionRecord {
  const { state } = input;
  const summary = summarize(state);
  const startedAt = summary.startedAt ?? state.endedAt ?? 0;
  // Completed means every phase was finished or deliberately skipped (END stops early) and at
  // least one exercise was actually done: skipping every work phase is not doing the routine,
  // and must not move progression.
  const reached = new Set(state.log.filter((r) => r.completed || r.skipped).map((r) => r.phaseIndex));
  const done = new Set(state.log.filter((r) => r.completed).map((r) => r.phaseIndex));
  const workDone = state.phases.some((p) => p.kind === 'work' && done.has(p.index));
  return {
    id: input.id,
    routineId: input.routineId,
    startedAt,
    endedAt: summary.endedAt ?? startedAt,
    day: recordDay(startedAt, input.rolloverHour),
    completed: workDone && state.phases.every((p) => reached.has(p.index)),
    source: 'player',
    results: summary.items.map((item) => ({
      exerciseId: item.exerciseId,
      side: item.side,
      unit: item.unit,
      planned: round1(item.planned),
      done: round1(item.done),
      skipped: item.skippedPhases > 0,
    })),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
