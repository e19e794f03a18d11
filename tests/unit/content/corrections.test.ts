// The exercise content corrections a physiotherapist asked for (issue 10, point 6). Each test
// names the fault it guards against, and fails on the content as first shipped.
import { describe, expect, it } from 'vitest';
import { exercises, formatDose, getExercise, getRoutine, PROP_LABEL, routineProps, routines } from '@/lib/content';
import { FASCIA_NOTE } from '@/lib/content/fascia';
import type { Exercise, Routine } from '@/lib/content/types';

function exercise(id: string): Exercise {
  const e = getExercise(id);
  if (!e) throw new Error(`missing exercise ${id}`);
  return e;
}

function routine(id: string): Routine {
  const r = getRoutine(id);
  if (!r) throw new Error(`missing routine ${id}`);
  return r;
}

/** Everything a person reads on an exercise page, in page order, title left out. */
function pageText(e: Exercise): string {
  return [
    e.summary, e.why, e.caution ?? '', e.setup, ...e.steps, ...e.cues, ...e.mistakes,
    e.easier.name, e.easier.how, e.harder.name, e.harder.how, ...e.stopIf,
  ].join(' ');
}

describe('forearm plank', () => {
  const plank = exercise('forearm-plank');

  it('is a knee plank by default, with the toe plank as the harder variation', () => {
    expect(`${plank.summary} ${plank.setup}`).toMatch(/knees/);
    expect(plank.steps.join(' ')).not.toMatch(/tuck your toes|head to heels/i);
    expect(plank.harder.name).toMatch(/toe plank/i);
    expect(plank.easier.name).not.toMatch(/knee plank/i);
  });

  it('ends each hold when the hips sag, and says why (an arched lower back is worst for stenosis)', () => {
    expect(plank.steps.join(' ')).toMatch(/end the hold as soon as your hips start to sag/i);
    const cue = plank.cues.find((c) => /sag/.test(c));
    expect(cue).toMatch(/arches/);
    expect(cue).toMatch(/stenosis/);
  });
});

describe('lying hamstring stretch', () => {
  const e = exercise('hamstring-lying-strap');

  it('no longer draws the toes toward the shin in the harder variation (it tensions the sciatic nerve)', () => {
    expect(`${e.harder.name} ${e.harder.how}`).not.toMatch(/toes toward/i);
  });

  it('tells people with leg symptoms to keep the foot relaxed', () => {
    expect(e.cues.join(' ')).toMatch(/foot relaxed[^.]*(tingling|numbness)/i);
  });
});

describe('seated forward fold', () => {
  const e = exercise('seated-forward-fold');

  it('is done on a chair or bench by default, with no floor needed', () => {
    expect(e.setup).toMatch(/chair or bench/);
    expect(e.needsFloor).toBe(false);
    expect(e.props).toContain('chair');
    expect(e.position).toBe('sitting');
  });

  it('warns people with osteoporosis or a past spinal fracture against loaded forward bending', () => {
    expect(e.caution).toMatch(/osteoporosis/);
    expect(e.caution).toMatch(/broken a bone in your spine/);
    expect(e.caution).toMatch(/doctor or physiotherapist/);
  });

  it('no longer progresses by bringing the chest closer to the thighs', () => {
    expect(pageText(e)).not.toMatch(/closer to your thighs/i);
  });
});

it('bird-dog gets harder with longer, steadier holds of 7 to 10 s, not elbow to knee', () => {
  const { harder } = exercise('bird-dog');
  expect(harder.how).toMatch(/7 to 10 seconds/);
  expect(harder.how).not.toMatch(/elbow/i);
});

describe.each(['half-kneeling-hip-flexor', 'standing-hip-flexor'])('%s, arm overhead', (id) => {
  const { harder } = exercise(id);
  it('keeps the ribs down without arching, and stops if leg symptoms start', () => {
    expect(harder.how).toMatch(/overhead/);
    expect(harder.how).toMatch(/ribs down and do not arch/);
    expect(harder.how).toMatch(/stop if you feel[^.]*(tingling|numbness)[^.]*leg/i);
  });
});

describe('standing hamstring stretch on a step', () => {
  const e = exercise('hamstring-standing-step');

  it('holds onto a support by default', () => {
    expect(e.props).toContain('support');
    expect(e.steps[0]).toMatch(/hold your support/);
  });

  it('never suggests a kerb except to warn against one beside traffic', () => {
    for (const text of [e.summary, ...e.steps, ...e.cues, e.easier.how, e.harder.how]) expect(text).not.toMatch(/kerb/i);
    expect(e.setup).toMatch(/never use a kerb next to traffic/i);
  });
});

describe('lean-forward rest', () => {
  const e = exercise('lean-forward-rest');

  it('lasts until it settles rather than a fixed 15 s', () => {
    expect(e.dose.kind === 'hold' && e.dose.untilSettled).toBe(true);
    expect(formatDose(e.dose)).toMatch(/^until it settles/);
    expect(e.dose.kind === 'hold' && e.dose.holdSeconds).toBeGreaterThanOrEqual(30);
    expect(e.steps.join(' ')).toMatch(/until the tightness or cramping settles/);
  });

  it('offers sitting first', () => {
    expect(e.setup).toMatch(/^If there is a bench[^.]*sit/);
    expect(e.steps[0]).toMatch(/sit down/i);
  });

  it('is never progressed', () => {
    expect(e.progresses).toBe(false);
    expect(e.harder.how).toMatch(/not something to build up/);
  });

  it('does not call a cart steady in the setup while warning against things that roll', () => {
    expect(e.setup).not.toMatch(/steady[^.]*cart/i);
    // Where a cart is offered, it comes with the same warning the mistakes give.
    expect(e.setup).toMatch(/cart[^.]*lightly[^.]*roll/);
    expect(e.mistakes.join(' ')).toMatch(/full weight on something that can roll or tip, such as a cart/);
  });
});

describe('fascia', () => {
  it('offers no self-release exercise, and says why on the safety page', () => {
    for (const e of exercises) expect(`${e.name} ${e.summary}`).not.toMatch(/release|foam roller|massage ball/i);
    const text = FASCIA_NOTE.paragraphs.join(' ');
    expect(text).toMatch(/thoracolumbar fascia/);
    expect(text).toMatch(/osteoporosis/);
    expect(text).toMatch(/physiotherapist/);
  });
});

describe('routines', () => {
  it('name what is in them: the bird-dog routine names its glute bridge', () => {
    expect(routine('core-glutes').name).toMatch(/bridge/i);
  });

  it('describe the quick reset as floor-based, and point to the standing reset for during a walk', () => {
    const quick = routine('quick-reset');
    expect(quick.intent).toMatch(/on the floor/);
    expect(quick.intent).not.toMatch(/during or just after a walk/);
    expect(quick.intent).toMatch(/Mid-walk reset/);
    expect(quick.exerciseIds.some((id) => exercise(id).needsFloor)).toBe(true);

    const midWalk = routine('mid-walk-reset');
    expect(midWalk.intent).toMatch(/during a walk/);
    for (const id of midWalk.exerciseIds) expect(exercise(id).position, id).toBe('standing');
  });

  it('order walk-ready for the fewest position changes: all fours, then half-kneeling, then lying', () => {
    const positions = routine('walk-ready').exerciseIds.map((id) => exercise(id).position);
    const changes = positions.filter((p, i) => i > 0 && p !== positions[i - 1]).length;
    expect(changes).toBe(new Set(positions).size - 1);
    expect([...new Set(positions)]).toEqual(['all-fours', 'kneeling', 'lying']);
  });

  it('know their props from the exercises: strap or towel, a step, a chair', () => {
    expect(routineProps(routine('hamstrings'))).toContain('strap');
    expect(routineProps(routine('mid-walk-reset'))).toEqual(['step', 'support']);
    expect(routineProps(routine('quick-reset'))).toEqual(['mat', 'chair']);
    expect(routineProps(routine('walk-ready'))).toEqual(['mat', 'cushion', 'strap']);
    expect(PROP_LABEL.strap).toMatch(/strap, belt or towel/);
  });

  it.each(routines.map((r) => [r.id, r] as const))('%s lists each prop once', (_id, r) => {
    const props = routineProps(r);
    expect(new Set(props).size).toBe(props.length);
  });
});

describe('plain words', () => {
  const TERMS = [
    ['hip flexor', /hip flexors? \(the muscles at the front of the hip that lift your leg\)/i],
    ['hamstring', /hamstrings? \(the muscles at the back of the thigh\)/i],
    ['hinge', /hinge forward from your hips \(bend forward from the hips with a straight back\)/i],
  ] as const;

  it.each(exercises.map((e) => [e.id, e] as const))('%s explains hip flexors, hamstrings and hinge where it first uses them', (_id, e) => {
    const text = pageText(e);
    for (const [term, explained] of TERMS) {
      const first = text.toLowerCase().indexOf(term);
      if (first < 0) continue;
      const match = explained.exec(text);
      expect(match?.index, `${e.id}: "${term}" explained at first use`).toBe(first);
    }
  });

  it.each(routines.map((r) => [r.id, r] as const))('%s explains the muscles its name or intent names', (_id, r) => {
    for (const [term, explained] of TERMS) {
      if (`${r.name} ${r.intent}`.toLowerCase().includes(term)) expect(r.intent).toMatch(explained);
    }
  });

  it('says "doctor or physiotherapist", never "clinician"', () => {
    for (const e of exercises) expect(pageText(e)).not.toMatch(/clinician/i);
    for (const r of routines) expect(r.intent).not.toMatch(/clinician/i);
  });
});
