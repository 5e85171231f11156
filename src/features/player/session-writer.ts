import type { SessionEvent } from '@/domain/session/events';
import type { SessionRecord } from '@/storage/records';
import type { SessionRepo } from '@/storage/session-repo';
import { storageTrouble } from '@/storage/storage-trouble';

/** 'retrying' for a failure of no known kind; the others say what the user can do about it. */
export type SaveStatus = 'saved' | 'retrying' | 'quota' | 'unavailable' | 'blocked';

/** Retries wait 0.5 s, 1 s, 2 s, … up to 8 s: quick after a hiccup, gentle on storage that is full. */
export const retryDelayMs = (failures: number): number => Math.min(8000, 500 * 2 ** (failures - 1));

type Wait = (ms: number, then: () => void) => () => void;
const realWait: Wait = (ms, then) => {
  const id = setTimeout(then, ms);
  return () => clearTimeout(id);
};

/**
 * Writes one session's log as it grows. Every event not yet confirmed goes in the next write,
 * keyed by seq (the repository never stores a seq twice), so a tap during a slow write, a retry
 * or an overlapping batch stores each event exactly once. One write at a time; a failed one is
 * reported and retried with backoff, never dropped. Finishing is written after the events.
 */
export function sessionWriter(
  repo: Pick<SessionRepo, 'append' | 'finish'>,
  id: string,
  onStatus: (status: SaveStatus) => void,
  wait = realWait,
) {
  const confirmed = new Set<number>();
  let events: readonly SessionEvent[] = [];
  let finish: { endedAt: number; outcomes: SessionRecord['outcomes'] } | null = null;
  let isFinishSaved = false;
  let inFlight: Promise<void> | null = null;
  let isStopped = false;
  // Read through a function: stop() may flip it while a write is awaited.
  const hasStopped = () => isStopped;
  let failures = 0;
  let cancelRetry: (() => void) | null = null;

  const nextWrite = (): (() => Promise<void>) | null => {
    const unsaved = events.filter((e) => !confirmed.has(e.seq));
    if (unsaved.length > 0)
      return async () => {
        await repo.append(id, unsaved);
        unsaved.forEach((e) => confirmed.add(e.seq));
      };
    const done = finish;
    if (done && !isFinishSaved)
      return async () => {
        await repo.finish(id, done.endedAt, done.outcomes);
        isFinishSaved = true;
      };
    return null;
  };

  const run = (): Promise<void> => {
    if (!inFlight && !cancelRetry && !isStopped) inFlight = writeAll().finally(() => (inFlight = null));
    return inFlight ?? Promise.resolve();
  };
  const writeAll = async (): Promise<void> => {
    try {
      for (let write = nextWrite(); write && !hasStopped(); write = nextWrite()) await write();
      if (failures > 0 && !hasStopped()) onStatus('saved');
      failures = 0;
    } catch (error) {
      failures += 1;
      if (hasStopped()) return;
      const trouble = storageTrouble(error);
      onStatus(trouble === 'unknown' ? 'retrying' : trouble);
      cancelRetry = wait(retryDelayMs(failures), () => {
        cancelRetry = null;
        void run();
      });
    }
  };

  return {
    /** The log as it is now; whatever of it is not yet stored is written. */
    sync(next: readonly SessionEvent[]): void {
      events = next;
      void run();
    },
    finish(endedAt: number, outcomes: SessionRecord['outcomes']): void {
      finish ??= { endedAt, outcomes };
      void run();
    },
    /**
     * Everything stored now (before an update reloads the page): a pending retry is tried at once.
     * Rejects if something is still unsaved after that try; the retries go on.
     */
    async flush(): Promise<void> {
      await inFlight;
      cancelRetry?.();
      cancelRetry = null;
      await run();
      if (nextWrite()) throw new Error('Your session could not be saved yet.');
    },
    /** The player is gone: no more retries (reopening restores from what was stored). */
    stop(): void {
      isStopped = true;
      cancelRetry?.();
      cancelRetry = null;
    },
  };
}

export type SessionWriter = ReturnType<typeof sessionWriter>;
