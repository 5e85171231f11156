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
    async set(pref: ExercisePrefRecord): Promise<void> {
      await db.exercisePrefs.put(pref);
    },
    async clear(exerciseId: string): Promise<void> {
      await db.exercisePrefs.delete(exerciseId);
    },
  };
}
