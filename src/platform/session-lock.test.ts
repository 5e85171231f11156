// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelLock, type PlayerLock } from './session-lock';

/** A tab's view of the lock: what it was told, in order. */
function tab(beforeRelease: () => Promise<void> = () => Promise.resolve()) {
  const said: string[] = [];
  const handlers = {
    onOwned: () => said.push('owned'),
    onBusy: () => said.push('busy'),
    onLost: () => said.push('lost'),
    beforeRelease: async () => {
      said.push('saving');
      await beforeRelease();
    },
  };
  return { said, handlers };
}

const open: PlayerLock[] = [];
afterEach(() => open.splice(0).forEach((l) => l.close()));

describe('channelLock (no Web Locks)', () => {
  it('the first tab owns, a second is told it is busy, and a take-over saves in the first before the second owns', async () => {
    const a = tab();
    open.push(channelLock(a.handlers, 20));
    await vi.waitFor(() => expect(a.said).toEqual(['owned']));

    const b = tab();
    const lockB = channelLock(b.handlers, 20);
    open.push(lockB);
    await vi.waitFor(() => expect(b.said).toEqual(['busy']));

    lockB.takeOver();
    await vi.waitFor(() => expect(b.said).toEqual(['busy', 'owned']));
    expect(a.said).toEqual(['owned', 'saving', 'lost']);
  });

  it('a save that fails still hands over (the new owner reads what was stored)', async () => {
    const a = tab(() => Promise.reject(new Error('disk full')));
    open.push(channelLock(a.handlers, 20));
    await vi.waitFor(() => expect(a.said).toEqual(['owned']));
    const b = tab();
    const lockB = channelLock(b.handlers, 20);
    open.push(lockB);
    await vi.waitFor(() => expect(b.said).toEqual(['busy']));
    lockB.takeOver();
    await vi.waitFor(() => expect(b.said.at(-1)).toBe('owned'));
    expect(a.said.at(-1)).toBe('lost');
  });
});
