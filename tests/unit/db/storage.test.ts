import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistence, storageStatus } from '@/lib/db/storage';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storageStatus', () => {
  it('reports persistence, usage and quota from navigator.storage', async () => {
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => true, estimate: async () => ({ usage: 12_345, quota: 1e9 }) },
    });
    expect(await storageStatus()).toEqual({ persisted: true, usage: 12_345, quota: 1e9 });
  });

  it('says null for whatever the browser does not offer', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 5e8 }) } });
    expect(await storageStatus()).toEqual({ persisted: null, usage: null, quota: 5e8 });
  });

  it('says null everywhere without navigator.storage (insecure context, old browser)', async () => {
    vi.stubGlobal('navigator', {});
    expect(await storageStatus()).toEqual({ persisted: null, usage: null, quota: null });
    vi.stubGlobal('navigator', undefined);
    expect(await storageStatus()).toEqual({ persisted: null, usage: null, quota: null });
  });

  it('says null when the browser throws', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        persisted: async () => { throw new Error('SecurityError'); },
        estimate: () => Promise.reject(new Error('SecurityError')),
      },
    });
    expect(await storageStatus()).toEqual({ persisted: null, usage: null, quota: null });
  });
});

describe('requestPersistence', () => {
  it.each([true, false])('passes on the browser\'s answer (%s)', async (granted) => {
    const persist = vi.fn(async () => granted);
    vi.stubGlobal('navigator', { storage: { persist } });
    expect(await requestPersistence()).toBe(granted);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('is null where the browser cannot be asked', async () => {
    vi.stubGlobal('navigator', { storage: {} });
    expect(await requestPersistence()).toBeNull();
    vi.stubGlobal('navigator', undefined);
    expect(await requestPersistence()).toBeNull();
  });
});
