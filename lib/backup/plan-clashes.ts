// Plan entries that clash, judged over a whole plan with the plan's own rule (lib/schedule's
// clashDays: one routine, one time, a shared weekday). The file is checked by the schema; a
// merge checks the plan it would leave on the device, so an entry in the file cannot clash
// with one already here either. Messages name the entry in the file and its field.
import { getRoutine } from '@/lib/content';
import type { PlanEntry } from '@/lib/model';
import { dayNames, planClashes } from '@/lib/schedule/plan-entry';

type Entry = Pick<PlanEntry, 'id' | 'routineId' | 'time' | 'weekdays'>;

/** "Walk-ready, Monday, Wednesday 08:00" (an unknown routine by its id). */
export function describeEntry(entry: Entry): string {
  return `${getRoutine(entry.routineId)?.name ?? JSON.stringify(entry.routineId)}, ${dayNames(entry.weekdays)} ${entry.time}`;
}

/** The words after `plan[3].time: `, for an entry that clashes with `other`. */
export function clashMessage(entry: Entry, other: string, days: Parameters<typeof dayNames>[0]): string {
  return `plan entry (${describeEntry(entry)}) clashes with ${other}: the same routine at the same time on ${dayNames(days)}. Remove one, or move it to another time or other days.`;
}

/** Whether a value has the fields the rule reads (the schema reports anything else). */
function isEntry(value: unknown): value is Entry {
  const v = value as Partial<Entry> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.routineId === 'string' && typeof v.time === 'string' && Array.isArray(v.weekdays);
}

export interface FileClash {
  /** The entry's place in the file's plan. */
  readonly index: number;
  readonly message: string;
}

/** Clashes inside the file's own plan: each later entry against the first it clashes with. */
export function fileClashes(plan: readonly unknown[]): FileClash[] {
  const entries = plan.filter(isEntry);
  if (entries.length !== plan.length) return []; // a malformed entry is reported field by field
  return planClashes(entries).map(({ index, with: earlier, days }) => ({
    index,
    message: clashMessage(entries[index] as Entry, `plan[${earlier}] (${describeEntry(entries[earlier] as Entry)})`, days),
  }));
}

/**
 * Clashes a merge would create: entries it writes from the file against the ones the device
 * keeps. `written` are the file's entries the merge puts, `fileIndex` their place in the file.
 * Clashes among the device's own entries, older than this rule, are left alone.
 */
export function mergeClashes(kept: readonly Entry[], written: readonly Entry[], fileIndex: (entry: Entry) => number): string[] {
  const writtenIds = new Set(written.map((e) => e.id));
  const onDevice = kept.filter((e) => !writtenIds.has(e.id));
  // Device entries first, so a written entry is named against the device's copy it meets.
  const plan = [...onDevice, ...written];
  return planClashes(plan)
    .filter(({ index }) => index >= onDevice.length)
    .map(({ index, with: earlier, days }) => {
      const entry = plan[index] as Entry;
      const other = plan[earlier] as Entry;
      const otherName = earlier < onDevice.length ? `a plan entry already on this device (${describeEntry(other)})` : `plan[${fileIndex(other)}] (${describeEntry(other)})`;
      return `plan[${fileIndex(entry)}].time: ${clashMessage(entry, otherName, days)}`;
    });
}
