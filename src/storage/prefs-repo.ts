import { liveQuery } from 'dexie';
import type { Adjustment } from '@/domain/session/adjust';
import type { KneewiseDb } from './db';
import type { ExercisePrefRecord } from './records';

/** The stored choices as the plan builder takes them. */
export function toAdjustments(prefs: readonly ExercisePrefRecord[]): Record<string, Adjustment> {
  const entries = prefs.flatMap((p): [string, Adjustment][] => {
    if (p.action !== 'swap') return [[p.exerciseId, { action: p.action }]];
    return p.swapTo ? [[p.exerciseId, { action: 'swap', to: p.swapTo }]] : [];
  });
  return Object.fromEntries(entries);
}

export function prefsRepo(db: KneewiseDb) {
  return {
    all: () => db.exercisePrefs.toArray(),
    /** Calls `onChange` with every stored choice now and after each change; returns the unsubscribe. */
    watch(onChange: (prefs: ExercisePrefRecord[]) => void, onError: (e: unknown) => void): () => void {
      const subscription = liveQuery(() => db.exercisePrefs.toArray()).subscribe({ next: onChange, error: onError });
      return () => subscription.unsubscribe();
    },
    async set(pref: ExercisePrefRecord): Promise<void> {
      await db.exercisePrefs.put(pref);
    },
    async clear(exerciseId: string): Promise<void> {
      await db.exercisePrefs.delete(exerciseId);
    },
    /** In one transaction: all taken back, or none. */
    async clearMany(exerciseIds: readonly string[]): Promise<void> {
      await db.exercisePrefs.bulkDelete([...exerciseIds]);
    },
  };
}
