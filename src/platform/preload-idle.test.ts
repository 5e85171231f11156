import { describe, expect, it } from 'vitest';
import { runWhenIdle, type IdleScheduler } from './preload-idle';

/** A scheduler the test drives: each `idle()` runs the one callback waiting for an idle period. */
function fakeIdle() {
  const waiting: (() => void)[] = [];
  let cancelled = 0;
  const schedule: IdleScheduler = (run) => {
    waiting.push(run);
    return () => {
      const i = waiting.indexOf(run);
      if (i >= 0) waiting.splice(i, 1);
      cancelled++;
    };
  };
  return {
    schedule,
    get waiting() {
      return waiting.length;
    },
    get cancelled() {
      return cancelled;
    },
    idle: () => waiting.shift()?.(),
  };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function recorder() {
  const ran: string[] = [];
  const pending = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
  const task = (name: string) => () =>
    new Promise<void>((resolve, reject) => {
      ran.push(name);
      pending.set(name, { resolve, reject });
    });
  return { ran, pending, task };
}

describe('runWhenIdle', () => {
  it('runs one task per idle period, in order, asking for the next only once the last has settled', async () => {
    const idle = fakeIdle();
    const { ran, pending, task } = recorder();
    runWhenIdle([task('a'), task('b'), task('c')], idle.schedule);
    expect(ran).toEqual([]);
    expect(idle.waiting).toBe(1);
    idle.idle();
    expect(ran).toEqual(['a']);
    // 'a' is still loading: no second idle request yet, so two chunks never evaluate back to back.
    expect(idle.waiting).toBe(0);
    pending.get('a')?.resolve();
    await flush();
    expect(idle.waiting).toBe(1);
    idle.idle();
    expect(ran).toEqual(['a', 'b']);
    pending.get('b')?.resolve();
    await flush();
    idle.idle();
    expect(ran).toEqual(['a', 'b', 'c']);
    pending.get('c')?.resolve();
    await flush();
    expect(idle.waiting).toBe(0);
  });

  it('carries on after a task fails (a chunk that cannot load offline)', async () => {
    const idle = fakeIdle();
    const { ran, pending, task } = recorder();
    runWhenIdle([task('a'), task('b')], idle.schedule);
    idle.idle();
    pending.get('a')?.reject(new Error('offline'));
    await flush();
    idle.idle();
    expect(ran).toEqual(['a', 'b']);
  });

  it('stops: the waiting idle request is cancelled and no further task starts', async () => {
    const idle = fakeIdle();
    const { ran, pending, task } = recorder();
    const stop = runWhenIdle([task('a'), task('b')], idle.schedule);
    idle.idle();
    stop();
    pending.get('a')?.resolve();
    await flush();
    expect(idle.waiting).toBe(0);
    idle.idle();
    expect(ran).toEqual(['a']);
  });

  it('cancels the idle request when stopped before anything ran', () => {
    const idle = fakeIdle();
    const { ran, task } = recorder();
    const stop = runWhenIdle([task('a')], idle.schedule);
    stop();
    expect(idle.cancelled).toBe(1);
    expect(idle.waiting).toBe(0);
    expect(ran).toEqual([]);
  });

  it('does nothing for no tasks', () => {
    const idle = fakeIdle();
    runWhenIdle([], idle.schedule);
    expect(idle.waiting).toBe(0);
  });
});
