/**
 * Own routines (issue 11) as the player and the plan code see them. MINIMAL version written by the
 * schedule/share work so sharing can save and preview one (contract2 §3): the builder's version of
 * this file, with the same signatures, replaces it at merge.
 */
import type { PlanFacts, Routine } from '@/content/catalog-types';

/** The fields of an own routine (UserRoutineRecord in src/storage/records.ts has this shape). */
export interface UserRoutineLike {
  id: string;
  name: string;
  steps: readonly { exercise: string; holdSeconds?: number; reps?: number; sets?: number; restSeconds?: number; side?: 'each' | 'both' }[];
  getReadySeconds?: number;
  switchSidesSeconds?: number;
}

export const MAX_ROUTINE_STEPS = 40;
const inRange = (v: number | undefined, min: number, max: number) => v === undefined || (Number.isInteger(v) && v >= min && v <= max);

/** Every reason the routine can't be saved or played, in words; empty when it can. */
export function validateUserRoutine(record: UserRoutineLike, exercisesById: Readonly<Record<string, PlanFacts>>): string[] {
  const problems: string[] = [];
  if (record.name.trim() === '') problems.push('Give the routine a name.');
  if (record.steps.length === 0) problems.push('Add at least one exercise.');
  if (record.steps.length > MAX_ROUTINE_STEPS) problems.push(`A routine can have at most ${MAX_ROUTINE_STEPS} exercises.`);
  record.steps.forEach((step, i) => {
    const n = i + 1;
    if (!exercisesById[step.exercise]) problems.push(`Exercise ${n} (“${step.exercise}”) is not in this app’s library.`);
    if (!inRange(step.holdSeconds, 5, 600)) problems.push(`Exercise ${n}: a hold must be 5 s to 10 min.`);
    if (!inRange(step.reps, 1, 50)) problems.push(`Exercise ${n}: reps must be 1 to 50.`);
    if (!inRange(step.sets, 1, 10)) problems.push(`Exercise ${n}: sets must be 1 to 10.`);
    if (!inRange(step.restSeconds, 0, 600)) problems.push(`Exercise ${n}: rest must be 0 s to 10 min.`);
  });
  if (!inRange(record.getReadySeconds, 0, 120)) problems.push('Get-ready time must be 0 to 120 s.');
  if (!inRange(record.switchSidesSeconds, 0, 60)) problems.push('Switch-sides time must be 0 to 60 s.');
  return problems;
}

/** The content `Routine` that build-plan plays; steps naming an exercise the catalogue lacks are dropped. */
export function toRoutine(record: UserRoutineLike, exercisesById: Readonly<Record<string, PlanFacts>>): Routine {
  return {
    id: record.id,
    name: record.name,
    summary: `Your own routine: ${record.steps.length} exercise${record.steps.length === 1 ? '' : 's'}.`,
    frequency: 'As you choose',
    transitionSeconds: record.getReadySeconds ?? 10,
    steps: record.steps
      .filter((s) => exercisesById[s.exercise] !== undefined)
      .map((s) => {
        const dosage = {
          ...(s.holdSeconds === undefined ? {} : { seconds: s.holdSeconds }),
          ...(s.reps === undefined ? {} : { reps: s.reps }),
          ...(s.sets === undefined ? {} : { sets: s.sets }),
          ...(s.restSeconds === undefined ? {} : { restSeconds: s.restSeconds }),
        };
        return Object.keys(dosage).length === 0 ? { exercise: s.exercise } : { exercise: s.exercise, dosage };
      }),
  };
}
