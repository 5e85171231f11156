import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type KneewiseDb } from './db';
import { programmeRepo } from './programme-repo';
import type { LevelChangeRecord, ProgrammeRunRecord } from './records';

let db: KneewiseDb;
let name = 0;
beforeEach(() => {
  db = openDb(`programme-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

const run = (id: string, startedAt: number): ProgrammeRunRecord => ({
  id,
  programmeId: 'p',
  startedAt,
  startDay: '2026-03-02',
  endedAt: null,
});
const change = (id: string, runId: string, at: number): LevelChangeRecord => ({
  id,
  at,
  runId,
  ladderId: 'bridge',
  kind: 'up',
  fromExerciseId: 'glute-bridge',
  toExerciseId: 'glute-bridge',
  fromLevelId: 'a',
  toLevelId: 'b',
  undoes: null,
  reason: 'r',
  sessionId: 's',
});

describe('programmeRepo', () => {
  it('has no run until one starts', async () => {
    expect(await programmeRepo(db).snapshot()).toEqual({ run: null, changes: [] });
  });

  it('starts, leaves and resumes a run; its facts stay after leaving', async () => {
    const repo = programmeRepo(db);
    await repo.start(run('r1', 10));
    await repo.record(change('c1', 'r1', 20));
    expect((await repo.snapshot()).changes.map((c) => c.id)).toEqual(['c1']);
    await repo.leave('r1', 30);
    expect(await repo.active()).toBeNull();
    expect((await repo.allChanges()).map((c) => c.id)).toEqual(['c1']);
    await repo.resume('r1');
    expect((await repo.active())?.id).toBe('r1');
  });

  it('a restart ends the old run at the new start, and the new run starts with no facts', async () => {
    const repo = programmeRepo(db);
    await repo.start(run('r1', 10));
    await repo.record(change('c1', 'r1', 20));
    await repo.start(run('r2', 50));
    expect((await repo.runs()).map((r) => [r.id, r.endedAt])).toEqual([
      ['r1', 50],
      ['r2', null],
    ]);
    expect(await repo.snapshot()).toMatchObject({ run: { id: 'r2' }, changes: [] });
  });

  it('writing the same fact twice keeps one row', async () => {
    const repo = programmeRepo(db);
    await repo.start(run('r1', 10));
    await repo.record(change('c1', 'r1', 20));
    await repo.record(change('c1', 'r1', 21));
    expect(await repo.allChanges()).toHaveLength(1);
  });

  it('watch reports the current state and each change', async () => {
    const repo = programmeRepo(db);
    const seen: (string | null)[] = [];
    const stop = repo.watch(
      (s) => seen.push(s.run?.id ?? null),
      () => undefined,
    );
    await new Promise<void>((resolve) => {
      const check = () => (seen.length > 0 ? resolve() : setTimeout(check, 5));
      check();
    });
    await repo.start(run('r1', 10));
    await new Promise<void>((resolve) => {
      const check = () => (seen.includes('r1') ? resolve() : setTimeout(check, 5));
      check();
    });
    stop();
    expect(seen[0]).toBeNull();
    expect(seen).toContain('r1');
  });
});
