import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type KneewiseDb } from './db';
import type { UserRoutineRecord } from './records';
import { deleteUserRoutine, getUserRoutine, listUserRoutines, saveUserRoutine } from './user-routine-repo';

let db: KneewiseDb;
let name = 0;
beforeEach(() => {
  db = openDb(`user-routines-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

const routine = (id: string, createdAt: number, updatedAt?: number): UserRoutineRecord => ({
  id,
  name: id,
  createdAt,
  ...(updatedAt === undefined ? {} : { updatedAt }),
  steps: [{ exercise: 'hip-flexor-stretch', holdSeconds: 30 }],
});

describe('user routine repo', () => {
  it('saves, reads back and replaces a routine', async () => {
    await saveUserRoutine(db, routine('own-a', 1));
    expect(await getUserRoutine(db, 'own-a')).toEqual(routine('own-a', 1));
    await saveUserRoutine(db, { ...routine('own-a', 1, 5), name: 'Renamed' });
    expect((await getUserRoutine(db, 'own-a'))?.name).toBe('Renamed');
    expect(await listUserRoutines(db)).toHaveLength(1);
  });

  it('lists the most recently edited first; a row without updatedAt counts from createdAt', async () => {
    await saveUserRoutine(db, routine('own-old', 10));
    await saveUserRoutine(db, routine('own-edited', 5, 30));
    await saveUserRoutine(db, routine('own-new', 20));
    expect((await listUserRoutines(db)).map((r) => r.id)).toEqual(['own-edited', 'own-new', 'own-old']);
  });

  it('deletes a routine with its draft and returns it, so Undo can put it back', async () => {
    await saveUserRoutine(db, routine('own-a', 1));
    await db.routineDrafts.put({ id: 'own-a', updatedAt: 2, routine: routine('own-a', 1) });
    await db.routineDrafts.put({ id: 'new', updatedAt: 2, routine: routine('new', 1) });
    const deleted = await deleteUserRoutine(db, 'own-a');
    expect(deleted).toEqual(routine('own-a', 1));
    expect(await getUserRoutine(db, 'own-a')).toBeUndefined();
    expect((await db.routineDrafts.toArray()).map((d) => d.id)).toEqual(['new']);
    await saveUserRoutine(db, deleted as UserRoutineRecord);
    expect(await getUserRoutine(db, 'own-a')).toEqual(routine('own-a', 1));
  });

  it('deleting an unknown id is a no-op', async () => {
    expect(await deleteUserRoutine(db, 'own-none')).toBeUndefined();
  });
});
