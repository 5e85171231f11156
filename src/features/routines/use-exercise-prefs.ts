import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/storage/db';
import { prefsRepo, toAdjustments } from '@/storage/prefs-repo';
import type { ExercisePrefRecord } from '@/storage/records';
import type { Adjustment } from '@/domain/session/adjust';

const prefs = prefsRepo(getDb());

/** The user's knee-safety choices, live; `undefined` while IndexedDB is read. */
export function useExercisePrefs(): { records: ExercisePrefRecord[]; adjustments: Record<string, Adjustment> } | undefined {
  return useLiveQuery(async () => {
    const records = await prefs.all();
    return { records, adjustments: toAdjustments(records) };
  }, []);
}

export const clearPref = (exerciseId: string) => prefs.clear(exerciseId);
/** Take back several choices at once (Undo of the leave-outs that emptied a routine). */
export const clearPrefs = (exerciseIds: readonly string[]) => prefs.clearMany(exerciseIds);
