/**
 * Own routines as the player plays them: a stored UserRoutineRecord becomes the content `Routine`
 * type, so buildPlan / summariseRoutine / applyChoices treat it exactly like a built-in one.
 */
import type { DosageOverride, PlanFacts, Routine, RoutineStep } from '@/content/catalog-types';
import type { UserRoutine as UserRoutineRecord, UserRoutineStep } from './user-routine-types';
import { LIMITS, type LimitedField } from './routine-limits';

/** Own routines' ids start with this, so they never collide with a built-in routine's slug. */
export const OWN_ROUTINE_PREFIX = 'own-';
export const DEFAULT_GET_READY_SECONDS = 10;
export const DEFAULT_SWITCH_SIDES_SECONDS = 5;

export function isOwnRoutineId(id: string): boolean {
  return id.startsWith(OWN_ROUTINE_PREFIX);
}

/** The step's dose as the content's override: seconds for holds and timed work, reps for rep sets. */
function overrideOf(step: UserRoutineStep, facts: PlanFacts): DosageOverride | undefined {
  const o: DosageOverride = {};
  if (facts.dosage.mode === 'reps') {
    if (step.reps !== undefined) o.reps = step.reps;
  } else if (step.holdSeconds !== undefined) {
    o.seconds = step.holdSeconds;
  }
  if (step.sets !== undefined) o.sets = step.sets;
  if (step.restSeconds !== undefined) o.restSeconds = step.restSeconds;
  return Object.keys(o).length > 0 ? o : undefined;
}

function stepOf(step: UserRoutineStep, facts: PlanFacts): RoutineStep {
  const dosage = overrideOf(step, facts);
  // Only a per-side exercise can be done once for both sides; a both-legs exercise has no sides to split.
  const isBoth = step.side === 'both' && facts.sides === 'each';
  return { exercise: step.exercise, ...(dosage ? { dosage } : {}), ...(isBoth ? { sides: 'both' as const } : {}) };
}

/** An own routine as the content Routine the plan code plays. Exercises the library no longer has are left out. */
export function toRoutine(record: UserRoutineRecord, exercisesById: Readonly<Record<string, PlanFacts>>): Routine {
  const steps = record.steps.flatMap((s) => {
    const facts = exercisesById[s.exercise];
    return facts ? [stepOf(s, facts)] : [];
  });
  return {
    id: record.id,
    name: record.name,
    summary: `Your own routine: ${steps.length} ${steps.length === 1 ? 'exercise' : 'exercises'}.`,
    frequency: 'When you choose',
    transitionSeconds: record.getReadySeconds ?? DEFAULT_GET_READY_SECONDS,
    switchSidesSeconds: record.switchSidesSeconds ?? DEFAULT_SWITCH_SIDES_SECONDS,
    steps,
  };
}

/** A built-in routine as the start of an own one ("Duplicate"): same exercises, doses and timings. */
export function fromRoutine(routine: Routine, id: string, at: number, name = `${routine.name} (my copy)`): UserRoutineRecord {
  return {
    id,
    name,
    createdAt: at,
    updatedAt: at,
    getReadySeconds: routine.transitionSeconds,
    switchSidesSeconds: routine.switchSidesSeconds ?? DEFAULT_SWITCH_SIDES_SECONDS,
    basedOn: routine.id,
    steps: routine.steps.map((s) => ({
      exercise: s.exercise,
      ...(s.dosage?.seconds === undefined ? {} : { holdSeconds: s.dosage.seconds }),
      ...(s.dosage?.reps === undefined ? {} : { reps: s.dosage.reps }),
      ...(s.dosage?.sets === undefined ? {} : { sets: s.dosage.sets }),
      ...(s.dosage?.restSeconds === undefined ? {} : { restSeconds: s.dosage.restSeconds }),
      ...(s.sides ? { side: s.sides } : {}),
    })),
  };
}

export interface RoutineIssue {
  /** What the message is about: the name, the list of steps, a timing, or one step's field. */
  field: 'name' | 'steps' | 'getReadySeconds' | 'switchSidesSeconds' | 'exercise' | 'holdSeconds' | 'reps' | 'sets' | 'restSeconds';
  /** The step it concerns, for step fields. */
  stepIndex?: number;
  message: string;
}

const UNITS: Record<LimitedField, string> = {
  holdSeconds: 'seconds',
  reps: 'reps',
  sets: 'sets',
  restSeconds: 'seconds of rest',
  getReadySeconds: 'seconds to get ready',
  switchSidesSeconds: 'seconds to switch sides',
};

function rangeIssue(field: LimitedField, value: number | undefined, what: string): string | null {
  if (value === undefined) return null;
  const { min, max } = LIMITS[field];
  if (Number.isInteger(value) && value >= min && value <= max) return null;
  return `${what}: choose ${min}–${max} ${UNITS[field]} (whole numbers).`;
}

/**
 * Everything wrong with an own routine, in words a person can act on; empty when it can be saved.
 * With `exercisesById`, also names exercises the library doesn't have and sides that can't apply.
 */
export function validateUserRoutine(record: UserRoutineRecord, exercisesById?: Readonly<Record<string, PlanFacts>>): RoutineIssue[] {
  const issues: RoutineIssue[] = [];
  const name = record.name.trim();
  if (name === '') issues.push({ field: 'name', message: 'Give the routine a name.' });
  else if (name.length > LIMITS.name.max) issues.push({ field: 'name', message: `Keep the name to ${LIMITS.name.max} characters.` });
  if (record.steps.length === 0) issues.push({ field: 'steps', message: 'Add at least one exercise.' });
  if (record.steps.length > LIMITS.steps.max)
    issues.push({ field: 'steps', message: `A routine can hold up to ${LIMITS.steps.max} exercises.` });
  for (const field of ['getReadySeconds', 'switchSidesSeconds'] as const) {
    const message = rangeIssue(field, record[field], field === 'getReadySeconds' ? 'Get ready' : 'Switch sides');
    if (message) issues.push({ field, message });
  }
  const seen = new Set<string>();
  record.steps.forEach((step, stepIndex) => {
    const facts = exercisesById?.[step.exercise];
    const what = facts?.name ?? step.exercise;
    if (exercisesById && !facts) issues.push({ field: 'exercise', stepIndex, message: `“${step.exercise}” is not in the library.` });
    if (seen.has(step.exercise)) issues.push({ field: 'exercise', stepIndex, message: `${what} is in the routine twice.` });
    seen.add(step.exercise);
    for (const field of ['holdSeconds', 'reps', 'sets', 'restSeconds'] as const) {
      const message = rangeIssue(field, step[field], what);
      if (message) issues.push({ field, stepIndex, message });
    }
  });
  return issues;
}
