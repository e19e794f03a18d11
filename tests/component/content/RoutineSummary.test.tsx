// A routine card and page say what to have to hand, from the exercises' typed props.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RoutineProps } from '@/components/content/RoutineProps';
import { RoutineSummary } from '@/components/content/RoutineSummary';
import { getRoutine, PROP_LABEL } from '@/lib/content';

describe('routine props', () => {
  it('the mid-walk reset asks for a step and something to hold', () => {
    render(<RoutineSummary routine={getRoutine('mid-walk-reset')!} />);
    expect(screen.getByText(/You will need:/).parentElement).toHaveTextContent(`You will need: ${PROP_LABEL.step}; ${PROP_LABEL.support}.`);
  });

  it('walk-ready asks for a mat, something to kneel on and a strap or towel, each once', () => {
    render(<RoutineProps routine={getRoutine('walk-ready')!} />);
    expect(screen.getByText(/You will need:/).parentElement).toHaveTextContent(
      `You will need: ${PROP_LABEL.mat}; ${PROP_LABEL.cushion}; ${PROP_LABEL.strap}.`,
    );
  });

  it('the quick reset at home asks for a chair', () => {
    render(<RoutineProps routine={getRoutine('quick-reset')!} />);
    expect(screen.getByText(/You will need:/).parentElement).toHaveTextContent(/a steady chair or bench/);
  });
});
