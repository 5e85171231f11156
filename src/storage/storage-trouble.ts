/**
 * What went wrong with IndexedDB, in the words the user needs: the kinds call for different actions
 * (free space / use a normal window / close the other tab). Dexie wraps the browser's DOMException,
 * so both the error and its `inner` cause are read; anything else is a plain retry.
 */
export type StorageTrouble = 'quota' | 'unavailable' | 'blocked' | 'unknown';

const BY_NAME: Record<string, StorageTrouble> = {
  QuotaExceededError: 'quota',
  MissingAPIError: 'unavailable',
  OpenFailedError: 'unavailable',
  InvalidStateError: 'unavailable',
  DatabaseClosedError: 'unavailable',
  SecurityError: 'unavailable',
  VersionChangeError: 'blocked',
  BlockedError: 'blocked',
};

export function storageTrouble(error: unknown): StorageTrouble {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && BY_NAME[name]) return BY_NAME[name];
    e = (e as { inner?: unknown }).inner;
  }
  return 'unknown';
}
