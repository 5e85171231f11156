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

    /**
     * Add events to the log, keyed by `seq`, in one transaction; resolves once they are durable.
     * Idempotent: an event already stored (a retry, an overlapping batch) is never stored twice,
     * and the log stays in seq order.
     */
    async append(id: string, events: readonly SessionEvent[]): Promise<void> {
      await db.transaction('rw', db.sessions, async () => {
        const record = await db.sessions.get(id);
        if (!record) throw new Error(`No session ${id}`);
        const bySeq = new Map(record.events.map((e) => [e.seq, e]));
        const before = bySeq.size;
        for (const event of events) if (!bySeq.has(event.seq)) bySeq.set(event.seq, event);
        if (bySeq.size === before) return;
        await db.sessions.update(id, { events: [...bySeq.values()].sort((a, b) => a.seq - b.seq) });
      });
    },

    /** Steps were inserted after the current one (a knee-sparing swap "now"); past indices are unchanged. */
    async replacePlan(id: string, plan: Plan): Promise<void> {
      await db.sessions.update(id, { plan });
    },

    /** The player is still open: a small record of its own, so the session record is not rewritten every second. */
    async markSeen(id: string, at: number): Promise<void> {
      await db.heartbeats.put({ sessionId: id, at });
    },

    /**
     * Idempotent: finishing again changes nothing but the same fields. The heartbeat has done its job.
     * "Ended early" is stored once here, from the log the writer has already stored (an `end` event).
     */
    async finish(id: string, endedAt: number, outcomes: SessionRecord['outcomes']): Promise<void> {
      await db.transaction('rw', db.sessions, db.heartbeats, async () => {
        const record = await db.sessions.get(id);
        const isEndedEarly = record?.events.some((e) => e.type === 'end') ?? false;
        await db.sessions.update(id, { status: 'finished', endedAt, outcomes, isEndedEarly });
        await db.heartbeats.delete(id);
      });
    },

    get: (id: string) => db.sessions.get(id),

    /**
     * The session left running (there is at most one), newest first; its `lastSeenAt` is the later
     * of the record's and the heartbeat's, i.e. the last moment the player is known to have been open.
     */
    async findActive(): Promise<SessionRecord | undefined> {
      const active = (await db.sessions.where('status').equals('active').sortBy('startedAt')).at(-1);
      if (!active) return undefined;
      const beat = await db.heartbeats.get(active.id);
      return { ...active, lastSeenAt: Math.max(active.lastSeenAt, beat?.at ?? 0) };
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
