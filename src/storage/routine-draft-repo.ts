/** Unsaved builder edits (routineDrafts), kept across a reload until saved or discarded; never backed up. */
import type { KneewiseDb } from './db';
import type { RoutineDraftRecord, UserRoutineRecord } from './records';

/** The draft key of a routine not saved yet; saved routines use their own id. */
export const NEW_DRAFT_ID = 'new';

export function getRoutineDraft(db: KneewiseDb, id: string): Promise<RoutineDraftRecord | undefined> {
  return db.routineDrafts.get(id);
}

export async function saveRoutineDraft(db: KneewiseDb, id: string, routine: UserRoutineRecord, at: number): Promise<void> {
  await db.routineDrafts.put({ id, updatedAt: at, routine });
}

export async function deleteRoutineDraft(db: KneewiseDb, id: string): Promise<void> {
  await db.routineDrafts.delete(id);
}

/** Save the routine and drop its draft in one transaction: never both gone, never both kept. */
export async function commitRoutineDraft(db: KneewiseDb, draftId: string, record: UserRoutineRecord): Promise<void> {
  await db.transaction('rw', db.routines, db.routineDrafts, async () => {
    await db.routines.put(record);
    await db.routineDrafts.delete(draftId);
  });
}
