// Words for the phase on screen and in the voice: one big word for what to do ("Hold",
// "Rest"), one instruction naming the limbs (lib/content/limbs.ts), a small count, and one
// "Up next" line while the person waits; and what screen readers and the voice hear when a
// phase starts (once per phase, never every second).
import { getExercise } from '@/lib/content';
import { sideMeaning } from '@/lib/content/limbs';
import type { Exercise, Position } from '@/lib/content/types';
import { currentPhase, remainingMs, type Phase, type SessionState } from '@/lib/timer';

export interface PhaseLines {
  /** The exercise this phase belongs to ("Bird-dog"). */
  readonly exercise: string;
  /** The big word: "Get ready", "Hold", "Rest", "Switch sides", "Stay", "10 reps". */
  readonly word: string;
  /** Exactly one instruction: which limbs, or how to get into position. */
  readonly instruction: string;
  /** Rep and set counts ("Rep 2 of 8 · Set 1 of 2"), or ''. */
  readonly count: string;
  /** "Up next: …" while the person waits (get ready, rest, switch sides); null during work. */
  readonly upNext: string | null;
}

/** How to get into each position, in a few words a person can take in from the floor. */
const GET_INTO: Readonly<Record<Position, string>> = {
  standing: 'Stand tall',
  sitting: 'Sit near the front of the chair',
  kneeling: 'Kneel on the cushion',
  'all-fours': 'Get onto all fours on the mat',
  'face-down': 'Lie face down on the mat',
  lying: 'Lie on your back on the mat',
};

export const UNTIL_SETTLED_INSTRUCTION = 'Stay until it settles, then tap Skip to carry on';
const UNTIL_SETTLED_SPOKEN = 'Stay until it settles, then carry on when you are ready.';
export const REST_INSTRUCTION = 'Relax and breathe';
export const DONE_NEXT = 'Up next: done — rate your session';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const sideName = (side: Phase['side']) => (side === 'left' ? 'Left side' : side === 'right' ? 'Right side' : '');
const nameOf = (id: string, exercise: Exercise | undefined) => exercise?.name ?? id;

/** Which limbs a side means for this exercise ("Right arm and left leg"), or "Left side", or ''. */
export function limbWords(phase: Pick<Phase, 'exerciseId' | 'side'>): string {
  return sideMeaning(phase.exerciseId, phase.side)?.words ?? sideName(phase.side);
}

export function phaseWord(phase: Phase): string {
  switch (phase.kind) {
    case 'prepare':
      return 'Get ready';
    case 'rest':
      return 'Rest';
    case 'switch':
      return 'Switch sides';
    case 'work':
      if (phase.targetReps !== undefined) return `${phase.targetReps} ${phase.targetReps === 1 ? 'rep' : 'reps'}`;
      return phase.untilSettled ? 'Stay' : 'Hold';
  }
}

function instruction(phase: Phase, exercise: Exercise | undefined): string {
  const limbs = limbWords(phase);
  switch (phase.kind) {
    case 'prepare': {
      const into = exercise ? GET_INTO[exercise.position] : 'Get into position';
      if (!limbs) return into;
      const first = exercise?.dose.sides === 'alternating' ? ' first' : '';
      return `${into}: ${lowerFirst(limbs)}${first}`;
    }
    case 'rest':
      return REST_INSTRUCTION;
    case 'switch':
      return limbs || 'Change to the other side';
    case 'work':
      if (phase.untilSettled) return UNTIL_SETTLED_INSTRUCTION;
      if (phase.targetReps !== undefined && phase.side === null && exercise?.dose.sides === 'alternating') return 'Alternate sides; tap Rep done after each';
      return limbs || exercise?.summary || nameOf(phase.exerciseId, exercise);
  }
}

function count(phase: Phase): string {
  const parts: string[] = [];
  if (phase.kind === 'work' && phase.rep !== undefined && phase.repCount !== undefined) parts.push(`Rep ${phase.rep} of ${phase.repCount}`);
  if (phase.setCount > 1) parts.push(phase.kind === 'rest' ? `Set ${phase.set} of ${phase.setCount} next` : `Set ${phase.set} of ${phase.setCount}`);
  return parts.join(' · ');
}

/** The exercise after the current one, or done: what a person waiting wants to know. */
function upNext(state: SessionState, phase: Phase): string | null {
  if (phase.kind === 'work') return null;
  const after = state.phases.find((p) => p.index > phase.index && p.exerciseIndex !== phase.exerciseIndex);
  if (!after) return DONE_NEXT;
  return `Up next: ${nameOf(after.exerciseId, getExercise(after.exerciseId))}`;
}

/** Everything the screen says about the current phase, or null when nothing is running yet. */
export function phaseLines(state: SessionState): PhaseLines | null {
  const phase = currentPhase(state);
  if (!phase || state.status === 'finished') return null;
  const exercise = getExercise(phase.exerciseId);
  return {
    exercise: nameOf(phase.exerciseId, exercise),
    word: phaseWord(phase),
    instruction: instruction(phase, exercise),
    count: count(phase),
    upNext: upNext(state, phase),
  };
}

const sentence = (text: string) => (text === '' || /[.!?]$/.test(text) ? text : `${text}.`);

/** What the live region and the voice say when a phase starts (or the session pauses or ends). */
export function phaseAnnouncement(state: SessionState): string {
  if (state.status === 'finished') return 'Session complete.';
  const phase = currentPhase(state);
  if (!phase || state.status === 'idle') return '';
  if (state.status === 'paused') return 'Paused.';
  const exercise = getExercise(phase.exerciseId);
  const name = nameOf(phase.exerciseId, exercise);
  const limbs = limbWords(phase);
  const seconds = phase.durationMs === null ? null : Math.round(phase.durationMs / 1000);
  const say = (...parts: string[]) => parts.filter(Boolean).map(sentence).join(' ');
  switch (phase.kind) {
    case 'prepare':
      return say(`Get ready for ${name}`, instruction(phase, exercise));
    case 'rest': {
      const next = phase.setCount > 1 ? `Then set ${phase.set} of ${phase.setCount}` : '';
      return say(seconds ? `Rest for ${seconds} seconds` : 'Rest', next);
    }
    case 'switch':
      return say('Switch sides', limbs);
    case 'work': {
      // Later reps of the same set say only which limbs and which rep: less to listen to.
      if (phase.rep !== undefined && phase.rep > 1 && phase.repCount !== undefined) return say(limbs, `Rep ${phase.rep} of ${phase.repCount}`);
      if (phase.untilSettled) return say(name, UNTIL_SETTLED_SPOKEN);
      // A timed rep includes moving into and out of its hold: say the hold, not the whole rep.
      const hold = phase.rep !== undefined && exercise?.dose.kind === 'reps' ? exercise.dose.holdSeconds : seconds;
      const what = phase.targetReps !== undefined ? `${phase.targetReps} reps` : hold ? `Hold ${hold} seconds` : '';
      return say(name, limbs, what);
    }
  }
}

/**
 * Shown and announced when a session comes back paused because the page went away: where it
 * stopped, as the time left in the phase ("You left at 0:18 in Bird-dog — resume or end.").
 */
export function leftNote(state: SessionState): string {
  const phase = currentPhase(state);
  if (!phase) return '';
  const name = nameOf(phase.exerciseId, getExercise(phase.exerciseId));
  const left = remainingMs(state, state.pausedAt ?? state.phaseStartedAt ?? 0);
  return left === null ? `You left during ${name} — resume or end.` : `You left at ${formatClock(left)} in ${name} — resume or end.`;
}

/** m:ss, rounded up so the display reaches 0:00 exactly when the phase ends. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}

/**
 * The player's big digits: whole seconds under a minute ("30", "5"), so two digits can be
 * large enough to read from a mat two metres away; m:ss from a minute on. Rounded up, as formatClock.
 */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return total < 60 ? String(Math.max(0, total)) : formatClock(ms);
}
