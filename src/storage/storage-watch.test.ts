import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { currentStorageAlert, dismissStorageAlert } from '@/storage/storage-alerts';
import { openDb } from './db';
import { alertFor, watchStorage } from './storage-watch';

const domError = (name: string) => new DOMException('from the browser', name);
let opened: Dexie[] = [];
const watched = (name: string) => {
  const db = watchStorage(openDb(name));
  opened.push(db);
  return db;
};

afterEach(async () => {
  opened.forEach((db) => db.close());
  opened = [];
  dismissStorageAlert();
  await Promise.all((await Dexie.getDatabaseNames()).map((n) => Dexie.delete(n)));
});

/** Makes every put on any object store fail like a full disk, until the returned function is called. */
function fillTheDisk(): () => void {
  // Kept to be put back on the prototype, never called unbound.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = () => {
    throw domError('QuotaExceededError');
  };
  return () => {
    IDBObjectStore.prototype.put = put;
  };
}

describe('alertFor', () => {
  it.each([
    [domError('QuotaExceededError'), 'quota'],
    [new Dexie.AbortError('aborted', domError('QuotaExceededError')), 'quota'],
    [new Dexie.MissingAPIError('no indexedDB'), 'unavailable'],
    [new Dexie.OpenFailedError('private mode', domError('SecurityError')), 'unavailable'],
    [new Dexie.OpenFailedError('newer', domError('VersionError')), 'upgraded'],
    [new Dexie.VersionChangeError('another tab upgrades'), 'blocked'],
    [new Dexie.ConstraintError('same key'), null],
    [new Error('a bug'), null],
  ])('%s → %s', (error, alert) => expect(alertFor(error)).toBe(alert));
});

describe('watchStorage', () => {
  it.each([
    [
      'a pain check',
      (db: Dexie) => db.table('painChecks').put({ id: 'p', sessionId: 's', at: 1, knee: 'left', score: 2, phase: 'baseline' }),
    ],
    ['a setting', (db: Dexie) => db.table('settings').put({ key: 'cues', value: {} })],
    ['a routine from the builder', (db: Dexie) => db.table('routines').put({ id: 'own-1', createdAt: 1, updatedAt: 1 })],
    [
      'an import (bulk, in a transaction)',
      (db: Dexie) => db.transaction('rw', ['sessions'], () => db.table('sessions').bulkPut([{ id: 'x' }])),
    ],
  ])('a full disk while writing %s raises the app-wide alert, and the caller still gets the error', async (_name, write) => {
    const db = watched('watch-quota');
    await db.open();
    const restore = fillTheDisk();
    try {
      await expect(write(db)).rejects.toBeTruthy();
    } finally {
      restore();
    }
    expect(currentStorageAlert()).toBe('quota');
  });

  it('a write that works raises nothing', async () => {
    const db = watched('watch-fine');
    await db.table('settings').put({ key: 'cues', value: {} });
    expect(currentStorageAlert()).toBeNull();
  });

  it('a newer version opened in another tab closes ours and asks for a reload; the other tab is not blocked', async () => {
    const ours = watched('watch-upgrade');
    await ours.open();
    const newer = new Dexie('watch-upgrade');
    newer.version(50).stores({ sessions: '&id' });
    opened.push(newer);
    await newer.open();
    expect(currentStorageAlert()).toBe('upgraded');
    expect(ours.isOpen()).toBe(false);
    expect(newer.isOpen()).toBe(true);
  });

  it('our upgrade blocked by an older tab that holds the database says so', async () => {
    // An "older tab": a plain connection at a lower version that ignores versionchange.
    const older = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('watch-blocked', 1);
      request.onsuccess = () => resolve(request.result);
    });
    const ours = watched('watch-blocked');
    await expect.poll(currentStorageAlert).toBe('blocked');
    older.close();
    await ours.open();
    expect(ours.isOpen()).toBe(true);
  });
});
