import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '@/domain/session/events';
import { retryDelayMs, sessionWriter, type SaveStatus } from './session-writer';

const ev = (seq: number): SessionEvent => ({ type: 'skip', at: seq * 1000, seq, step: seq });
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Storage that fails `failures` times, then keeps what it is given by seq; and a clock the test turns. */
function setUp(failures: number) {
  const stored = new Map<number, SessionEvent>();
  const writes: number[][] = [];
  const statuses: SaveStatus[] = [];
  const waits: { ms: number; then: () => void }[] = [];
  let left = failures;
  const repo = {
    append: (_id: string, events: readonly SessionEvent[]) => {
      writes.push(events.map((e) => e.seq));
      if (left-- > 0) return Promise.reject(new Error('disk full'));
      events.forEach((e) => stored.set(e.seq, e));
      return Promise.resolve();
    },
    finish: () => Promise.resolve(),
  };
  const writer = sessionWriter(
    repo,
    's',
    (s) => statuses.push(s),
    (ms, then) => {
      waits.push({ ms, then });
      return () => undefined;
    },
  );
  return { writer, stored, writes, statuses, waits };
}

describe('sessionWriter', () => {
  it('retries with backoff, reports each failure once and the recovery, and writes everything unconfirmed', async () => {
    const { writer, stored, writes, statuses, waits } = setUp(3);
    writer.sync([ev(0)]);
    await flush();
    writer.sync([ev(0), ev(1)]); // a tap while the retry waits
    for (let i = 0; i < 3; i++) {
      waits[i]?.then();
      await flush();
    }
    expect(waits.map((w) => w.ms)).toEqual([500, 1000, 2000]);
    expect(writes).toEqual([[0], [0, 1], [0, 1], [0, 1]]);
    expect(statuses).toEqual(['retrying', 'retrying', 'retrying', 'saved']);
    expect([...stored.keys()]).toEqual([0, 1]);
  });

  it('one write at a time: taps during a write go in the next one', async () => {
    const { writer, writes } = setUp(0);
    writer.sync([ev(0)]);
    writer.sync([ev(0), ev(1)]);
    writer.sync([ev(0), ev(1), ev(2)]);
    await flush();
    expect(writes).toEqual([[0], [1, 2]]);
  });

  it('flush() stores everything before it resolves, trying a waiting retry at once', async () => {
    const { writer, stored, waits } = setUp(1);
    writer.sync([ev(0), ev(1)]);
    await flush();
    expect(waits).toHaveLength(1); // the first write failed; a retry waits
    await writer.flush();
    expect([...stored.keys()]).toEqual([0, 1]);
  });

  it('flush() rejects while storage keeps failing, and the retries go on', async () => {
    const { writer, stored, waits } = setUp(5);
    writer.sync([ev(0)]);
    await flush();
    await expect(writer.flush()).rejects.toThrow(/could not be saved/);
    expect(stored.size).toBe(0);
    expect(waits.length).toBeGreaterThanOrEqual(2);
  });

  it('names the trouble: a full disk is "quota", and the banner status follows it', async () => {
    const statuses: SaveStatus[] = [];
    const full = new DOMException('full', 'QuotaExceededError');
    const writer = sessionWriter(
      { append: () => Promise.reject(full), finish: () => Promise.resolve() },
      's',
      (s) => statuses.push(s),
      () => () => undefined,
    );
    writer.sync([ev(0)]);
    await flush();
    expect(statuses).toEqual(['quota']);
  });

  it.each([
    [1, 500],
    [2, 1000],
    [5, 8000],
    [9, 8000],
  ])('after %i failures it waits %i ms', (failures, ms) => expect(retryDelayMs(failures)).toBe(ms));
});
