import type { Plan } from '@/domain/session/plan-types';
import type { StepOutcome } from '@/domain/session/state-at';

export interface ExerciseSummary {
  exerciseId: string;
  name: string;
  done: number;
  skipped: number;
  total: number;
}

/** Per exercise: how many of its working steps (sides × sets) were done or skipped. */
export function summarise(plan: Plan, outcomes: readonly (StepOutcome | null | undefined)[]): ExerciseSummary[] {
  const rows = new Map<string, ExerciseSummary>();
  plan.steps.forEach((step, i) => {
    if (step.type !== 'work' && step.type !== 'reps') return;
    const row = rows.get(step.exerciseId) ?? { exerciseId: step.exerciseId, name: step.exerciseName, done: 0, skipped: 0, total: 0 };
    row.total++;
    if (outcomes[i] === 'done') row.done++;
    else row.skipped++;
    rows.set(step.exerciseId, row);
  });
  return [...rows.values()];
}
