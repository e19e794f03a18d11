// Record ids: random UUIDs, so records from two tabs or a merged backup never collide.
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * A routine ticked off as done elsewhere: one record per plan entry and day, so a double tap, a
 * retry or the same tick on a second device writes the same record again instead of a second one.
 */
export function doneElsewhereId(entryId: string, day: string): string {
  return `done-elsewhere:${day}:${entryId}`;
}
