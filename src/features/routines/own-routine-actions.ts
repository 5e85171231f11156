import type { Routine } from '@/content/catalog-types';
import { fromRoutine, OWN_ROUTINE_PREFIX } from '@/domain/routines/user-routine';
import { newId, now } from '@/platform/clock';
import { getDb } from '@/storage/db';
import type { UserRoutineRecord } from '@/storage/records';
import { deleteUserRoutine, saveUserRoutine } from '@/storage/user-routine-repo';

/** Save a copy (of a built-in or an own routine) as a new own routine; returns its id. */
export async function duplicateRoutine(routine: Routine, own: UserRoutineRecord | null): Promise<string> {
  const id = `${OWN_ROUTINE_PREFIX}${newId()}`;
  const at = now();
  const copy = own ? { ...own, id, name: `${own.name} (copy)`, createdAt: at, updatedAt: at } : fromRoutine(routine, id, at);
  await saveUserRoutine(getDb(), copy);
  return id;
}

export const deleteOwnRoutine = (id: string) => deleteUserRoutine(getDb(), id);
export const restoreOwnRoutine = (record: UserRoutineRecord) => saveUserRoutine(getDb(), record);
