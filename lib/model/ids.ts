// Record ids: random UUIDs, so records from two tabs or a merged backup never collide.
export function newId(): string {
  return crypto.randomUUID();
}
