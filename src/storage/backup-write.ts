/**
 * Writing one table of a restore inside the caller's transaction, touching only what differs.
 * Writes are what a restore waits for: at three years of data, IndexedDB takes seconds to clear and
 * re-add 20,000 indexed pain checks, but a fraction of that to read them and find them unchanged.
 * The table ends exactly as a clear + add (replace) or a put of every row (merge) would leave it.
 */
import type { Table } from 'dexie';
import { isSameData } from '@/domain/backup/same-data';

export interface TableWrite {
  /** Rows written: new, or different from the stored row with that key. */
  put: number;
  /** Rows deleted: on the device but not in the file (replace only). */
  deleted: number;
}

export async function writeTable(
  table: Table<unknown, string>,
  keyName: string,
  rows: readonly object[],
  mode: 'merge' | 'replace',
): Promise<TableWrite> {
  const keyOf = (row: object) => (row as Record<string, unknown>)[keyName] as string;
  const stored = new Map<string, unknown>();
  for (const row of (await table.toArray()) as object[]) stored.set(keyOf(row), row);
  const inFile = new Set<string>();
  const changed: object[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    // A valid backup never repeats a key; a clear + add refused that by aborting, and so does this.
    if (inFile.has(key)) throw new Error(`${table.name} has two rows with the key "${key}"`);
    inFile.add(key);
    if (!stored.has(key) || !isSameData(stored.get(key), row)) changed.push(row);
  }
  const gone = mode === 'replace' ? [...stored.keys()].filter((key) => !inFile.has(key)) : [];
  if (gone.length > 0) await table.bulkDelete(gone);
  if (changed.length > 0) await table.bulkPut(changed);
  return { put: changed.length, deleted: gone.length };
}
