import type { KneewiseDb } from './db';
import type { RedFlagRecord } from './records';

export function redFlagRepo(db: KneewiseDb) {
  return {
    /** Resolves once the answer is committed: only then may the UI say the session stopped. */
    async report(record: RedFlagRecord): Promise<void> {
      await db.redFlags.put(record);
    },

    /** Every red flag reported at or after `from`, newest first. */
    since: (from: number) => db.redFlags.where('at').aboveOrEqual(from).reverse().toArray(),

    /**
     * The red flags still waiting for "a clinician has checked my knee", newest first — empty once the
     * newest one is cleared (a check covers what was reported before it).
     */
    async open(): Promise<RedFlagRecord[]> {
      const all = await db.redFlags.orderBy('at').reverse().toArray();
      const newestCleared = all.findIndex((r) => r.clearedAt !== null);
      return newestCleared < 0 ? all : all.slice(0, newestCleared);
    },

    /** "A clinician has checked my knee": stamps every open red flag, in one transaction. Returns their ids (for Undo). */
    async clear(at: number): Promise<string[]> {
      return db.transaction('rw', db.redFlags, async () => {
        const open = await db.redFlags.filter((r) => r.clearedAt === null).toArray();
        await db.redFlags.bulkUpdate(open.map((r) => ({ key: r.id, changes: { clearedAt: at } })));
        return open.map((r) => r.id);
      });
    },

    /** Undo of `clear`. */
    async unclear(ids: readonly string[]): Promise<void> {
      await db.redFlags.bulkUpdate(ids.map((id) => ({ key: id, changes: { clearedAt: null } })));
    },
  };
}

export type RedFlagRepo = ReturnType<typeof redFlagRepo>;
