import { checkKindOf, type Assessment, type CheckExerciseId } from './types';

/** The newest result of each self-check exercise; a check never done is absent. */
export type LatestResults = Partial<Record<CheckExerciseId, Assessment>>;

/** Folds results (any order) to the newest of each known check; on equal times the later row wins. */
export function latestOfEach(results: readonly Assessment[]): LatestResults {
  const latest: LatestResults = {};
  for (const r of results) {
    if (checkKindOf(r.exerciseId) === null) continue;
    const id = r.exerciseId as CheckExerciseId;
    const seen = latest[id];
    if (!seen || r.at >= seen.at) latest[id] = r;
  }
  return latest;
}
