// Which beeps a running phase needs, as offsets from now: a short tick for each of the last
// three seconds and a longer tone at the phase change. Pure, so the schedule is testable;
// the audio adapter places them on the AudioContext clock ahead of time.
export interface Beep {
  /** Milliseconds from now. */
  readonly inMs: number;
  readonly kind: 'count' | 'change';
}

export function plannedBeeps(phaseEndsAt: number | null, now: number): Beep[] {
  if (phaseEndsAt === null) return [];
  const beeps: Beep[] = [];
  for (const before of [3000, 2000, 1000]) {
    const at = phaseEndsAt - before;
    if (at >= now) beeps.push({ inMs: at - now, kind: 'count' });
  }
  if (phaseEndsAt >= now) beeps.push({ inMs: phaseEndsAt - now, kind: 'change' });
  return beeps;
}
