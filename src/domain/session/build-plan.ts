import type { Dosage, ExerciseKind, PlanFacts, Routine } from '@/content/catalog-types';
import type { Adjustment } from './adjust';
import { applyChoices, type ChosenRoutine, type LevelChoice } from './apply-choices';
import type { Plan, PlanStep, Side, StepBase } from './plan-types';

export const LEAD_IN_MS = 10_000;
export const SWITCH_SIDES_MS = 5_000;
/** What a pain check is expected to take, for the total-time estimate only. */
export const PAIN_CHECK_ESTIMATE_MS = 20_000;

export interface BuildOptions {
  /** exerciseId → the user's choice for it (swap to a knee-sparing option, lower the dose, skip). */
  adjustments?: Readonly<Record<string, Adjustment>>;
  /** Routine step exercise → the programme level it stands for (see applyChoices). */
  levels?: Readonly<Record<string, LevelChoice>>;
  /** The user's get-ready time before the first exercise (Settings); LEAD_IN_MS if unset. */
  leadInMs?: number;
  /** The user's switch-sides time (Settings); SWITCH_SIDES_MS if unset. An own routine's own length wins. */
  switchSidesMs?: number;
}

/** The lengths the user can set: what a plan's get-ready and switch-sides steps last. */
export interface StepLengths {
  leadInMs: number;
  switchSidesMs: number;
}
const DEFAULT_LENGTHS: StepLengths = { leadInMs: LEAD_IN_MS, switchSidesMs: SWITCH_SIDES_MS };

/** Stretches, releases and strength work get a knee check after the exercise; self-checks don't. */
export function hasKneeCheck(kind: ExerciseKind): boolean {
  return kind !== 'assess';
}

/** Expand a routine, with the user's choices applied (applyChoices), into steps: exercise × set × side. */
export function buildPlan(routine: Routine, facts: Readonly<Record<string, PlanFacts>>, options: BuildOptions = {}): Plan {
  const lengths = { leadInMs: options.leadInMs ?? LEAD_IN_MS, switchSidesMs: options.switchSidesMs ?? SWITCH_SIDES_MS };
  return planOf(applyChoices(routine, facts, options.adjustments, options.levels), lengths);
}

/** The plan for a routine whose choices are already applied (screens that show both use one applyChoices). */
export function planOf(chosen: ChosenRoutine, lengths: StepLengths = DEFAULT_LENGTHS): Plan {
  const { routine } = chosen;
  const steps: PlanStep[] = [];
  // An own routine carries its own switch-sides length (set in the builder); built-in ones use the user's.
  const switchMs = routine.switchSidesSeconds === undefined ? lengths.switchSidesMs : routine.switchSidesSeconds * 1000;
  for (const item of chosen.active) {
    const isFirst = steps.length === 0;
    // An own routine may do a per-side exercise once for both sides; a swapped-in exercise keeps its own sides.
    const isOnce = item.exercise.id === item.originalId && routine.steps[item.index]?.sides === 'both';
    const prepareMs = isFirst ? lengths.leadInMs : routine.transitionSeconds * 1000;
    steps.push(...exerciseBlock(item.exercise, item.dosage, prepareMs, { isOnce, switchMs }));
  }
  if (steps.length === 0) return { routineId: routine.id, routineName: routine.name, steps };
  const sessionCheck = (phase: 'before' | 'after-session') =>
    ({ type: 'painCheck', phase, exerciseId: null, exerciseName: null, kind: null, estimateMs: PAIN_CHECK_ESTIMATE_MS }) as const;
  return { routineId: routine.id, routineName: routine.name, steps: [sessionCheck('before'), ...steps, sessionCheck('after-session')] };
}

/** Get ready, every set of every side, then (for all but self-checks) "how is your knee?" after the last set. */
function exerciseBlock(
  exercise: PlanFacts,
  dosage: Dosage,
  prepareMs: number,
  { isOnce = false, switchMs = SWITCH_SIDES_MS } = {},
): PlanStep[] {
  const base = { exerciseId: exercise.id, exerciseName: exercise.name, kind: exercise.kind };
  return [
    { ...base, type: 'prepare', durationMs: prepareMs },
    ...exerciseSteps(base, exercise.sides === 'each' && !isOnce ? ['left', 'right'] : ['both'], dosage, switchMs),
    ...(hasKneeCheck(exercise.kind)
      ? [{ ...base, type: 'painCheck', phase: 'after-exercise', estimateMs: PAIN_CHECK_ESTIMATE_MS } as const]
      : []),
  ];
}

function exerciseSteps(base: StepBase, sides: Side[], dosage: Dosage, switchMs: number): PlanStep[] {
  const steps: PlanStep[] = [];
  for (let set = 1; set <= dosage.sets; set++) {
    sides.forEach((side, sideIndex) => {
      if (sideIndex > 0) steps.push({ ...base, type: 'switch', to: side, durationMs: switchMs });
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
 * Put an exercise right after step `afterIndex` — an easier version "now". Its own dosage unless the
 * caller passes the one the user's choices give it. Steps up to `afterIndex` keep their indices, so
 * the session's event log stays valid.
 */
export function insertExerciseAfter(
  plan: Plan,
  afterIndex: number,
  exercise: PlanFacts,
  transitionMs: number,
  dosage = exercise.dosage,
): Plan {
  const block = exerciseBlock(exercise, dosage, transitionMs);
  return { ...plan, steps: [...plan.steps.slice(0, afterIndex + 1), ...block, ...plan.steps.slice(afterIndex + 1)] };
}

/** "Stop this exercise for today": drop its steps still to come after `afterIndex` (earlier indices stay valid). */
export function dropExerciseAfter(plan: Plan, afterIndex: number, exerciseId: string): Plan {
  const rest = plan.steps.slice(afterIndex + 1).filter((s) => s.exerciseId !== exerciseId);
  return { ...plan, steps: [...plan.steps.slice(0, afterIndex + 1), ...rest] };
}

export interface RoutineSummary {
  chosen: ChosenRoutine;
  plan: Plan;
  durationMs: number;
  /** Exercises that will be done (left-out ones don't count). */
  exerciseCount: number;
  checkCount: number;
  /** Nothing left to do: the routine can't be started. */
  isEmpty: boolean;
}

/** What every screen shows about a routine — time, counts, empty — from the one applyChoices. */
export function summariseRoutine(
  routine: Routine,
  facts: Readonly<Record<string, PlanFacts>>,
  adjustments: Readonly<Record<string, Adjustment>> = {},
  levels: Readonly<Record<string, LevelChoice>> = {},
): RoutineSummary {
  const chosen = applyChoices(routine, facts, adjustments, levels);
  const plan = planOf(chosen);
  return {
    chosen,
    plan,
    durationMs: planDurationMs(plan),
    exerciseCount: chosen.active.length,
    checkCount: plan.steps.filter((s) => s.type === 'painCheck').length,
    isEmpty: chosen.isEmpty,
  };
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
