/** Own routines (issue 11): the `routines` table, newest edit first. */
import type { KneewiseDb } from './db';
import type { UserRoutineRecord } from './records';

const editedAt = (r: UserRoutineRecord) => r.updatedAt ?? r.createdAt;

/** Every own routine, most recently edited first (rows from before version 4 have no updatedAt). */
export async function listUserRoutines(db: KneewiseDb): Promise<UserRoutineRecord[]> {
  const all = await db.routines.toArray();
  return all.sort((a, b) => editedAt(b) - editedAt(a) || a.name.localeCompare(b.name));
}

export function getUserRoutine(db: KneewiseDb, id: string): Promise<UserRoutineRecord | undefined> {
  return db.routines.get(id);
}

/** Insert or replace; resolves once committed, so a screen may say "Saved" only after it. */
export async function saveUserRoutine(db: KneewiseDb, record: UserRoutineRecord): Promise<void> {
  await db.routines.put(record);
}

/** Delete a routine and its draft; returns what was deleted so Undo can put it back. */
export async function deleteUserRoutine(db: KneewiseDb, id: string): Promise<UserRoutineRecord | undefined> {
  return db.transaction('rw', db.routines, db.routineDrafts, async () => {
    const record = await db.routines.get(id);
    await db.routines.delete(id);
    await db.routineDrafts.delete(id);
    return record;
  });
}
