import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionEvent } from '@/domain/session/events';
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
const ev = (seq: number, type: 'start' | 'pause' | 'resume' | 'skip' | 'end', at: number): SessionEvent => ({ type, at, seq, step: 0 });

describe('sessionRepo', () => {
  it('stores a new session as active, and appends events in order', async () => {
    const repo = fresh();
    await repo.create({ id: 's1', plan, now: 100 });
    await repo.append('s1', [ev(0, 'start', 100)]);
    await repo.append('s1', [ev(1, 'pause', 200), ev(2, 'resume', 300)]);
    const stored = await repo.get('s1');
    expect(stored?.events.map((e) => e.type)).toEqual(['start', 'pause', 'resume']);
    expect((await repo.findActive())?.id).toBe('s1');
  });

  it.each([
    [
      'the same batch twice',
      [
        [0, 1, 2],
        [0, 1, 2],
      ],
    ],
    [
      'an overlapping batch',
      [
        [0, 1],
        [1, 2],
      ],
    ],
    ['batches out of order', [[2], [0, 1]]],
    ['a batch that repeats an event', [[0, 1, 1, 2]]],
  ])('never stores an event twice, and keeps seq order: %s', async (_name, batches) => {
    const repo = fresh();
    await repo.create({ id: 's1', plan, now: 100 });
    const log = [ev(0, 'start', 100), ev(1, 'skip', 200), ev(2, 'skip', 300)];
    for (const batch of batches)
      await repo.append(
        's1',
        batch.flatMap((seq) => log.filter((e) => e.seq === seq)),
      );
    expect((await repo.get('s1'))?.events).toEqual(log);
  });

  it('finds no active session once it is finished, and keeps the outcome', async () => {
    const repo = fresh();
    await repo.create({ id: 's1', plan, now: 100 });
    await repo.markSeen('s1', 500);
    await repo.finish('s1', 900, ['done', 'skipped']);
    expect(await repo.findActive()).toBeUndefined();
    expect(await repo.get('s1')).toMatchObject({ status: 'finished', endedAt: 900, outcomes: ['done', 'skipped'], isEndedEarly: false });
    expect(await db.heartbeats.count()).toBe(0);
  });

  it('stores "ended early" once, from the end event already in the log (History and the report read it)', async () => {
    const repo = fresh();
    await repo.create({ id: 's1', plan, now: 100 });
    await repo.append('s1', [ev(0, 'start', 100), ev(1, 'end', 400)]);
    await repo.finish('s1', 400, null);
    expect(await repo.get('s1')).toMatchObject({ status: 'finished', isEndedEarly: true });
  });

  it('refuses to append to a session that does not exist, and writes nothing', async () => {
    const repo = fresh();
    await expect(repo.append('nope', [ev(0, 'start', 1)])).rejects.toThrow(/No session nope/);
    expect(await db.sessions.count()).toBe(0);
  });

  it('keeps the heartbeat apart: the session record is not rewritten, and reopening sees the later time', async () => {
    const repo = fresh();
    await repo.create({ id: 's1', plan, now: 500 });
    const writes: string[] = [];
    db.sessions.hook('updating', () => void writes.push('session'));
    await repo.markSeen('s1', 1500);
    await repo.markSeen('s1', 2500);
    expect(writes).toEqual([]);
    expect((await repo.get('s1'))?.lastSeenAt).toBe(500);
    expect((await repo.findActive())?.lastSeenAt).toBe(2500);
  });

  it('reopening uses the record’s lastSeenAt when it is later than the heartbeat (a legacy record)', async () => {
    const repo = fresh();
    await repo.create({ id: 's1', plan, now: 5000 });
    await repo.markSeen('s1', 1000);
    expect((await repo.findActive())?.lastSeenAt).toBe(5000);
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
