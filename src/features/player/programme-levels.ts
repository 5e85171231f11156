import { findProgramme } from '@/content/programme-catalog';
import { levelChoices } from '@/domain/programme/levels-for-plan';
import type { LevelChoice } from '@/domain/session/apply-choices';
import { getDb } from '@/storage/db';
import { programmeRepo } from '@/storage/programme-repo';

/** The running programme's levels for a routine: only its strength routine has ladders. */
export async function programmeLevelsFor(routineId: string): Promise<Record<string, LevelChoice>> {
  const { run, changes } = await programmeRepo(getDb()).snapshot();
  const programme = run ? findProgramme(run.programmeId) : undefined;
  if (!programme || programme.routines.strength !== routineId) return {};
  return levelChoices(programme, changes);
}
