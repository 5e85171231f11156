import type { PainCheck } from '@/domain/pain/types';
import type { KneewiseDb } from './db';

export function painRepo(db: KneewiseDb) {
  return {
    /** Resolves once the checks are committed to IndexedDB: only then may the UI say "saved". */
    save: async (checks: readonly PainCheck[]): Promise<void> => {
      await db.painChecks.bulkPut([...checks]);
    },
    remove: async (ids: readonly string[]): Promise<void> => {
      await db.painChecks.bulkDelete([...ids]);
    },
    forSession: (sessionId: string) => db.painChecks.where('sessionId').equals(sessionId).sortBy('at'),
    between: (from: number, to: number) => db.painChecks.where('at').between(from, to, true, true).toArray(),
    latest: () => db.painChecks.orderBy('at').last(),
    count: () => db.painChecks.count(),
  };
}

export type PainRepo = ReturnType<typeof painRepo>;
