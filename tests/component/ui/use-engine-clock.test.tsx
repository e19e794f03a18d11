// The one engine clock of the player and the relief timers: ticks with the current time while
// running (frames, a coarse interval for hidden tabs, and on coming back), and never otherwise.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEngineClock } from '@/components/ui/use-engine-clock';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000, toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => vi.useRealTimers());

describe('useEngineClock', () => {
  it('ticks once a second with Date.now() while running, and stops when not', () => {
    const tick = vi.fn();
    const { rerender } = renderHook(({ running }) => useEngineClock(running, tick), { initialProps: { running: true } });
    act(() => vi.advanceTimersByTime(3_000));
    expect(tick.mock.calls.map(([now]) => now)).toEqual([1_001_000, 1_002_000, 1_003_000]);
    rerender({ running: false });
    act(() => vi.advanceTimersByTime(5_000));
    expect(tick).toHaveBeenCalledTimes(3);
  });

  it('never ticks when not running', () => {
    const tick = vi.fn();
    renderHook(() => useEngineClock(false, tick, { frames: true }));
    act(() => vi.advanceTimersByTime(5_000));
    expect(tick).not.toHaveBeenCalled();
  });

  it('ticks on animation frames when asked, as the player needs for its rings', () => {
    const tick = vi.fn();
    renderHook(() => useEngineClock(true, tick, { frames: true }));
    act(() => vi.advanceTimersByTime(500));
    expect(tick.mock.calls.length).toBeGreaterThan(10);
  });

  it('ticks the moment the page is shown again, so a phone coming back shows the right time', () => {
    const tick = vi.fn();
    renderHook(() => useEngineClock(true, tick));
    act(() => {
      vi.setSystemTime(1_500_000);
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(tick).toHaveBeenCalledWith(1_500_000);
  });

  it('uses the newest callback without restarting the clock', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = renderHook(({ tick }) => useEngineClock(true, tick), { initialProps: { tick: first } });
    rerender({ tick: second });
    act(() => vi.advanceTimersByTime(1_000));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
