import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExerciseDetail } from '@/components/content/ExerciseDetail';
import { exercises, formatDose, getExercise } from '@/lib/content';
import { STOP_SIGNS } from '@/lib/safety/stop-signs';

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
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s shows every shared stop sign and its own', (_id, exercise) => {
    render(<ExerciseDetail exercise={exercise} />);
    const items = within(screen.getByRole('region', { name: 'Stop if' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    for (const sign of STOP_SIGNS) expect(items, sign.id).toContain(sign.sign);
    for (const own of exercise.stopIf) expect(items).toContain(own);
    expect(screen.getByRole('link', { name: 'When to see a doctor or physiotherapist' })).toHaveAttribute('href', '/safety');
  });

  it('shows a caution first where an exercise has one', () => {
    render(<ExerciseDetail exercise={getExercise('seated-forward-fold')!} />);
    expect(screen.getByRole('note', { name: 'Caution' })).toHaveTextContent(/osteoporosis/);
  });

  it('shows no caution where there is none', () => {
    render(<ExerciseDetail exercise={getExercise('bird-dog')!} />);
    expect(screen.queryByRole('note', { name: 'Caution' })).toBeNull();
  });
});
