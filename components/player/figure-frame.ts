// What the player's figure draws for a phase, shared by the live figure (PlayerFigure) and the
// static player drawn before the records are read (SessionSkeleton). Pure: no React, no DOM.
import { getExercise } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import type { Box } from '@/lib/figure/skeleton';
import { playerBox, playerFigure, playerStill, restWords, type PlayerFigureFrame } from '@/lib/figure/player-pose';
import type { Phase } from '@/lib/model';

export function frameFor(phase: Phase, elapsed: number, still: boolean): PlayerFigureFrame | null {
  const exercise = getExercise(phase.exerciseId);
  if (!exercise) return null;
  const input = { exercise, kind: phase.kind, side: phase.side, rep: phase.rep, durationMs: phase.durationMs };
  return still ? playerStill(input) : playerFigure({ ...input, elapsedMs: elapsed });
}

/** Each exercise's box, worked out once: the same object every render keeps the painter registered. */
const boxes = new Map<string, Box>();
export function boxOf(exercise: Exercise): Box {
  let box = boxes.get(exercise.id);
  if (!box) {
    box = playerBox(exercise);
    boxes.set(exercise.id, box);
  }
  return box;
}

export const breathWord = (frame: PlayerFigureFrame) => (frame.breathing ? ((frame.pose.breath ?? 0) > 0.5 ? 'in' : 'out') : 'none');
export const breathText = (word: string) => (word === 'in' ? 'Breathe in' : word === 'out' ? 'Breathe out' : '');

/** Resting, the strap is put down. */
export const sceneryFor = (phase: Phase, exercise: Exercise) => (phase.kind === 'rest' ? exercise.scenery?.filter((s) => s.kind !== 'strap') : exercise.scenery);

export function figureTitle(phase: Phase, exercise: Exercise): string {
  if (phase.kind === 'rest') return restWords(exercise.position);
  if (phase.kind === 'work') return exercise.figureAlt;
  return `Starting position: ${exercise.poseLabels[0] ?? exercise.name}.`;
}
