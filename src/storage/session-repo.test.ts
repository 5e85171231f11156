import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '@/domain/session/plan-types';
import { openDb, type KneewiseDb } from './db';
import { sessionRepo } from './session-repo';

const plan: Plan = { routineId: 'daily', routineName: 'Daily', steps: [] };
let db: KneewiseDb;
let n = 0;
const fresh = () => {
  db = openDb(`test-${++n}`);
  return sessionRepo(db);
};
afterEach(async () => {
  await db.delete();
});

describe('sessionRepo', () => {
  it('stores a new session as active, and appends events in order', async () => {
    const repo = fresh();
    await repo.create({ id: 's1', plan, now: 100 });
    await repo.append('s1', [{ type: 'start', at: 100 }], 100);
    await repo.append(
      's1',
      [
        { type: 'pause', at: 200 },
        { type: 'resume', at: 300 },
      ],
      300,
    );
    const stored = await repo.get('s1');
    expect(stored?.events.map((e) => e.type)).toEqual(['start', 'pause', 'resume']);
    expect(stored?.lastSeenAt).toBe(300);
    expect((await repo.findActive())?.id).toBe('s1');
  });

  it('finds no active session once it is finished, and keeps the outcome', async () => {
    const repo = fresh();
    await repo.create({ id: 's1', plan, now: 100 });
    await repo.finish('s1', 900, ['done', 'skipped']);
    expect(await repo.findActive()).toBeUndefined();
    expect(await repo.get('s1')).toMatchObject({ status: 'finished', endedAt: 900, outcomes: ['done', 'skipped'] });
  });

  it('refuses to append to a session that does not exist, and writes nothing', async () => {
    const repo = fresh();
    await expect(repo.append('nope', [{ type: 'start', at: 1 }], 1)).rejects.toThrow(/No session nope/);
    expect(await db.sessions.count()).toBe(0);
  });

  it('never moves lastSeenAt backwards', async () => {
    const repo = fresh();
    await repo.create({ id: 's1', plan, now: 500 });
    await repo.append('s1', [{ type: 'start', at: 400 }], 400);
    expect((await repo.get('s1'))?.lastSeenAt).toBe(500);
  });

  it('reads sessions since a time, newest first, and says whether older ones exist', async () => {
    const repo = fresh();
    for (const [id, at] of [
      ['a', 100],
      ['b', 200],
      ['c', 300],
    ] as const)
      await repo.create({ id, plan, now: at });
    expect((await repo.since(200)).map((s) => s.id)).toEqual(['c', 'b']);
    expect(await repo.hasBefore(200)).toBe(true);
    expect(await repo.hasBefore(100)).toBe(false);
  });
});
