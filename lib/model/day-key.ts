// The one rule for which day an instant belongs to, on this device's wall clock: its local
// calendar date, or the date before when it falls before the rollover hour (a late-night session
// counts for the evening it began in). lib/days builds on it; lib/db uses it to stamp a plan
// entry's first day when it is written, so a later trip to another time zone cannot move it.
import type { DayKey } from './records';

const pad = (n: number) => String(n).padStart(2, '0');

export function localDayKey(at: number, rolloverHour: number): DayKey {
  const local = new Date(at);
  // Calendar arithmetic in UTC on the local date's fields: no daylight-saving gap can skip a day.
  const date = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate() - (local.getHours() < rolloverHour ? 1 : 0)));
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
