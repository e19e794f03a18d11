// Heat and ice timers: the engine's timestamps drive what the person sees and hears, so a
// locked phone that delivers no ticks still shows the right time left.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TemperatureTimers } from '@/components/relief/TemperatureTimers';

const beeps = vi.hoisted(() => ({ schedule: vi.fn(), cancel: vi.fn(), close: vi.fn() }));
vi.mock('@/lib/cues/audio', () => ({ createBeepPlayer: () => beeps, speak: vi.fn(), vibrate: vi.fn() }));

const T0 = new Date('2026-11-25T08:00:00').getTime();
const MIN = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  beeps.schedule.mockClear();
  beeps.cancel.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

function card(name: 'Heat before a walk' | 'Ice after a walk') {
  render(<TemperatureTimers />);
  const region = within(screen.getByRole('region', { name }));
  const who = name.startsWith('Heat') ? 'Heat' : 'Ice';
  return {
    region,
    timer: () => region.getByRole('timer', { name: `${who} time left` }),
    button: (label: string) => region.getByRole('button', { name: label }),
  };
}

const passes = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('heat timer', () => {
  it('shows the chosen length, starts, counts down and announces the start', () => {
    const heat = card('Heat before a walk');
    expect(heat.timer()).toHaveTextContent('15:00');
    fireEvent.click(heat.region.getByRole('radio', { name: '20 minutes' }));
    expect(heat.timer()).toHaveTextContent('20:00');

    fireEvent.click(heat.button('Start'));
    expect(heat.region.getByText('Heat timer started: 20 minutes.')).toBeInTheDocument();
    expect(heat.region.getByRole('radio', { name: '15 minutes' })).toBeDisabled();
    passes(MIN);
    expect(heat.timer()).toHaveTextContent('19:00');
    passes(30_000);
    expect(heat.timer()).toHaveTextContent('18:30');
  });

  it('takes the time left from timestamps, so a phone that slept for minutes is right at once', () => {
    const heat = card('Heat before a walk');
    fireEvent.click(heat.button('Start'));
    // Seven minutes with no timer callbacks at all (a locked phone), then a single tick.
    vi.setSystemTime(T0 + 7 * MIN);
    passes(1_000);
    expect(heat.timer()).toHaveTextContent('7:59');
  });

  it('schedules the end beeps on start and drops them on pause', () => {
    const heat = card('Heat before a walk');
    fireEvent.click(heat.button('Start'));
    const end = 15 * MIN;
    expect(beeps.schedule).toHaveBeenLastCalledWith([
      { inMs: end - 3_000, kind: 'count' },
      { inMs: end - 2_000, kind: 'count' },
      { inMs: end - 1_000, kind: 'count' },
      { inMs: end, kind: 'change' },
    ]);
    passes(MIN);
    fireEvent.click(heat.button('Pause'));
    expect(beeps.cancel).toHaveBeenCalled();
    expect(heat.region.getByText('Heat timer paused.')).toBeInTheDocument();
  });

  it('stands still while paused and carries on from the same time after Resume', () => {
    const heat = card('Heat before a walk');
    fireEvent.click(heat.button('Start'));
    passes(MIN);
    fireEvent.click(heat.button('Pause'));
    passes(5 * MIN);
    expect(heat.timer()).toHaveTextContent('14:00');
    fireEvent.click(heat.button('Resume'));
    expect(heat.region.getByText('Heat timer resumed.')).toBeInTheDocument();
    // The end moved by the pause, and the beeps with it.
    expect(beeps.schedule).toHaveBeenLastCalledWith(expect.arrayContaining([{ inMs: 14 * MIN, kind: 'change' }]));
    passes(MIN);
    expect(heat.timer()).toHaveTextContent('13:00');
  });

  it('finishes at the end, says so, and can start again', () => {
    const heat = card('Heat before a walk');
    fireEvent.click(heat.button('Start'));
    passes(15 * MIN);
    expect(heat.timer()).toHaveTextContent('0:00');
    expect(heat.region.getByText(/^Heat timer finished\./)).toBeInTheDocument();
    expect(heat.region.getByText(/^Time is up\./)).toBeVisible();
    // Heat does not make a back "ready": the end text says what to do, not what it did.
    expect(heat.region.getByText(/^Time is up\./)).not.toHaveTextContent(/ready/i);
    expect(heat.button('Stop')).toBeDisabled();
    fireEvent.click(heat.button('Start'));
    expect(heat.timer()).toHaveTextContent('15:00');
    passes(MIN);
    expect(heat.timer()).toHaveTextContent('14:00');
  });

  it('Stop goes back to the full length, announces it and keeps focus on the controls', () => {
    const heat = card('Heat before a walk');
    fireEvent.click(heat.button('Start'));
    passes(3 * MIN);
    const stop = heat.button('Stop');
    stop.focus();
    fireEvent.click(stop);
    expect(heat.timer()).toHaveTextContent('15:00');
    expect(heat.region.getByText('Heat timer stopped.')).toBeInTheDocument();
    expect(heat.button('Start')).toHaveFocus();
    expect(heat.region.getByRole('radio', { name: '20 minutes' })).toBeEnabled();
    passes(MIN);
    expect(heat.timer()).toHaveTextContent('15:00');
  });
});

describe('skin safety', () => {
  it.each(['Heat before a walk', 'Ice after a walk'] as const)('%s: not on numb skin or reduced feeling, never while asleep', (name) => {
    const { region } = card(name);
    expect(region.getByText(/skin that is numb or where your feeling is reduced/)).toHaveTextContent(/diabetes/);
    expect(region.getByText(/skin that is numb/)).toHaveTextContent(/numbness in your legs/);
    expect(region.getByText(/skin that is numb/)).toHaveTextContent(/Never use it in bed or anywhere you might fall asleep/);
  });
});

describe('ice timer', () => {
  it('offers 10 or 15 minutes with the skin-safety note, and runs on its own', () => {
    const ice = card('Ice after a walk');
    expect(ice.timer()).toHaveTextContent('10:00');
    expect(ice.region.getByRole('radio', { name: '15 minutes' })).toBeInTheDocument();
    expect(ice.region.getByText(/Wrap the ice in a cloth: never put it straight on your skin/)).toBeVisible();
    expect(ice.region.getByText(/numb or turns very red/)).toBeVisible();
    fireEvent.click(ice.button('Start'));
    passes(2 * MIN);
    expect(ice.timer()).toHaveTextContent('8:00');
    expect(screen.getByRole('timer', { name: 'Heat time left' })).toHaveTextContent('15:00');
  });
});
