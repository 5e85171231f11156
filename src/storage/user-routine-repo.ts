/**
 * Own routines. MINIMAL version written by the schedule/share work (contract2 §3); the builder's
 * version of this file, with the same signatures, replaces it at merge.
 */
import type { KneewiseDb } from './db';
import type { UserRoutineRecord } from './records';

export function listUserRoutines(db: KneewiseDb): Promise<UserRoutineRecord[]> {
  return db.routines.orderBy('createdAt').toArray();
}

export function getUserRoutine(db: KneewiseDb, id: string): Promise<UserRoutineRecord | undefined> {
  return db.routines.get(id);
}

export async function saveUserRoutine(db: KneewiseDb, record: UserRoutineRecord): Promise<void> {
  await db.routines.put(record);
}

export async function deleteUserRoutine(db: KneewiseDb, id: string): Promise<void> {
  await db.routines.delete(id);
}
