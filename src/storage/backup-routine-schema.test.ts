import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { backupToBlob, deleteAllData, exportBackup, importBackup } from './backup';
import { validateBackup } from './backup-validate';
import { openDb, type KneewiseDb } from './db';
import type { UserRoutineRecord } from './records';
import { getUserRoutine, listUserRoutines, saveUserRoutine } from './user-routine-repo';

const NOW = Date.UTC(2026, 11, 1, 9);
let n = 0;
const opened: KneewiseDb[] = [];
const fresh = () => {
  const db = openDb(`backup-routines-${++n}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** Every dose field the builder sets, on every kind of step. */
const built: UserRoutineRecord = {
  id: 'own-morning',
  name: 'My morning',
  createdAt: NOW - 86_400_000,
  updatedAt: NOW,
  getReadySeconds: 15,
  switchSidesSeconds: 8,
  basedOn: null,
  steps: [
    { exercise: 'tennis-ball-glutes', holdSeconds: 120, sets: 2, restSeconds: 20, side: 'each' },
    { exercise: 'glute-bridge', reps: 12, sets: 3, restSeconds: 45 },
    { exercise: 'supine-figure-four', holdSeconds: 40, side: 'both' },
    { exercise: 'side-lying-leg-raise' },
  ],
};

async function throughAFile(source: KneewiseDb, target: KneewiseDb): Promise<void> {
  const text = await backupToBlob(await exportBackup(source, NOW)).text();
  await deleteAllData(source);
  expect(await listUserRoutines(source)).toEqual([]);
  const checked = validateBackup(text, NOW);
  if (!checked.ok) throw new Error(checked.reason);
  await importBackup(target, checked.backup, 'replace');
}

describe('own routines in a backup', () => {
  it('keep every step’s dose, the sides and the timings through export → delete all → import', async () => {
    const db = fresh();
    await saveUserRoutine(db, built);
    await throughAFile(db, db);
    expect(await getUserRoutine(db, built.id)).toEqual(built);
  });

  it('a copy of a built-in routine keeps where it came from', async () => {
    const db = fresh();
    const copy: UserRoutineRecord = { ...built, id: 'own-copy', basedOn: 'daily-hip-release' };
    await saveUserRoutine(db, copy);
    await throughAFile(db, fresh());
    expect(await getUserRoutine(opened[1] as KneewiseDb, 'own-copy')).toEqual(copy);
  });

  it('a format 2 file’s routines (exercise ids only) still import', () => {
    const file = {
      app: 'kneewise',
      format: 2,
      exportedAt: NOW,
      data: {
        sessions: [],
        painChecks: [],
        assessments: [],
        exercisePrefs: [],
        settings: [],
        redFlags: [],
        routines: [{ id: 'own-old', name: 'Old one', steps: [{ exercise: 'glute-bridge' }], createdAt: NOW }],
      },
    };
    const checked = validateBackup(JSON.stringify(file), NOW);
    if (!checked.ok) throw new Error(checked.reason);
    expect(checked.backup.data.routines).toEqual(file.data.routines);
  });

  it('a dose that is not a whole number is refused with its place', async () => {
    const file = await exportBackup(fresh(), NOW);
    file.data.routines = [{ ...built, steps: [{ exercise: 'glute-bridge', sets: 2.5 }] }];
    const checked = validateBackup(JSON.stringify(file), NOW);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(/routines\[0\]\.steps\[0\]\.sets must be a whole number/);
  });
});
