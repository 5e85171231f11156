// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readHomeHint } from '@/platform/home-hint';
import { getDb } from '@/storage/db';
import { resetScreenAndDb } from '../../../tests/setup/render-at';
import { saveSessionRedFlags } from './red-flag-dialog';

afterEach(async () => {
  vi.restoreAllMocks();
  localStorage.clear();
  await resetScreenAndDb();
});

describe('saveSessionRedFlags', () => {
  it('stores the answer for the session and tells home, before it resolves', async () => {
    expect(await saveSessionRedFlags(['swelling', 'giving-way'], 's1')).toBe(true);
    const [stored] = await getDb().redFlags.toArray();
    expect(stored).toMatchObject({ flags: ['swelling', 'giving-way'], source: 'session', sessionId: 's1', clearedAt: null });
    expect(readHomeHint().redFlag).toEqual({ at: stored?.at, flags: ['swelling', 'giving-way'] });
  });

  it('resolves false when storage fails, so the stop screen can say so', async () => {
    vi.spyOn(getDb().redFlags, 'put').mockRejectedValue(new Error('QuotaExceededError'));
    expect(await saveSessionRedFlags(['swelling'], 's1')).toBe(false);
    expect(readHomeHint().redFlag).toBeNull();
  });
});
