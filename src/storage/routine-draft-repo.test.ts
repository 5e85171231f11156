import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type KneewiseDb } from './db';
import { commitRoutineDraft, deleteRoutineDraft, getRoutineDraft, NEW_DRAFT_ID, saveRoutineDraft } from './routine-draft-repo';
import { getUserRoutine } from './user-routine-repo';

let db: KneewiseDb;
let name = 0;
beforeEach(() => {
  db = openDb(`drafts-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

const routine = { id: 'own-a', name: 'Mine', createdAt: 1, steps: [{ exercise: 'x', reps: 8 }] };

describe('routine drafts', () => {
  it('keeps the latest draft of a new routine (a reload reads it back)', async () => {
    await saveRoutineDraft(db, NEW_DRAFT_ID, routine, 10);
    await saveRoutineDraft(db, NEW_DRAFT_ID, { ...routine, name: 'Mine 2' }, 20);
    const reopened = openDb(db.name);
    expect(await getRoutineDraft(reopened, NEW_DRAFT_ID)).toEqual({ id: 'new', updatedAt: 20, routine: { ...routine, name: 'Mine 2' } });
    reopened.close();
  });

  it('commit saves the routine and drops the draft together', async () => {
    await saveRoutineDraft(db, NEW_DRAFT_ID, routine, 10);
    await commitRoutineDraft(db, NEW_DRAFT_ID, { ...routine, updatedAt: 30 });
    expect(await getRoutineDraft(db, NEW_DRAFT_ID)).toBeUndefined();
    expect(await getUserRoutine(db, 'own-a')).toEqual({ ...routine, updatedAt: 30 });
  });

  it('discard drops only that draft', async () => {
    await saveRoutineDraft(db, NEW_DRAFT_ID, routine, 10);
    await saveRoutineDraft(db, 'own-a', routine, 10);
    await deleteRoutineDraft(db, 'own-a');
    expect((await db.routineDrafts.toArray()).map((d) => d.id)).toEqual(['new']);
  });
});
