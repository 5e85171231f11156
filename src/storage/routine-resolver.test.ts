import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { routines } from '@/content/routine-catalog';
import { openDb, type KneewiseDb } from './db';
import { listOwnRoutines, resolveRoutine } from './routine-resolver';
import { saveUserRoutine } from './user-routine-repo';

let db: KneewiseDb;
let name = 0;
beforeEach(() => {
  db = openDb(`resolver-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

const builtIn = routines[0];
const exercise = builtIn?.steps[0]?.exercise ?? '';

describe('resolveRoutine', () => {
  it('finds a built-in routine without touching the database', async () => {
    expect(await resolveRoutine(builtIn?.id ?? '', db)).toEqual({ isOwn: false, routine: builtIn });
  });

  it('finds an own routine as a playable Routine, with its record', async () => {
    const record = { id: 'own-x', name: 'Mine', createdAt: 1, steps: [{ exercise, sets: 1 }] };
    await saveUserRoutine(db, record);
    const resolved = await resolveRoutine('own-x', db);
    expect(resolved?.isOwn).toBe(true);
    expect(resolved?.routine).toMatchObject({ id: 'own-x', name: 'Mine', steps: [{ exercise, dosage: { sets: 1 } }] });
    expect((await listOwnRoutines(db)).map((r) => r.id)).toEqual(['own-x']);
  });

  it.each(['own-missing', 'no-such-routine'])('is undefined for %s', async (id) => {
    expect(await resolveRoutine(id, db)).toBeUndefined();
  });
});
