import { useEffect, useState } from 'react';
import type { Routine } from '@/content/catalog-types';
import { routines as builtIn } from '@/content/routine-catalog';
import { getDb } from '@/storage/db';
import type { ScheduleRecord } from '@/storage/records';
import { listOwnRoutines } from '@/storage/routine-resolver';
import { scheduleRepo } from '@/storage/schedule-repo';

export type Rows = Record<string, ScheduleRecord>;
export interface ScheduleData {
  /** Own routines first (most recently edited), then the built-in ones: every routine can be put on a day. */
  routines: Routine[];
  rows: Rows;
  hasReadError: boolean;
}

/** The saved schedule and every routine it can hold, read once; null while reading. */
export function useSchedule(): ScheduleData | null {
  const [data, setData] = useState<ScheduleData | null>(null);
  useEffect(() => {
    let isCancelled = false;
    const db = getDb();
    void Promise.all([scheduleRepo(db).all(), listOwnRoutines(db)])
      .then(([all, own]) => ({
        routines: [...own, ...builtIn],
        rows: Object.fromEntries(all.map((r) => [r.routineId, r])),
        hasReadError: false,
      }))
      .catch(() => ({ routines: [...builtIn], rows: {}, hasReadError: true }))
      .then((next) => {
        if (!isCancelled) setData(next);
      });
    return () => {
      isCancelled = true;
    };
  }, []);
  return data;
}
