import type { KneewiseDb } from './db';
import type { ExercisePrefRecord } from './records';

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
