import type { SessionEvent } from '@/domain/session/events';
import type { Plan } from '@/domain/session/plan-types';
import type { KneewiseDb } from './db';
import type { SessionRecord } from './records';

export function sessionRepo(db: KneewiseDb) {
  return {
    /** Create the session record before the first step starts, so nothing of it can be lost. */
    async create(input: { id: string; plan: Plan; now: number }): Promise<SessionRecord> {
      const record: SessionRecord = {
        id: input.id,
        routineId: input.plan.routineId,
        routineName: input.plan.routineName,
        plan: input.plan,
        events: [],
        status: 'active',
        startedAt: input.now,
        lastSeenAt: input.now,
        endedAt: null,
        outcomes: null,
      };
      await db.sessions.add(record);
      return record;
    },

    /** Append events in order, in one transaction; resolves once they are durable. */
    async append(id: string, events: readonly SessionEvent[], lastSeenAt: number): Promise<void> {
      await db.transaction('rw', db.sessions, async () => {
        const record = await db.sessions.get(id);
        if (!record) throw new Error(`No session ${id}`);
        await db.sessions.update(id, { events: [...record.events, ...events], lastSeenAt: Math.max(record.lastSeenAt, lastSeenAt) });
      });
    },

    /** Steps were inserted after the current one (a knee-sparing swap "now"); past indices are unchanged. */
    async replacePlan(id: string, plan: Plan): Promise<void> {
      await db.sessions.update(id, { plan });
    },

    async markSeen(id: string, at: number): Promise<void> {
      await db.sessions.update(id, { lastSeenAt: at });
    },

    async finish(id: string, endedAt: number, outcomes: SessionRecord['outcomes']): Promise<void> {
      await db.sessions.update(id, { status: 'finished', endedAt, outcomes });
    },

    get: (id: string) => db.sessions.get(id),

    /** The session left running (there is at most one), newest first. */
    async findActive(): Promise<SessionRecord | undefined> {
      const active = await db.sessions.where('status').equals('active').sortBy('startedAt');
      return active.at(-1);
    },

    recent: (limit: number) => db.sessions.orderBy('startedAt').reverse().limit(limit).toArray(),

    /** Sessions started at or after `from`, newest first (indexed: old sessions are never read). */
    since: (from: number) => db.sessions.where('startedAt').aboveOrEqual(from).reverse().toArray(),

    async hasBefore(from: number): Promise<boolean> {
      return (await db.sessions.where('startedAt').below(from).limit(1).count()) > 0;
    },
  };
}

export type SessionRepo = ReturnType<typeof sessionRepo>;
