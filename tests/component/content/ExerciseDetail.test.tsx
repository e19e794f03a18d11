import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExerciseDetail } from '@/components/content/ExerciseDetail';
import { exercises, formatDose } from '@/lib/content';

describe('ExerciseDetail', () => {
  it.each(exercises.map((e) => [e.id, e] as const))('%s shows its steps as an ordered list and its dose', (_id, exercise) => {
    render(<ExerciseDetail exercise={exercise} />);
    expect(screen.getByRole('heading', { level: 1, name: exercise.name })).toBeInTheDocument();
    const howTo = screen.getByRole('region', { name: 'How to do it' });
    const list = within(howTo).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([...exercise.steps]);
    const dose = screen.getByRole('region', { name: 'How much' });
    expect(dose).toHaveTextContent(formatDose(exercise.dose));
    expect(screen.getByRole('region', { name: 'Stop if' })).toHaveTextContent(exercise.stopIf[0]!);
  });
});
