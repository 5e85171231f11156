import type { Dosage, PlanFacts, Routine, RoutineStep } from '@/content/catalog-types';
import { lowerDose, type Adjustment } from './adjust';
import type { Plan, PlanStep, Side, StepBase } from './plan-types';

export const LEAD_IN_MS = 10_000;
export const SWITCH_SIDES_MS = 5_000;
/** What a pain check is expected to take, for the total-time estimate only. */
export const PAIN_CHECK_ESTIMATE_MS = 20_000;

export interface BuildOptions {
  /** exerciseId → the user's choice for it (swap to a knee-sparing option, lower the dose, skip). */
  adjustments?: Readonly<Record<string, Adjustment>>;
}

/** Expand a routine into the ordered steps a session runs through: exercise × set × side. */
export function buildPlan(routine: Routine, facts: Readonly<Record<string, PlanFacts>>, options: BuildOptions = {}): Plan {
  const steps: PlanStep[] = [];
  for (const routineStep of routine.steps) {
    const adjustment = options.adjustments?.[routineStep.exercise];
    if (adjustment?.action === 'skip') continue;
    const swapped = adjustment?.action === 'swap' ? facts[adjustment.to] : undefined;
    const exercise = swapped ?? facts[routineStep.exercise];
    if (!exercise) throw new Error(`Routine "${routine.id}" names unknown exercise "${routineStep.exercise}"`);
    // A swap keeps the alternative's own dosage: the routine's override was written for the original.
    const planned = swapped ? swapped.dosage : applyOverride(exercise.dosage, routineStep);
    const dosage = adjustment?.action === 'lower-dose' ? lowerDose(planned) : planned;
    const base = { exerciseId: exercise.id, exerciseName: exercise.name, kind: exercise.kind };
    const isFirst = steps.length === 0;
    steps.push({ ...base, type: 'prepare', durationMs: isFirst ? LEAD_IN_MS : routine.transitionSeconds * 1000 });
    steps.push(...exerciseSteps(base, exercise.sides === 'each' ? ['left', 'right'] : ['both'], dosage));
    if (exercise.kind === 'stretch' || exercise.kind === 'release') {
      steps.push({ ...base, type: 'painCheck', phase: 'after-exercise', estimateMs: PAIN_CHECK_ESTIMATE_MS });
    }
  }
  if (steps.length === 0) return { routineId: routine.id, routineName: routine.name, steps };
  const sessionCheck = (phase: 'before' | 'after-session') =>
    ({ type: 'painCheck', phase, exerciseId: null, exerciseName: null, kind: null, estimateMs: PAIN_CHECK_ESTIMATE_MS }) as const;
  return { routineId: routine.id, routineName: routine.name, steps: [sessionCheck('before'), ...steps, sessionCheck('after-session')] };
}

function exerciseSteps(base: StepBase, sides: Side[], dosage: Dosage): PlanStep[] {
  const steps: PlanStep[] = [];
  for (let set = 1; set <= dosage.sets; set++) {
    sides.forEach((side, sideIndex) => {
      if (sideIndex > 0) steps.push({ ...base, type: 'switch', to: side, durationMs: SWITCH_SIDES_MS });
      steps.push(workStep(base, side, set, dosage));
    });
    if (set < dosage.sets && dosage.restSeconds > 0) {
      steps.push({ ...base, type: 'rest', durationMs: dosage.restSeconds * 1000 });
    }
  }
  return steps;
}

function workStep(base: StepBase, side: Side, set: number, dosage: Dosage): PlanStep {
  if (dosage.mode === 'reps') {
    return {
      ...base,
      type: 'reps',
      side,
      set,
      sets: dosage.sets,
      reps: dosage.reps,
      ...(dosage.repsMax === undefined ? {} : { repsMax: dosage.repsMax }),
      tempo: dosage.tempo,
      // The middle of the rep range: an honest estimate for the routine's total time.
      estimateMs: Math.round(((dosage.reps + (dosage.repsMax ?? dosage.reps)) / 2) * dosage.secondsPerRep * 1000),
    };
  }
  return {
    ...base,
    type: 'work',
    mode: dosage.mode,
    side,
    set,
    sets: dosage.sets,
    durationMs: dosage.seconds * 1000,
    ...(dosage.mode === 'timed' && dosage.spotSeconds ? { spotSeconds: dosage.spotSeconds } : {}),
  };
}

/**
 * Put an exercise (its own dosage) right after step `afterIndex` — a knee-sparing swap "now".
 * Steps up to `afterIndex` keep their indices, so the session's event log stays valid.
 */
export function insertExerciseAfter(plan: Plan, afterIndex: number, exercise: PlanFacts, transitionMs: number): Plan {
  const base = { exerciseId: exercise.id, exerciseName: exercise.name, kind: exercise.kind };
  const block: PlanStep[] = [
    { ...base, type: 'prepare', durationMs: transitionMs },
    ...exerciseSteps(base, exercise.sides === 'each' ? ['left', 'right'] : ['both'], exercise.dosage),
    ...(exercise.kind === 'stretch' || exercise.kind === 'release'
      ? [{ ...base, type: 'painCheck', phase: 'after-exercise', estimateMs: PAIN_CHECK_ESTIMATE_MS } as const]
      : []),
  ];
  return { ...plan, steps: [...plan.steps.slice(0, afterIndex + 1), ...block, ...plan.steps.slice(afterIndex + 1)] };
}

/** The routine's dosage override, applied field by field (the compiler checked they fit the mode). */
export function applyOverride(dosage: Dosage, step: RoutineStep): Dosage {
  const o = step.dosage;
  if (!o) return dosage;
  if (dosage.mode === 'reps') {
    return {
      ...dosage,
      sets: o.sets ?? dosage.sets,
      reps: o.reps ?? dosage.reps,
      // A new rep target is exact unless the routine also gives a new upper bound.
      repsMax: o.repsMax ?? (o.reps === undefined ? dosage.repsMax : undefined),
      restSeconds: o.restSeconds ?? dosage.restSeconds,
    };
  }
  return { ...dosage, seconds: o.seconds ?? dosage.seconds, sets: o.sets ?? dosage.sets, restSeconds: o.restSeconds ?? dosage.restSeconds };
}

/** How long a routine is expected to take, as the plan that would be built now. */
export function routineDurationMs(routine: Routine, facts: Readonly<Record<string, PlanFacts>>, options: BuildOptions = {}): number {
  return planDurationMs(buildPlan(routine, facts, options));
}

/** Expected duration of a plan: timed steps exactly, rep sets and pain checks by estimate. */
export function planDurationMs(plan: Plan): number {
  return plan.steps.reduce((sum, step) => sum + stepDurationMs(step), 0);
}

export function stepDurationMs(step: PlanStep): number {
  return step.type === 'reps' || step.type === 'painCheck' ? step.estimateMs : step.durationMs;
}
