import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimateStorage, isPersisted, isPersistenceSupported, requestPersistence } from './persistent-storage';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('persistent storage', () => {
  it('is safe where the Storage API is missing', async () => {
    vi.stubGlobal('navigator', {});
    expect(isPersistenceSupported()).toBe(false);
    expect(await isPersisted()).toBe(false);
    expect(await requestPersistence()).toBe(false);
    expect(await estimateStorage()).toBeNull();
  });

  it('reports what the browser says, and treats a throwing browser as a no', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        persisted: () => Promise.resolve(false),
        persist: () => Promise.reject(new Error('blocked')),
        estimate: () => Promise.resolve({ usage: 1_200, quota: 5_000_000 }),
      },
    });
    expect(isPersistenceSupported()).toBe(true);
    expect(await isPersisted()).toBe(false);
    expect(await requestPersistence()).toBe(false);
    expect(await estimateStorage()).toEqual({ usageBytes: 1_200, quotaBytes: 5_000_000 });
  });
});
