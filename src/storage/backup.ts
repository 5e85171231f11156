/**
 * Export, preview and restore of the whole database. A restore writes every table in one
 * transaction: if any write fails, IndexedDB rolls all of it back and the database is as before.
 */
import type { Table } from 'dexie';
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_TABLES,
  keysOf,
  type BackupData,
  type BackupFile,
  type BackupTable,
  type TableCounts,
  type ValidBackup,
} from './backup-format';
import type { KneewiseDb } from './db';

export interface TablePreview {
  inFile: number;
  onDevice: number;
  /** In the file, not on the device: added by either mode. */
  isNew: number;
  /** In both (same id): the file's version wins in a merge. */
  present: number;
  /** On the device, not in the file: kept by a merge, deleted by a replace. */
  onlyOnDevice: number;
}
export type ImportPreview = Record<BackupTable, TablePreview>;
export type ImportMode = 'merge' | 'replace';

const tablesOf = (db: KneewiseDb) => BACKUP_TABLES.map((name) => db.table(name));
// Dexie's tables are typed per record; row copying here is generic over all six.
const anyTable = (db: KneewiseDb, name: BackupTable): Table<unknown, string> => db.table(name);

/** Everything, read in one transaction so the file is a consistent snapshot. */
export async function exportBackup(db: KneewiseDb, now: number): Promise<BackupFile> {
  const data = await db.transaction('r', tablesOf(db), async () => {
    const [sessions, painChecks, assessments, exercisePrefs, routines, settings] = await Promise.all([
      db.sessions.toArray(),
      db.painChecks.toArray(),
      db.assessments.toArray(),
      db.exercisePrefs.toArray(),
      db.routines.toArray(),
      db.settings.toArray(),
    ]);
    return { sessions, painChecks, assessments, exercisePrefs, routines, settings } satisfies BackupData;
  });
  return { app: BACKUP_APP, format: BACKUP_FORMAT, exportedAt: now, data };
}

/** Compact JSON: a backup is for machines; its size matters more than its looks. */
export function backupToJson(backup: BackupFile): string {
  return JSON.stringify(backup);
}

export async function countRecords(db: KneewiseDb): Promise<TableCounts> {
  const counts = await db.transaction('r', tablesOf(db), () => Promise.all(BACKUP_TABLES.map((name) => db.table(name).count())));
  return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, counts[i] ?? 0])) as TableCounts;
}

/** What a restore would do, per table, without writing anything. */
export async function previewImport(db: KneewiseDb, backup: BackupFile): Promise<ImportPreview> {
  const rows = await db.transaction('r', tablesOf(db), () =>
    Promise.all(
      BACKUP_TABLES.map(async (name) => {
        // Keys only (getAllKeys): far cheaper than fetching every row that already exists.
        const onDevice = new Set(await anyTable(db, name).toCollection().primaryKeys());
        const keys = keysOf(backup.data, name);
        const present = keys.filter((key) => onDevice.has(key)).length;
        return [
          name,
          { inFile: keys.length, onDevice: onDevice.size, isNew: keys.length - present, present, onlyOnDevice: onDevice.size - present },
        ] as const;
      }),
    ),
  );
  return Object.fromEntries(rows) as ImportPreview;
}

/**
 * Writes a validated backup. `replace` clears every table first; `merge` puts by id (the file
 * wins). One transaction over all tables: any error aborts it, and nothing is written.
 */
export async function importBackup(db: KneewiseDb, backup: ValidBackup, mode: ImportMode): Promise<TableCounts> {
  await db.transaction('rw', tablesOf(db), async () => {
    if (mode === 'replace') await Promise.all(tablesOf(db).map((table) => table.clear()));
    for (const name of BACKUP_TABLES) {
      const table = anyTable(db, name);
      const rows = backup.data[name];
      if (mode === 'replace') await table.bulkAdd(rows);
      else await table.bulkPut(rows);
    }
  });
  return Object.fromEntries(BACKUP_TABLES.map((name) => [name, backup.data[name].length])) as TableCounts;
}

/** Clears every table in one transaction: all of it goes, or none of it. */
export async function deleteAllData(db: KneewiseDb): Promise<void> {
  await db.transaction('rw', tablesOf(db), () => Promise.all(tablesOf(db).map((table) => table.clear())));
}
