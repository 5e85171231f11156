import { CHECK_KINDS, type Assessment, type CheckExerciseId } from './types';

/**
 * Every result of each self-check, newest first, in one pass over the results (any order): the
 * progress view draws a table per check from this instead of filtering and sorting once per check.
 * Results of exercises that are not self-checks are left out; a check never done has no entry.
 */
export function resultsByCheck(results: readonly Assessment[]): Partial<Record<CheckExerciseId, Assessment[]>> {
  const byCheck: Partial<Record<CheckExerciseId, Assessment[]>> = {};
  for (const r of results) {
    if (!Object.hasOwn(CHECK_KINDS, r.exerciseId)) continue;
    (byCheck[r.exerciseId as CheckExerciseId] ??= []).push(r);
  }
  for (const rows of Object.values(byCheck)) rows.sort((a, b) => b.at - a.at);
  return byCheck;
}
