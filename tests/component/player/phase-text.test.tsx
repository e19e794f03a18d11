// The words on the player's screen and in its voice: one big word, one instruction naming the
// limbs, one "Up next" line only while waiting, and announcements once per phase.
import { describe, expect, it } from 'vitest';
import { DONE_NEXT, formatCountdown, leftNote, phaseAnnouncement, phaseLines, REST_INSTRUCTION, UNTIL_SETTLED_INSTRUCTION, type PhaseLines } from '@/components/player/phase-text';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
import { createSession, planSession, sessionReducer, type SessionState } from '@/lib/timer';

function started(routineId: string): SessionState {
  const routine = getRoutine(routineId)!;
  const list = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
  return sessionReducer(createSession(planSession(routine, list)), { type: 'START', now: 0 });
}

/** Every phase of a routine in order, as the screen and the voice put it. */
function walk(routineId: string): { kind: string; lines: PhaseLines; said: string }[] {
  let state = started(routineId);
  const out: { kind: string; lines: PhaseLines; said: string }[] = [];
  while (state.status === 'running') {
    out.push({ kind: state.phases[state.phaseIndex]!.kind, lines: phaseLines(state)!, said: phaseAnnouncement(state) });
    state = sessionReducer(state, { type: 'SKIP', now: 0 });
  }
  return out;
}

const find = (routineId: string, test: (p: { kind: string; lines: PhaseLines; said: string }) => boolean) => {
  const hit = walk(routineId).find(test);
  if (!hit) throw new Error('no such phase');
  return hit;
};

describe('the big word', () => {
  it.each([
    ['core', 'prepare', 'Get ready'],
    ['core', 'work', 'Hold'],
    ['core', 'rest', 'Rest'],
    ['hip-flexors', 'switch', 'Switch sides'],
    ['core-glutes', 'work', 'Hold'],
  ])('%s %s → %s', (routineId, kind, word) => {
    expect(find(routineId, (p) => p.kind === kind).lines.word).toBe(word);
  });

  it('a hold until it settles says Stay, and how to carry on', () => {
    const lean = find('mid-walk-reset', (p) => p.kind === 'work' && p.lines.exercise === 'Lean-forward rest');
    expect(lean.lines).toMatchObject({ word: 'Stay', instruction: UNTIL_SETTLED_INSTRUCTION });
    expect(lean.said).toBe('Lean-forward rest. Stay until it settles, then carry on when you are ready.');
  });
});

describe('one instruction naming the limbs', () => {
  it('bird-dog names the reaching arm and leg, rep by rep', () => {
    const reps = walk('core-glutes').filter((p) => p.kind === 'work' && p.lines.exercise === 'Bird-dog').slice(0, 3);
    expect(reps.map((p) => [p.lines.instruction, p.lines.count])).toEqual([
      ['Left arm and right leg', 'Rep 1 of 8 · Set 1 of 2'],
      ['Right arm and left leg', 'Rep 2 of 8 · Set 1 of 2'],
      ['Left arm and right leg', 'Rep 3 of 8 · Set 1 of 2'],
    ]);
  });

  it('half-kneeling: which knee is down and which foot forward, on both sides', () => {
    const phases = walk('hip-flexors');
    expect(phases.map((p) => [p.kind, p.lines.instruction])).toEqual([
      ['prepare', 'Kneel on the cushion: left knee down, right foot forward'],
      ['work', 'Left knee down, right foot forward'],
      ['rest', REST_INSTRUCTION],
      ['work', 'Left knee down, right foot forward'],
      ['switch', 'Right knee down, left foot forward'],
      ['work', 'Right knee down, left foot forward'],
      ['rest', REST_INSTRUCTION],
      ['work', 'Right knee down, left foot forward'],
    ]);
  });

  it('an exercise without sides says what to do in one line', () => {
    expect(find('core', (p) => p.kind === 'work').lines.instruction).toBe(getExercise('forearm-plank')!.summary);
    expect(find('core', (p) => p.kind === 'prepare').lines.instruction).toBe('Lie face down on the mat');
  });
});

describe('Up next', () => {
  it('shows only while waiting: get ready, rest and switch sides; never during work', () => {
    for (const id of ['core', 'core-glutes', 'hip-flexors', 'walk-ready', 'mid-walk-reset']) {
      for (const p of walk(id)) {
        if (p.kind === 'work') expect(p.lines.upNext, `${id} ${p.kind}`).toBeNull();
        else expect(p.lines.upNext, `${id} ${p.kind}`).toMatch(/^Up next: /);
      }
    }
  });

  it('names the next exercise, and done on the last one', () => {
    const phases = walk('core-glutes').filter((p) => p.kind !== 'work');
    expect(phases.filter((p) => p.lines.exercise === 'Bird-dog').map((p) => p.lines.upNext)).toEqual(['Up next: Glute bridge', 'Up next: Glute bridge']);
    expect(phases.filter((p) => p.lines.exercise === 'Glute bridge').map((p) => p.lines.upNext)).toEqual([DONE_NEXT, DONE_NEXT]);
    expect(DONE_NEXT).toBe('Up next: done — rate your session');
  });
});

describe('announcements (live region and voice), once per phase', () => {
  it.each([
    ['core', 'prepare', 'Get ready for Forearm plank. Lie face down on the mat.'],
    ['core', 'work', 'Forearm plank. Hold 20 seconds.'],
    ['core', 'rest', 'Rest for 20 seconds. Then set 2 of 3.'],
    ['hip-flexors', 'switch', 'Switch sides. Right knee down, left foot forward.'],
    ['hamstrings', 'prepare', 'Get ready for Lying hamstring stretch with a strap. Lie on your back on the mat: left leg up in the strap.'],
  ])('%s %s', (routineId, kind, said) => {
    expect(find(routineId, (p) => p.kind === kind).said).toBe(said);
  });

  it('bird-dog: the first rep names the exercise and limbs, later reps only the limbs and the rep', () => {
    const reps = walk('core-glutes').filter((p) => p.kind === 'work').slice(0, 2);
    expect(reps.map((p) => p.said)).toEqual(['Bird-dog. Left arm and right leg. Hold 3 seconds.', 'Right arm and left leg. Rep 2 of 8.']);
    expect(find('core-glutes', (p) => p.kind === 'prepare').said).toBe('Get ready for Bird-dog. Get onto all fours on the mat: left arm and right leg first.');
  });

  it('paused, finished and not started', () => {
    const running = started('core');
    expect(phaseAnnouncement(sessionReducer(running, { type: 'PAUSE', now: 1 }))).toBe('Paused.');
    expect(phaseAnnouncement(sessionReducer(running, { type: 'END', now: 1 }))).toBe('Session complete.');
    expect(phaseAnnouncement({ ...running, status: 'idle' })).toBe('');
  });
});

describe('the big digits', () => {
  it.each([
    [30_000, '30'],
    [29_001, '30'],
    [5_000, '5'],
    [0, '0'],
    [59_500, '1:00'],
    [60_000, '1:00'],
    [90_000, '1:30'],
  ])('%i ms → %s', (ms, shown) => {
    expect(formatCountdown(ms)).toBe(shown);
  });
});

describe('a session that comes back paused where the page went away', () => {
  it.each([
    ['12 s into the first 30 s hold', 2_000, 12_000, 'You left at 0:18 in Lying hamstring stretch with a strap — resume or end.'],
    // Rounded up like the player's clock: 17.3 s left still reads 0:18.
    ['12.7 s in', 2_000, 12_700, 'You left at 0:18 in Lying hamstring stretch with a strap — resume or end.'],
    ['3 s into get ready', null, 3_000, 'You left at 0:12 in Lying hamstring stretch with a strap — resume or end.'],
  ])('%s', (_name, skipAt, pausedAfter, note) => {
    let state = started('hamstrings');
    if (skipAt !== null) state = sessionReducer(state, { type: 'SKIP', now: skipAt });
    state = sessionReducer(state, { type: 'PAUSE', now: (skipAt ?? 0) + pausedAfter });
    expect(leftNote(state)).toBe(note);
  });
});
