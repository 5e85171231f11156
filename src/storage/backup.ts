/**
 * Export, preview and restore of the whole database. A restore writes every table in one
 * transaction: if any write fails, IndexedDB rolls all of it back and the database is as before.
 */
import type { Table } from 'dexie';
import { numberLegacyEvents } from '@/domain/session/legacy-events';
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_TABLES,
  TABLE_KEYS,
  keysOf,
  type BackupData,
  type BackupFile,
  type BackupTable,
  type TableCounts,
  type ValidBackup,
} from './backup-format';
import { writeTable } from './backup-write';
import type { KneewiseDb } from './db';
import type { SessionRecord } from './records';

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
// Dexie's tables are typed per record; row copying here is generic over all of them.
const anyTable = (db: KneewiseDb, name: BackupTable): Table<unknown, string> => db.table(name);

/** Everything, read in one transaction so the file is a consistent snapshot; one `toArray` per table. */
export async function exportBackup(db: KneewiseDb, now: number): Promise<BackupFile> {
  const data = await db.transaction('r', tablesOf(db), async () => {
    const rows = await Promise.all(BACKUP_TABLES.map((name) => anyTable(db, name).toArray()));
    // Each table's rows are its records as stored (Dexie reads them back as they were put).
    const tables = Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, rows[i] ?? []])) as unknown as BackupData;
    return { ...tables, sessions: tables.sessions.map(asWrittenNow) } satisfies BackupData;
  });
  return { app: BACKUP_APP, format: BACKUP_FORMAT, exportedAt: now, data };
}

type StoredEvent = SessionRecord['events'][number] & { seq?: number; step?: number };

/**
 * A log as today's player writes it: numbered (a row stored before the v3 upgrade, or written by
 * a tool, may lack `seq`/`step`) and never going back in time (dispatch clamps since v3; an older
 * log may hold a clock that stepped back). The app must never write a backup it would refuse.
 */
function asWrittenNow(session: SessionRecord): SessionRecord {
  const events: StoredEvent[] = session.events;
  const isNumbered = events.every((e, i) => e.seq === i && typeof e.step === 'number');
  const isInOrder = events.every((e, i) => i === 0 || e.at >= (events[i - 1]?.at ?? e.at));
  if (isNumbered && isInOrder) return session;
  let latest = -Infinity;
  const clamped = events.map((e) => ({ ...e, at: (latest = Math.max(latest, e.at)) }));
  // Numbers already given are facts; only a log without them is numbered here.
  return { ...session, events: isNumbered ? clamped : numberLegacyEvents(session.plan, clamped) };
}

const ROWS_PER_CHUNK = 500;

/**
 * Compact JSON (a backup is for machines), built as a Blob of parts: one giant string for three
 * years of data would be built, copied and held twice over.
 */
export function backupToBlob(backup: BackupFile): Blob {
  const { data, ...head } = backup;
  const parts: string[] = [`${JSON.stringify(head).slice(0, -1)},"data":{`];
  BACKUP_TABLES.forEach((table, t) => {
    const rows: readonly unknown[] = data[table];
    parts.push(`${t === 0 ? '' : ','}${JSON.stringify(table)}:[`);
    for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK) {
      const chunk = JSON.stringify(rows.slice(i, i + ROWS_PER_CHUNK));
      parts.push(`${i === 0 ? '' : ','}${chunk.slice(1, -1)}`);
    }
    parts.push(']');
  });
  parts.push('}}');
  return new Blob(parts, { type: 'application/json' });
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
 * Writes a validated backup. `replace` leaves every table exactly as the file has it; `merge` puts
 * by id (the file wins) and keeps the rest. Only rows that differ are written (`writeTable`). One
 * transaction over all tables: any error aborts it, and nothing is written.
 */
export async function importBackup(db: KneewiseDb, backup: ValidBackup, mode: ImportMode): Promise<TableCounts> {
  await db.transaction('rw', tablesOf(db), () =>
    // All tables at once: IndexedDB queues the requests of one transaction in order anyway.
    Promise.all(BACKUP_TABLES.map((name) => writeTable(anyTable(db, name), TABLE_KEYS[name], backup.data[name], mode))),
  );
  return Object.fromEntries(BACKUP_TABLES.map((name) => [name, backup.data[name].length])) as TableCounts;
}

/** Clears every table in one transaction: all of it goes, or none of it. */
export async function deleteAllData(db: KneewiseDb): Promise<void> {
  await db.transaction('rw', tablesOf(db), () => Promise.all(tablesOf(db).map((table) => table.clear())));
}
