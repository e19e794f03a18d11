import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExerciseFigure } from '@/components/figure/ExerciseFigure';
import { exercises, getExercise } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';

function exercise(id: string): Exercise {
  const e = getExercise(id);
  if (!e) throw new Error(id);
  return e;
}


describe('ExerciseFigure, still', () => {
  it.each(exercises.map((e) => [e.id, e] as const))('%s shows one captioned figure per key pose', (_id, e) => {
    render(<ExerciseFigure exercise={e} still />);
    const group = screen.getByRole('figure', { name: e.figureAlt });
    const images = within(group).getAllByRole('img');
    expect(images).toHaveLength(e.poses.length);
    e.poseLabels.forEach((label, i) => {
      const caption = `${i + 1} of ${e.poses.length}: ${label}`;
      expect(images[i]).toHaveAccessibleName(caption);
      expect(within(group).getByText(caption)).toBeVisible();
    });
  });

  it('draws still figures fully: floor, torso, neck, head and four named limbs', () => {
    const { container } = render(<ExerciseFigure exercise={exercise('bird-dog')} still />);
    const root = container.firstElementChild;
    expect(root).toHaveClass('exercise-figure');
    expect(root).toHaveAttribute('data-mode', 'still');
    for (const svg of container.querySelectorAll('svg')) {
      expect(svg.querySelector('[data-prop="floor"]')).not.toBeNull();
      for (const slot of ['torso', 'neck', 'head']) expect(svg.querySelector(`[data-slot="${slot}"]`)).not.toBeNull();
      expect([...svg.querySelectorAll('[data-limb]')].map((l) => l.getAttribute('data-limb')).sort()).toEqual(['left-arm', 'left-leg', 'right-arm', 'right-leg']);
    }
  });

  it.each([
    ['hamstring-standing-step', ['step', 'rail']],
    ['seated-forward-fold', ['seat']],
    ['half-kneeling-hip-flexor', ['cushion']],
    ['bird-dog', ['mat']],
    ['lean-forward-rest', ['rail']],
  ] as const)('%s draws its props: %j', (id, props) => {
    const { container } = render(<ExerciseFigure exercise={exercise(id)} still />);
    const svg = container.querySelector('svg');
    for (const prop of props) expect(svg?.querySelector(`[data-prop="${prop}"]`)).not.toBeNull();
  });

  it('draws the strap from the hands to the foot in every key pose', () => {
    const strap = exercise('hamstring-lying-strap');
    const { container } = render(<ExerciseFigure exercise={strap} still />);
    expect(container.querySelectorAll('[data-slot="strap"]')).toHaveLength(strap.poses.length);
  });
});

describe('ExerciseFigure, animated', () => {
  it('is one image named by the figure’s text alternative', () => {
    const e = exercise('glute-bridge');
    const { container } = render(<ExerciseFigure exercise={e} />);
    const img = screen.getByRole('img', { name: e.figureAlt });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.querySelector('title')).toHaveTextContent(e.figureAlt);
    expect(container.firstElementChild).toHaveClass('exercise-figure');
    expect(container.firstElementChild).toHaveAttribute('data-mode', 'animated');
    expect(screen.queryByText(e.poseLabels[0] ?? '')).toBeNull();
  });

  it('starts drawn in the first key pose, before the animation code has loaded', () => {
    const e = exercise('knees-to-chest');
    const { container } = render(<ExerciseFigure exercise={e} />);
    const paths = [...container.querySelectorAll('svg path')].map((p) => p.getAttribute('d'));
    const { container: still } = render(<ExerciseFigure exercise={e} still />);
    const firstPose = [...(still.querySelector('svg')?.querySelectorAll('path') ?? [])].map((p) => p.getAttribute('d'));
    expect(firstPose.length).toBeGreaterThan(5);
    for (const d of firstPose) expect(paths).toContain(d);
  });
});
