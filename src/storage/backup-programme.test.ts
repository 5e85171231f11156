import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { backupToBlob, deleteAllData, exportBackup, importBackup } from './backup';
import { validateBackup } from './backup-validate';
import { openDb, type KneewiseDb } from './db';
import { programmeRepo } from './programme-repo';
import type { LevelChangeRecord, ProgrammeRunRecord } from './records';

const NOW = Date.UTC(2026, 2, 20);
const v2Text = readFileSync(new URL('../../tests/fixtures/good-backup-v2.json', import.meta.url), 'utf8');
const run: ProgrammeRunRecord = {
  id: 'run-1',
  programmeId: 'steady-knees-8-weeks',
  startedAt: NOW - 9e8,
  startDay: '2026-03-09',
  endedAt: null,
};
const up: LevelChangeRecord = {
  id: 's2:bridge:up',
  at: NOW - 1e8,
  runId: 'run-1',
  ladderId: 'bridge',
  kind: 'up',
  fromExerciseId: 'glute-bridge',
  toExerciseId: 'glute-bridge',
  fromLevelId: 'bridge-2x10',
  toLevelId: 'bridge-3x12',
  undoes: null,
  reason: '2 sessions in full, every knee check green.',
  sessionId: 's2',
};
const undo: LevelChangeRecord = {
  ...up,
  id: 's2:bridge:up:undo',
  kind: 'undo',
  at: NOW - 5e7,
  undoes: up.id,
  fromLevelId: 'bridge-3x12',
  toLevelId: 'bridge-2x10',
  sessionId: null,
};

let dbs: KneewiseDb[] = [];
let n = 0;
const fresh = () => {
  const db = openDb(`backup-programme-${++n}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
  dbs = [];
});

describe('backup format 3: the programme', () => {
  it('exports runs and level facts, and an import after delete-all gives the same programme back', async () => {
    const db = fresh();
    await programmeRepo(db).start(run);
    await programmeRepo(db).record(up);
    await programmeRepo(db).record(undo);
    const exported = await exportBackup(db, NOW);
    expect(exported.format).toBe(3);
    const checked = validateBackup(await backupToBlob(exported).text(), NOW);
    if (!checked.ok) throw new Error(checked.reason);
    await deleteAllData(db);
    expect(await programmeRepo(db).snapshot()).toEqual({ run: null, changes: [] });
    await importBackup(db, checked.backup, 'replace');
    expect(await programmeRepo(db).snapshot()).toEqual({ run, changes: [up, undo] });
  });

  it('reads a format-2 file with no programme tables as no programme', () => {
    const result = validateBackup(v2Text, NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.backup.data.programmeRuns).toEqual([]);
    expect(result.backup.data.levelChanges).toEqual([]);
  });

  it.each<[string, (c: Record<string, unknown>) => void, RegExp]>([
    ['an unknown kind', (c) => (c.kind = 'sideways'), /levelChanges\[0\]\.kind must be one of "up", "down", "declined", "undo"/],
    ['a missing level', (c) => delete c.toLevelId, /levelChanges\[0\]\.toLevelId/],
  ])('refuses a level change with %s', async (_, edit, reason) => {
    const db = fresh();
    await programmeRepo(db).start(run);
    await programmeRepo(db).record(up);
    const file = JSON.parse(await backupToBlob(await exportBackup(db, NOW)).text()) as {
      data: { levelChanges: Record<string, unknown>[] };
    };
    const first = file.data.levelChanges[0];
    if (first) edit(first);
    const result = validateBackup(file, NOW);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('refuses a run whose start day is not a date', async () => {
    const db = fresh();
    await programmeRepo(db).start(run);
    const file = JSON.parse(await backupToBlob(await exportBackup(db, NOW)).text()) as { data: { programmeRuns: { startDay: string }[] } };
    const first = file.data.programmeRuns[0];
    if (first) first.startDay = 'Monday';
    const result = validateBackup(file, NOW);
    expect(result.ok ? '' : result.reason).toMatch(/programmeRuns\[0\]\.startDay must be a date like "2026-03-02"/);
  });
});
