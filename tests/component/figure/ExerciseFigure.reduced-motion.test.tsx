// Reduced motion is set here before any figure renders, apart from the other figure tests,
// so the figure meets the preference from its first render, as a page load does.
import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExerciseFigure } from '@/components/figure/ExerciseFigure';
import { getExercise } from '@/lib/content';

const bridge = getExercise('glute-bridge');
if (!bridge) throw new Error('glute-bridge missing');

const originalMatchMedia = window.matchMedia;
beforeAll(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('prefers-reduced-motion'),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
});
afterAll(() => {
  window.matchMedia = originalMatchMedia;
});

describe('ExerciseFigure with reduced motion preferred', () => {
  it('shows the still strip even without the still prop', () => {
    render(<ExerciseFigure exercise={bridge} />);
    expect(screen.getByRole('figure', { name: bridge.figureAlt })).toHaveAttribute('data-mode', 'still');
    expect(screen.getAllByRole('img')).toHaveLength(bridge.poses.length);
  });

  it('hydrates static HTML without a mismatch, then switches to the still strip', async () => {
    const errors = vi.spyOn(console, 'error');
    const container = document.createElement('div');
    // The static export knows nothing of the visitor's settings, so it holds the animated figure.
    container.innerHTML = renderToString(<ExerciseFigure exercise={bridge} />);
    document.body.append(container);
    expect(container.querySelector('[data-mode]')).toHaveAttribute('data-mode', 'animated');

    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <ExerciseFigure exercise={bridge} />);
    });
    expect(container.querySelector('[data-mode]')).toHaveAttribute('data-mode', 'still');
    expect(errors).not.toHaveBeenCalled();

    act(() => root?.unmount());
    container.remove();
    errors.mockRestore();
  });
});
