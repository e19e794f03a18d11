import { describe, expect, it } from 'vitest';
import type { Dose } from '@/lib/content/types';
import { planSession, type Phase, type PlanRoutine } from '@/lib/timer/plan';
import { hold, reps, routine } from '../../fixtures/doses';


// Compact phase code: kind letter, side (L/R/-), set, then .rep for timed rep holds and
// xN for untimed rep work. "wL2.3" = work, left, set 2, rep 3.
function code(p: Phase): string {
  const side = p.side === null ? '-' : p.side === 'left' ? 'L' : 'R';
  const rep = p.rep !== undefined ? `.${p.rep}` : p.targetReps !== undefined ? `x${p.targetReps}` : '';
  return `${p.kind[0]}${side}${p.set}${rep}`;
}
const plan = (dose: Dose, r: PlanRoutine = routine) => planSession(r, [{ id: 'ex', dose }]);

describe('planSession phase order', () => {
  const cases: { name: string; dose: Dose; routine?: PlanRoutine; codes: string[]; durations: (number | null)[] }[] = [
    {
      name: 'hold, no sides: rest only between sets',
      dose: hold({ sets: 3 }),
      codes: ['p-1', 'w-1', 'r-2', 'w-2', 'r-3', 'w-3'],
      durations: [10_000, 30_000, 20_000, 30_000, 20_000, 30_000],
    },
    {
      name: 'hold, each side: all left sets, one switch, all right sets',
      dose: hold({ sets: 2, sides: 'each', restSeconds: 15 }),
      codes: ['pL1', 'wL1', 'rL2', 'wL2', 'sR1', 'wR1', 'rR2', 'wR2'],
      durations: [10_000, 30_000, 15_000, 30_000, 5_000, 30_000, 15_000, 30_000],
    },
    {
      name: 'hold, alternating: a left/right pair per set, no switch phase',
      dose: hold({ sets: 2, sides: 'alternating', holdSeconds: 10 }),
      codes: ['pL1', 'wL1', 'wR1', 'rL2', 'wL2', 'wR2'],
      durations: [10_000, 10_000, 10_000, 20_000, 10_000, 10_000],
    },
    {
      name: 'reps with a hold, alternating (bird-dog): one timed phase per rep, left/right pairs',
      dose: reps({ reps: 4, holdSeconds: 5, secondsPerRep: 8, sides: 'alternating', sets: 2 }),
      codes: ['pL1', 'wL1.1', 'wR1.2', 'wL1.3', 'wR1.4', 'rL2', 'wL2.1', 'wR2.2', 'wL2.3', 'wR2.4'],
      durations: [10_000, 8_000, 8_000, 8_000, 8_000, 20_000, 8_000, 8_000, 8_000, 8_000],
    },
    {
      name: 'reps with a hold longer than secondsPerRep: the rep lasts the hold',
      dose: reps({ reps: 2, holdSeconds: 6, secondsPerRep: 4, sides: 'each' }),
      codes: ['pL1', 'wL1.1', 'wL1.2', 'sR1', 'wR1.1', 'wR1.2'],
      durations: [10_000, 6_000, 6_000, 5_000, 6_000, 6_000],
    },
    {
      name: 'reps without a hold: one untimed phase per set',
      dose: reps({ reps: 12, sets: 2 }),
      codes: ['p-1', 'w-1x12', 'r-2', 'w-2x12'],
      durations: [10_000, null, 20_000, null],
    },
    {
      name: 'reps without a hold, each side: one untimed phase per side',
      dose: reps({ reps: 8, sides: 'each' }),
      codes: ['pL1', 'wL1x8', 'sR1', 'wR1x8'],
      durations: [10_000, null, 5_000, null],
    },
    {
      name: 'reps without a hold, alternating: one untimed phase, the person alternates',
      dose: reps({ reps: 10, sides: 'alternating' }),
      codes: ['p-1', 'w-1x10'],
      durations: [10_000, null],
    },
    {
      name: 'zero-second prepare, rest and switch are left out',
      dose: hold({ sets: 2, sides: 'each', restSeconds: 0 }),
      routine: { prepareSeconds: 0, switchSeconds: 0 },
      codes: ['wL1', 'wL2', 'wR1', 'wR2'],
      durations: [30_000, 30_000, 30_000, 30_000],
    },
  ];

  it.each(cases)('$name', ({ dose, routine: r, codes, durations }) => {
    const phases = plan(dose, r);
    expect(phases.map(code)).toEqual(codes);
    expect(phases.map((p) => p.durationMs)).toEqual(durations);
    expect(phases.map((p) => p.index)).toEqual(phases.map((_, i) => i));
  });
});

describe('planSession details', () => {
  it('gives untimed rep work an estimate for progress but no duration', () => {
    const [, work] = plan(reps({ reps: 12, secondsPerRep: 2.5 }));
    expect(work).toMatchObject({ kind: 'work', durationMs: null, targetReps: 12, plannedMs: 30_000 });
  });

  it('numbers timed reps within the set and carries the set size', () => {
    const work = plan(reps({ reps: 3, holdSeconds: 2, secondsPerRep: 2 })).filter((p) => p.kind === 'work');
    expect(work.map((p) => [p.rep, p.repCount, p.set, p.setCount])).toEqual([[1, 3, 1, 1], [2, 3, 1, 1], [3, 3, 1, 1]]);
  });

  it('keeps a repeated exercise as two entries and follows routine order', () => {
    const phases = planSession(routine, [
      { id: 'a', dose: hold() },
      { id: 'b', dose: hold() },
      { id: 'a', dose: hold() },
    ]);
    expect(phases.filter((p) => p.kind === 'work').map((p) => [p.exerciseId, p.exerciseIndex])).toEqual([
      ['a', 0], ['b', 1], ['a', 2],
    ]);
  });

  it('uses the person’s dose override instead of the content dose', () => {
    const phases = planSession(routine, [{ id: 'plank', dose: hold({ holdSeconds: 30 }) }], {
      plank: hold({ holdSeconds: 45, sets: 2 }),
    });
    expect(phases.filter((p) => p.kind === 'work').map((p) => p.durationMs)).toEqual([45_000, 45_000]);
  });

  it('plans nothing for an empty routine', () => {
    expect(planSession(routine, [])).toEqual([]);
  });
});
