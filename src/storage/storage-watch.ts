/**
 * Watches the app's database for trouble the user must hear about wherever it happens — a full
 * disk on any write (pain logging, settings, an import, the builder), storage refused (private
 * modes), an older tab blocking our upgrade, or a newer tab upgrading under us — and reports it to
 * the app-wide banner. Errors still reach the caller as before; this only makes them visible.
 */
import type { DBCore, Middleware } from 'dexie';
import { reportStorageAlert, type StorageAlert } from './storage-alerts';
import type { KneewiseDb } from './db';
import { storageTrouble } from './storage-trouble';

/** A newer version of the app upgraded the database: this tab's code is the old one. */
function isNewerDatabase(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if ((e as { name?: unknown }).name === 'VersionError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export function alertFor(error: unknown): StorageAlert | null {
  if (isNewerDatabase(error)) return 'upgraded';
  const trouble = storageTrouble(error);
  return trouble === 'unknown' ? null : trouble;
}

function report(error: unknown): void {
  const alert = alertFor(error);
  if (alert) reportStorageAlert(alert);
}

/** Every write request, and every transaction's abort (a full disk often fails the commit, not the put). */
const watchWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storage-watch',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const tx = down.transaction(stores, mode, options);
      // In the IndexedDB core the transaction is the browser's IDBTransaction.
      const events = tx as Partial<Pick<IDBTransaction, 'addEventListener' | 'error'>>;
      if (mode === 'readwrite' && typeof events.addEventListener === 'function') {
        events.addEventListener('abort', () => report(events.error));
      }
      return tx;
    },
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          table.mutate(request).catch((error: unknown) => {
            report(error);
            throw error;
          }),
      };
    },
  }),
};

export function watchStorage(db: KneewiseDb): KneewiseDb {
  db.use(watchWrites);
  // Another tab opens a newer version: let it upgrade (close ours) and ask this one to reload.
  db.on('versionchange', () => {
    db.close();
    reportStorageAlert('upgraded');
    return false;
  });
  // Our upgrade waits for an older tab that still holds the database open.
  db.on('blocked', () => reportStorageAlert('blocked'));
  // An open that fails (no IndexedDB, private mode, a newer database) is reported once, here.
  db.open().catch(report);
  return db;
}
