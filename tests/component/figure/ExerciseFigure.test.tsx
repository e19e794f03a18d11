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

  it('draws still figures with no animation machinery', () => {
    const { container } = render(<ExerciseFigure exercise={exercise('bird-dog')} still />);
    const root = container.firstElementChild;
    expect(root).toHaveClass('exercise-figure');
    expect(root).toHaveAttribute('data-mode', 'still');
    // Each small figure is fully drawn: floor, torso, head, four limbs.
    for (const svg of container.querySelectorAll('svg')) {
      expect(svg.querySelector('circle')).not.toBeNull();
      expect(svg.querySelectorAll('path[d]').length).toBeGreaterThanOrEqual(5);
    }
  });

  it('draws the step and the strap where an exercise uses them', () => {
    const { container: step } = render(<ExerciseFigure exercise={exercise('hamstring-standing-step')} still />);
    expect(step.querySelectorAll('rect')).toHaveLength(2);
    const strap = exercise('hamstring-lying-strap');
    const { container } = render(<ExerciseFigure exercise={strap} still />);
    // Strap paths are the thin ones.
    expect(container.querySelectorAll('path[stroke-width="1.5"]')).toHaveLength(strap.poses.length);
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
    const { container: still } = render(<ExerciseFigure exercise={{ ...e, poses: [e.poses[0]!, e.poses[0]!] }} still />);
    const firstPose = [...(still.querySelector('svg')?.querySelectorAll('path') ?? [])].map((p) => p.getAttribute('d'));
    for (const d of firstPose) expect(paths).toContain(d);
  });
});
