// Vibration is asked for only once the page has had a tap (Chromium refuses it before, with a
// console error), and wherever the browser cannot say.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { vibrate } from '@/lib/cues/audio';

describe('vibrate', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['before any tap', { hasBeenActive: false }, 0],
    ['after a tap', { hasBeenActive: true }, 1],
    ['where the browser does not report activation', undefined, 1],
  ])('%s', (_name, userActivation, calls) => {
    const buzz = vi.fn(() => true);
    vi.stubGlobal('navigator', { vibrate: buzz, ...(userActivation ? { userActivation } : {}) });
    vibrate(120);
    expect(buzz).toHaveBeenCalledTimes(calls);
  });

  it('does nothing without vibration', () => {
    vi.stubGlobal('navigator', {});
    expect(() => vibrate(120)).not.toThrow();
  });
});
