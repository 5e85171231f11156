import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { countRecords, deleteAllData, exportBackup, importBackup, previewImport } from './backup';
import { BACKUP_TABLES, keysOf, type BackupData, type ValidBackup } from './backup-format';
import { validateBackup } from './backup-validate';
import { openDb, type KneewiseDb } from './db';

const goodText = readFileSync(new URL('../../tests/fixtures/good-backup-v3.json', import.meta.url), 'utf8');
const validGood = (): ValidBackup => {
  const result = validateBackup(goodText, NOW);
  if (!result.ok) throw new Error(result.reason);
  return result.backup;
};
const NOW = Date.UTC(2025, 5, 1);
/** IndexedDB returns rows in key order; the fixture is in the order a person wrote it. */
const inKeyOrder = (data: BackupData) =>
  Object.fromEntries(
    BACKUP_TABLES.map((t) => [
      t,
      keysOf(data, t)
        .map((key, i) => [key, data[t][i]] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([, row]) => row),
    ]),
  );
const check = (id: string, score: number) => ({
  id,
  at: NOW,
  sessionId: null,
  exerciseId: null,
  phase: 'ad-hoc' as const,
  knee: 'left' as const,
  score,
  locations: [],
  note: '',
});

let db: KneewiseDb;
let n = 0;
const fresh = () => (db = openDb(`backup-test-${++n}`));
afterEach(async () => {
  await db.delete();
});

describe('export and import', () => {
  it('round-trips: export → JSON → validate → clear → import gives the same data', async () => {
    fresh();
    await importBackup(db, validGood(), 'replace');
    const exported = await exportBackup(db, NOW);
    expect(exported).toMatchObject({ app: 'kneewise', format: 3, exportedAt: NOW });
    const reread = validateBackup(JSON.stringify(exported), NOW);
    if (!reread.ok) throw new Error(reread.reason);
    await deleteAllData(db);
    expect(Object.values(await countRecords(db)).every((n) => n === 0)).toBe(true);
    await importBackup(db, reread.backup, 'replace');
    expect((await exportBackup(db, NOW)).data).toEqual(exported.data);
    expect(inKeyOrder(exported.data)).toEqual(inKeyOrder(validGood().data));
  });

  it('merge keeps what is only on the device and lets the file win on the same id', async () => {
    fresh();
    await db.painChecks.bulkAdd([check('pc-0001', 9), check('only-here', 5)]);
    const preview = await previewImport(db, validGood());
    expect(preview.painChecks).toEqual({ inFile: 7, onDevice: 2, isNew: 6, present: 1, onlyOnDevice: 1 });
    expect(preview.sessions).toEqual({ inFile: 3, onDevice: 0, isNew: 3, present: 0, onlyOnDevice: 0 });
    const written = await importBackup(db, validGood(), 'merge');
    expect(written).toMatchObject({ sessions: 3, painChecks: 7 });
    expect(await db.painChecks.count()).toBe(8);
    expect((await db.painChecks.get('pc-0001'))?.score).toBe(2);
    expect(await db.painChecks.get('only-here')).toBeDefined();
  });

  it('replace removes what is only on the device', async () => {
    fresh();
    await db.painChecks.bulkAdd([check('pc-0001', 9), check('only-here', 5)]);
    await db.settings.put({ key: 'old', value: 1 });
    await importBackup(db, validGood(), 'replace');
    expect(await db.painChecks.count()).toBe(7);
    expect(await db.painChecks.get('only-here')).toBeUndefined();
    expect(await db.settings.get('old')).toBeUndefined();
  });

  it.each(['merge', 'replace'] as const)('a failing write (%s) leaves the database exactly as before', async (mode) => {
    fresh();
    await importBackup(db, validGood(), 'replace');
    await db.painChecks.add(check('only-here', 5));
    const before = (await exportBackup(db, NOW)).data;
    // Types cannot stop a record without a key; IndexedDB refuses it halfway through the write.
    const broken = validGood();
    broken.data.routines.push({ name: 'No id', steps: [], createdAt: NOW } as unknown as (typeof broken.data.routines)[number]);
    await expect(importBackup(db, broken, mode)).rejects.toThrow();
    expect((await exportBackup(db, NOW)).data).toEqual(before);
  });

  it('replace with duplicate ids (sneaked past validation) also writes nothing', async () => {
    fresh();
    await db.painChecks.add(check('only-here', 5));
    const broken = validGood();
    broken.data.painChecks.push({ ...check('pc-0001', 3) });
    await expect(importBackup(db, broken, 'replace')).rejects.toThrow();
    expect(await db.painChecks.toArray()).toEqual([check('only-here', 5)]);
    expect(await db.sessions.count()).toBe(0);
  });

  it('deletes all data in every table', async () => {
    fresh();
    await importBackup(db, validGood(), 'replace');
    await deleteAllData(db);
    expect(await countRecords(db)).toEqual({
      sessions: 0,
      painChecks: 0,
      assessments: 0,
      exercisePrefs: 0,
      routines: 0,
      settings: 0,
      redFlags: 0,
      outcomeActivities: 0,
      outcomeRatings: 0,
      schedules: 0,
      programmeRuns: 0,
      levelChanges: 0,
    });
  });
});
