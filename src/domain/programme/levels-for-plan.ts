/**
 * The level choices a plan is built with: every ladder's current level (folded from its facts),
 * keyed by the routine step it stands for — the exercise of the ladder's base level.
 */
import type { ProgrammeFile } from '@/content/programme-schema';
import type { LevelChoice } from '@/domain/session/apply-choices';
import { ladderState, type LevelChange } from './level-fold';

export function levelChoices(p: ProgrammeFile, changes: readonly LevelChange[]): Record<string, LevelChoice> {
  return Object.fromEntries(
    p.ladders.flatMap((ladder) => {
      const base = ladder.levels.find((l) => l.id === ladder.base);
      if (!base) return [];
      const { level } = ladderState(ladder, changes);
      const choice: LevelChoice = {
        ladderId: ladder.id,
        levelId: level.id,
        exerciseId: level.exercise,
        sets: level.sets,
        reps: level.reps,
        label: level.label,
      };
      return [[base.exercise, choice]];
    }),
  );
}
