// How a routine is named and timed in reminders: notifications and the calendar export quote
// the same name and "N min" the routine pages show, from lib/content.
import { getRoutine, routineSeconds } from '@/lib/content';

/** The routine's name; ids from an old backup that no longer exist read as "Routine". */
export function routineName(id: string): string {
  return getRoutine(id)?.name ?? 'Routine';
}

/** Whole minutes the routine takes, at least 1; 10 for an unknown id (a calendar slot needs a length). */
export function routineMinutes(id: string): number {
  const routine = getRoutine(id);
  return routine ? Math.max(1, Math.round(routineSeconds(routine) / 60)) : 10;
}
