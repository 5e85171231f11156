import { getDb } from '@/storage/db';
import { prefsRepo, toAdjustments } from '@/storage/prefs-repo';
import type { Adjustment } from '@/domain/session/adjust';

/** Loaded on demand (home's first bundle stays free of Dexie): the user's choices, live. */
export function watchAdjustments(onChange: (a: Record<string, Adjustment>) => void, onError: (e: unknown) => void): () => void {
  return prefsRepo(getDb()).watch((records) => onChange(toAdjustments(records)), onError);
}

export const clearChoices = (exerciseIds: readonly string[]) => prefsRepo(getDb()).clearMany(exerciseIds);
