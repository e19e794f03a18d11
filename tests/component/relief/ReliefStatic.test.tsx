// The parts of Relief that render with the page: the reset button's length comes from the
// routine itself, and every posture tip has its drawing and its words.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PostureTips } from '@/components/relief/PostureTips';
import { ResetNow, midWalkLabel } from '@/components/relief/ResetNow';
import { getRoutine, routineSeconds } from '@/lib/content';

describe('reset now', () => {
  it('labels the big button with the mid-walk reset’s computed length and opens it in walk mode', () => {
    render(<ResetNow />);
    const seconds = routineSeconds(getRoutine('mid-walk-reset')!);
    const link = screen.getByRole('link', { name: midWalkLabel(seconds) });
    expect(midWalkLabel(seconds)).toMatch(/^Tight mid-walk\? Start a \d+-(second|minute) reset$/);
    expect(link).toHaveAttribute('href', '/session?routine=mid-walk-reset&mode=walk');
    expect(screen.getByRole('link', { name: /^Quick reset at home: a knee hug on the floor/ })).toHaveAttribute('href', '/session?routine=quick-reset');
  });

  it('switches to minutes for a reset of two minutes or more', () => {
    expect(midWalkLabel(75)).toBe('Tight mid-walk? Start a 75-second reset');
    expect(midWalkLabel(150)).toBe('Tight mid-walk? Start a 3-minute reset');
  });
});

describe('posture tips', () => {
  it('shows each change with a drawing, leaning with the exercise figure', () => {
    render(<PostureTips />);
    const items = within(screen.getByRole('region', { name: 'Change how you stand and walk' })).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Lean forward on something steady',
      'Walk with a slight forward lean',
      'Push a cart or use walking poles on longer walks',
      'Take shorter steps',
      'Roll from heel to toe',
      'Take a short break',
      'Check your shoes',
    ]);
    expect(within(items[0]!).getByRole('img', { name: /puts both hands on a rail at hip height, then leans forward onto it/ })).toBeInTheDocument();
    for (const li of items.slice(1)) expect(li.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(within(items[0]!).getByRole('link', { name: 'How to do the lean-forward rest' })).toHaveAttribute('href', '/exercises/lean-forward-rest');
  });

  it('gives the tips for a narrowed spinal canal: a slight lean, and a cart or poles on longer walks', () => {
    render(<PostureTips />);
    expect(screen.getByRole('heading', { level: 3, name: 'Walk with a slight forward lean' }).parentElement).toHaveTextContent(/spinal stenosis/);
    expect(screen.getByRole('heading', { level: 3, name: /cart or use walking poles/ }).parentElement).toHaveTextContent(/walk further/);
  });
});
