import { findProgramme } from '@/content/programme-catalog';
import { planFacts } from '@/content/routine-catalog';
import { selfCheckFocus } from '@/domain/assessment/focus';
import { withFocusWork } from '@/domain/programme/focus-plan';
import { focusWork } from '@/domain/programme/focus-work';
import { levelChoices } from '@/domain/programme/levels-for-plan';
import type { LevelChoice } from '@/domain/session/apply-choices';
import type { Plan } from '@/domain/session/plan-types';
import { latestByKind } from '@/storage/assessment-repo';
import { getDb } from '@/storage/db';
import { programmeRepo } from '@/storage/programme-repo';

/** The running programme's levels for a routine: only its strength routine has ladders. */
export async function programmeLevelsFor(routineId: string): Promise<Record<string, LevelChoice>> {
  const { run, changes } = await programmeRepo(getDb()).snapshot();
  const programme = run ? findProgramme(run.programmeId) : undefined;
  if (!programme || programme.routines.strength !== routineId) return {};
  return levelChoices(programme, changes);
}

/** The plan with the running programme's extra work for the newest self-checks (none without a programme). */
export async function withProgrammeFocus(plan: Plan): Promise<Plan> {
  const run = await programmeRepo(getDb()).active();
  const programme = run ? findProgramme(run.programmeId) : undefined;
  if (!programme) return plan;
  const work = focusWork(programme, selfCheckFocus(await latestByKind(getDb())));
  return withFocusWork(plan, work, planFacts, programme.ladders);
}
