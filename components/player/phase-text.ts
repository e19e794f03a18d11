// Words for the phase on screen: the visible label and what screen readers and the voice hear
// when a phase starts (once per phase, never every second).
import { currentPhase, type Phase, type SessionState } from '@/lib/timer';

/** Looks up an exercise's display name. */
export type PhaseText = (exerciseId: string) => string;

const sideWord = (side: Phase['side']) => (side ? `${side} side` : '');

/** A hold until it settles has no target time: the clock only shows the most it will wait. */
export const UNTIL_SETTLED_DETAIL = 'stay until it settles, then tap Skip to carry on';
const UNTIL_SETTLED_SPOKEN = 'Stay until it settles, then carry on when you are ready.';

export function phaseTitle(phase: Phase, name: PhaseText): string {
  switch (phase.kind) {
    case 'prepare':
      return 'Get ready';
    case 'rest':
      return 'Rest';
    case 'switch':
      return 'Switch sides';
    case 'work':
      return name(phase.exerciseId);
  }
}

export function phaseDetail(phase: Phase, name: PhaseText): string {
  const parts: string[] = [];
  if (phase.kind !== 'work') parts.push(`Next: ${name(phase.exerciseId)}`);
  if (phase.kind === 'work' && phase.untilSettled) parts.push(UNTIL_SETTLED_DETAIL);
  if (phase.side) parts.push(sideWord(phase.side));
  if (phase.rep !== undefined && phase.repCount !== undefined) parts.push(`rep ${phase.rep} of ${phase.repCount}`);
  if (phase.targetReps !== undefined) parts.push(`${phase.targetReps} reps`);
  if (phase.setCount > 1) parts.push(`set ${phase.set} of ${phase.setCount}`);
  return parts.join(' · ');
}

export function phaseAnnouncement(state: SessionState, name: PhaseText): string {
  if (state.status === 'finished') return 'Session complete.';
  const phase = currentPhase(state);
  if (!phase || state.status === 'idle') return '';
  if (state.status === 'paused') return 'Paused.';
  const seconds = phase.durationMs === null ? null : Math.round(phase.durationMs / 1000);
  switch (phase.kind) {
    case 'prepare':
      return `Get ready for ${name(phase.exerciseId)}${phase.side ? `, ${sideWord(phase.side)}` : ''}.`;
    case 'rest':
      return `Rest${seconds ? ` for ${seconds} seconds` : ''}.`;
    case 'switch':
      return `Switch sides. ${sideWord(phase.side)} next.`;
    case 'work': {
      // Later reps of the same set only say which rep it is: less to listen to.
      if (phase.rep !== undefined && phase.rep > 1 && phase.repCount !== undefined) {
        return `${phase.side ? `${capitalise(sideWord(phase.side))}, rep` : 'Rep'} ${phase.rep} of ${phase.repCount}.`;
      }
      if (phase.untilSettled) return `${[name(phase.exerciseId), sideWord(phase.side)].filter(Boolean).join(', ')}. ${UNTIL_SETTLED_SPOKEN}`;
      const what = phase.targetReps !== undefined ? `${phase.targetReps} reps` : seconds ? `hold ${seconds} seconds` : '';
      return [name(phase.exerciseId), sideWord(phase.side), what].filter(Boolean).join(', ') + '.';
    }
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** m:ss, rounded up so the display reaches 0:00 exactly when the phase ends. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}
