import { useLiveQuery } from 'dexie-react-hooks';
import { countRecords } from '@/storage/backup';
import type { TableCounts } from '@/storage/backup-format';
import { getDb } from '@/storage/db';

/** What is on this phone now, per table; updates live after an import or a delete. */
export function useRecordCounts(): TableCounts | undefined {
  return useLiveQuery(() => countRecords(getDb()), []);
}
