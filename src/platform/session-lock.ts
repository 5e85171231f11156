/**
 * One player at a time across tabs and the installed app. The Web Locks API holds a lock for as long
 * as a tab plays (the browser frees it when the tab dies); a BroadcastChannel carries the hand-over:
 * the tab that wants the session asks, the owner stores everything, stops writing and lets go, and
 * only then does the new tab open the session from storage — so no event is written by both.
 * Where Web Locks are missing, the channel alone keeps the peace (see channelLock).
 */
const NAME = 'kneewise-player';
/** An owner that does not let go within this time (frozen, killed mid-write) has its lock stolen. */
export const HANDOVER_TIMEOUT_MS = 3000;

export interface PlayerLockHandlers {
  onOwned: () => void;
  onBusy: () => void;
  onLost: () => void;
  /** Store everything before letting go (the player's writer flush). */
  beforeRelease: () => Promise<void>;
}
export interface PlayerLock {
  takeOver: () => void;
  close: () => void;
}
type Message = { type: 'release' } | { type: 'query' } | { type: 'owned' } | { type: 'released' };

export function playerLock(handlers: PlayerLockHandlers): PlayerLock {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? webLock(locks, handlers) : channelLock(handlers);
}

function webLock(locks: LockManager, h: PlayerLockHandlers): PlayerLock {
  const channel = new BroadcastChannel(NAME);
  let release: (() => void) | null = null;
  let isClosed = false;
  const hold = () =>
    new Promise<void>((resolve) => {
      release = resolve;
      h.onOwned();
    });
  const holdUntilReleased = (lock: Lock | null) => (lock ? hold() : undefined);
  // A stolen lock rejects the holder's request: that tab has lost the session.
  const onSettled = () => {
    if (release && !isClosed) h.onLost();
    release = null;
  };
  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data.type !== 'release' || !release) return;
    const letGo = release;
    release = null;
    void h
      .beforeRelease()
      .catch(() => undefined)
      .finally(() => {
        h.onLost();
        letGo();
      });
  };
  void locks
    .request(NAME, { ifAvailable: true }, (lock) => {
      if (!lock) h.onBusy();
      return holdUntilReleased(lock);
    })
    .then(onSettled, onSettled);
  return {
    takeOver() {
      const waiting = new AbortController();
      channel.postMessage({ type: 'release' } satisfies Message);
      const timer = setTimeout(() => {
        waiting.abort();
        void locks.request(NAME, { steal: true }, hold).then(onSettled, onSettled);
      }, HANDOVER_TIMEOUT_MS);
      void locks
        .request(NAME, { signal: waiting.signal }, (lock) => {
          clearTimeout(timer);
          return holdUntilReleased(lock);
        })
        .then(onSettled, () => undefined);
    },
    close() {
      isClosed = true;
      release?.();
      release = null;
      channel.close();
    },
  };
}

/** Without Web Locks: ask who plays; an owner answers at once, silence means the session is free. */
export function channelLock(h: PlayerLockHandlers, answerWithinMs = 250): PlayerLock {
  const channel = new BroadcastChannel(NAME);
  let isOwner = false;
  let isWaiting = true;
  const own = () => {
    isWaiting = false;
    isOwner = true;
    h.onOwned();
  };
  const post = (m: Message) => channel.postMessage(m);
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m.type === 'query' && isOwner) post({ type: 'owned' });
    else if (m.type === 'owned' && isWaiting) {
      isWaiting = false;
      h.onBusy();
    } else if (m.type === 'release' && isOwner) {
      isOwner = false;
      void h
        .beforeRelease()
        .catch(() => undefined)
        .finally(() => {
          h.onLost();
          post({ type: 'released' });
        });
    } else if (m.type === 'released' && isWaiting) own();
  };
  post({ type: 'query' });
  let timer = setTimeout(() => isWaiting && own(), answerWithinMs);
  return {
    takeOver() {
      isWaiting = true;
      post({ type: 'release' });
      clearTimeout(timer);
      timer = setTimeout(() => isWaiting && own(), HANDOVER_TIMEOUT_MS);
    },
    close() {
      clearTimeout(timer);
      isOwner = false;
      isWaiting = false;
      channel.close();
    },
  };
}
