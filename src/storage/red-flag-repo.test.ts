import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type KneewiseDb } from './db';
import type { RedFlagRecord } from './records';
import { redFlagRepo } from './red-flag-repo';

let db: KneewiseDb;
let name = 0;
beforeEach(() => {
  db = openDb(`red-flags-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

const flag = (id: string, at: number, clearedAt: number | null = null): RedFlagRecord => ({
  id,
  at,
  flags: ['swelling'],
  source: 'session',
  sessionId: 's1',
  clearedAt,
});

describe('redFlagRepo', () => {
  it('stores an answer and lists it, newest first', async () => {
    const repo = redFlagRepo(db);
    await repo.report(flag('a', 10));
    await repo.report(flag('b', 20));
    expect((await repo.since(0)).map((r) => r.id)).toEqual(['b', 'a']);
    expect((await repo.since(15)).map((r) => r.id)).toEqual(['b']);
    expect((await repo.open()).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it.each<[string, RedFlagRecord[], string[]]>([
    ['nothing reported', [], []],
    ['the newest is cleared', [flag('a', 10), flag('b', 20, 30)], []],
    ['a new one after a clearing', [flag('a', 10, 15), flag('b', 20)], ['b']],
  ])('open: %s', async (_name, records, expected) => {
    await db.redFlags.bulkPut(records);
    expect((await redFlagRepo(db).open()).map((r) => r.id)).toEqual(expected);
  });

  it('clears every open flag with the time, and undoes it', async () => {
    const repo = redFlagRepo(db);
    await db.redFlags.bulkPut([flag('old', 1, 2), flag('a', 10), flag('b', 20)]);
    const ids = await repo.clear(50);
    expect(ids.sort()).toEqual(['a', 'b']);
    expect(await repo.open()).toEqual([]);
    expect((await db.redFlags.get('old'))?.clearedAt).toBe(2);
    expect((await db.redFlags.get('a'))?.clearedAt).toBe(50);
    await repo.unclear(ids);
    expect((await repo.open()).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
