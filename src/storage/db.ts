/**
 * The one IndexedDB database. Every schema change is a new `version(n)` with an upgrade function
 * and a test that upgrades a version-1 fixture (db.test.ts). Never edit an old version's stores.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { SessionRecord, SettingRecord } from './records';

export const DB_NAME = 'kneewise';

export type KneewiseDb = Dexie & {
  sessions: EntityTable<SessionRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/** Version 1: sessions (plan snapshot + events) and settings. */
export function defineVersion1(db: Dexie): void {
  db.version(1).stores({
    sessions: '&id, status, startedAt, routineId',
    settings: '&key',
  });
}

export function openDb(name = DB_NAME): KneewiseDb {
  const db = new Dexie(name) as KneewiseDb;
  defineVersion1(db);
  return db;
}

let shared: KneewiseDb | undefined;
/** The app's database, opened on first use. */
export function getDb(): KneewiseDb {
  shared ??= openDb();
  return shared;
}
