/**
 * The ONE place a routine id becomes a routine, for both kinds: a built-in one (content) or an own one
 * (the routines table, played through toRoutine). Every screen that opens a routine by id asks here.
 */
import { liveQuery } from 'dexie';
import type { Routine } from '@/content/catalog-types';
import { findRoutine, planFacts } from '@/content/routine-catalog';
import { isOwnRoutineId, toRoutine } from '@/domain/routines/user-routine';
import { getDb, type KneewiseDb } from './db';
import type { UserRoutineRecord } from './records';
import { getUserRoutine, listUserRoutines } from './user-routine-repo';

export type ResolvedRoutine = { isOwn: false; routine: Routine } | { isOwn: true; routine: Routine; record: UserRoutineRecord };

/** The routine with this id, built-in or own; undefined when there is none (a deleted own routine, a bad link). */
export async function resolveRoutine(id: string, db: KneewiseDb = getDb()): Promise<ResolvedRoutine | undefined> {
  if (!isOwnRoutineId(id)) {
    const routine = findRoutine(id);
    return routine ? { isOwn: false, routine } : undefined;
  }
  const record = await getUserRoutine(db, id);
  return record ? { isOwn: true, routine: toRoutine(record, planFacts), record } : undefined;
}

/** Own routines as playable routines, most recently edited first. */
export async function listOwnRoutines(db: KneewiseDb = getDb()): Promise<Routine[]> {
  return (await listUserRoutines(db)).map((r) => toRoutine(r, planFacts));
}

/** Own routines, live (home reads them after its first paint). Returns the unsubscribe. */
export function watchOwnRoutines(
  onChange: (routines: Routine[]) => void,
  onError: (e: unknown) => void,
  db: KneewiseDb = getDb(),
): () => void {
  const subscription = liveQuery(() => listOwnRoutines(db)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
