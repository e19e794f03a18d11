// Turns a finished session state into the record kept in history: planned vs done per
// exercise and side, what was skipped, and whether the person reached the end.
import type { DayKey, SessionRecord } from '@/lib/model';
import type { SessionState } from './engine';
import { summarize } from './selectors';

export function toSessionRecord(input: { id: string; routineId: string; state: SessionState; day: DayKey }): SessionRecord {
  const { state } = input;
  const summary = summarize(state);
  const startedAt = summary.startedAt ?? state.endedAt ?? 0;
  // Reaching the end means every phase was finished or deliberately skipped; END stops early.
  const reached = new Set(state.log.filter((r) => r.completed || r.skipped).map((r) => r.phaseIndex));
  return {
    id: input.id,
    routineId: input.routineId,
    startedAt,
    endedAt: summary.endedAt ?? startedAt,
    day: input.day,
    completed: state.phases.every((p) => reached.has(p.index)),
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
