import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageTrouble } from './storage-trouble';

const domError = (name: string) => new DOMException('from the browser', name);

describe('storageTrouble', () => {
  it.each([
    [domError('QuotaExceededError'), 'quota'],
    [new Dexie.QuotaExceededError('full'), 'quota'],
    [new Dexie.AbortError('aborted', domError('QuotaExceededError')), 'quota'],
    [new Dexie.MissingAPIError('no indexedDB'), 'unavailable'],
    [new Dexie.OpenFailedError('private mode'), 'unavailable'],
    [new Dexie.DatabaseClosedError('closed'), 'unavailable'],
    [domError('InvalidStateError'), 'unavailable'],
    [new Dexie.VersionChangeError('another tab upgrades'), 'blocked'],
    [new Error('disk full'), 'unknown'],
    ['a string', 'unknown'],
    [null, 'unknown'],
  ])('%s → %s', (error, trouble) => expect(storageTrouble(error)).toBe(trouble));

  it('a real Dexie table whose writes fail with a full disk says "quota"', async () => {
    const db = new Dexie('trouble-test');
    db.version(1).stores({ things: '&id' });
    const table = db.table<{ id: string }>('things');
    // Kept to be put back on the prototype, never called unbound.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw domError('QuotaExceededError');
    };
    try {
      const failure = await table.put({ id: 'a' }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(storageTrouble(failure)).toBe('quota');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    await table.put({ id: 'a' });
    expect(await table.count()).toBe(1);
    db.close();
  });
});
