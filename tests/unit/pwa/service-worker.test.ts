import { afterEach, describe, expect, it, vi } from 'vitest';

const register = vi.fn();
vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener() {}
    register = register;
  },
}));

describe('registerServiceWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('logs a registration failure once and does not throw', async () => {
    vi.stubGlobal('navigator', { serviceWorker: {} });
    register.mockRejectedValue(new Error('SecurityError'));
    const { registerServiceWorker } = await import('@/lib/pwa/service-worker');
    const log = vi.fn();
    await registerServiceWorker({ onUpdateWaiting: () => {}, log });
    await registerServiceWorker({ onUpdateWaiting: () => {}, log });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/offline support is unavailable/);
  });

  it('does nothing where service workers do not exist', async () => {
    vi.stubGlobal('navigator', {});
    register.mockClear();
    const { registerServiceWorker } = await import('@/lib/pwa/service-worker');
    await registerServiceWorker({ onUpdateWaiting: () => {} });
    expect(register).not.toHaveBeenCalled();
  });
});
