// The player's figure draws what the engine says, and the animation-frame painter moves it
// in place (React does not render again on every frame).
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlayerFigure } from '@/components/player/PlayerFigure';
import type { Painter } from '@/components/player/use-player';
import { getExercise } from '@/lib/content';
import { createSession, planSession, sessionReducer, type SessionState } from '@/lib/timer';

const birdDog = getExercise('bird-dog');
if (!birdDog) throw new Error('bird-dog missing');
const T0 = Date.UTC(2026, 10, 25, 7, 30);

function session(): SessionState {
  return createSession(planSession({ prepareSeconds: 5, switchSeconds: 5 }, [birdDog!]));
}
const tick = (s: SessionState, now: number) => sessionReducer(s, { type: 'TICK', now });

function setup(state: SessionState) {
  const painters = new Set<Painter>();
  const registerPainter = (p: Painter) => {
    painters.add(p);
    return () => void painters.delete(p);
  };
  const view = render(<PlayerFigure state={state} still={false} registerPainter={registerPainter} />);
  const paint = (s: SessionState, now: number) => act(() => painters.forEach((p) => p(s, now)));
  const limb = (name: string) => {
    const el = view.container.querySelector(`[data-limb="${name}"]`);
    const [x, y] = (el?.getAttribute('data-end') ?? '').split(' ').map(Number);
    const [rx, ry] = (el?.getAttribute('data-root') ?? '').split(' ').map(Number);
    return { x: x!, y: y!, rx: rx!, ry: ry!, working: el?.getAttribute('data-working'), near: el?.getAttribute('data-near') };
  };
  const svg = () => view.container.querySelector('svg');
  return { view, paint, limb, svg, registerPainter };
}

describe('PlayerFigure', () => {
  it('shows the starting position before the session starts, facing the first side', () => {
    const { svg, limb } = setup(session());
    expect(svg()).toHaveAttribute('data-phase', 'prepare');
    expect(svg()).toHaveAttribute('data-moment', 'start');
    // The first bird-dog rep is the left arm: mirrored, left limbs near, left arm and right leg strong.
    expect(svg()).toHaveAttribute('data-mirrored', 'true');
    expect(limb('left-arm')).toMatchObject({ near: 'true', working: 'true' });
    expect(limb('right-leg')).toMatchObject({ near: 'false', working: 'true' });
    expect(limb('right-arm').working).toBe('false');
  });

  it('reaches with the left arm in rep 1 and, after React draws rep 2, with the right arm', () => {
    let s = sessionReducer(session(), { type: 'START', now: T0 });
    s = tick(s, T0 + 5000); // rep 1 (left) begins
    const first = setup(s);
    first.paint(s, T0 + 7500);
    const left = first.limb('left-arm');
    // Mirrored: forward is to the left, so the reaching arm's end is well left of its shoulder and off the floor.
    expect(left.rx - left.x).toBeGreaterThan(25);
    expect(left.ry - left.y).toBeGreaterThan(0);
    expect(first.svg()).toHaveAttribute('data-moment', 'hold');
    first.view.unmount();

    s = tick(s, T0 + 10000); // rep 2 (right)
    const second = setup(s);
    second.paint(s, T0 + 12500);
    const right = second.limb('right-arm');
    expect(second.svg()).toHaveAttribute('data-mirrored', 'false');
    expect(right.x - right.rx).toBeGreaterThan(25);
    // The left arm is now the far one, planted under the shoulder.
    const still = second.limb('left-arm');
    expect(Math.abs(still.x - still.rx)).toBeLessThan(5);
  });

  it('does not paint a phase React has not drawn yet', () => {
    let s = sessionReducer(session(), { type: 'START', now: T0 });
    const { paint, svg } = setup(s);
    const before = svg()?.innerHTML;
    s = tick(s, T0 + 7500); // into rep 1, but this render still shows the prepare phase
    paint(s, T0 + 7500);
    expect(svg()?.innerHTML).toBe(before);
  });
});
