import type { ExerciseKind } from '@/content/catalog-types';

export type Side = 'left' | 'right' | 'both';

export interface StepBase {
  /** The exercise this step belongs to (every step does, except the final pain check). */
  exerciseId: string;
  exerciseName: string;
  kind: ExerciseKind;
}

/** "Next up" / get into position. Timed. */
export interface PrepareStep extends StepBase {
  type: 'prepare';
  durationMs: number;
}
/** A timed block (rolling) or a static hold. Timed. */
export interface TimedWorkStep extends StepBase {
  type: 'work';
  mode: 'timed' | 'hold';
  side: Side;
  set: number;
  sets: number;
  durationMs: number;
  /** Release work: pause this long on each sore spot. */
  spotSeconds?: readonly [number, number];
}
/** A set of repetitions; the user taps Done. `estimateMs` only feeds the total-time estimate. */
export interface RepsStep extends StepBase {
  type: 'reps';
  side: Side;
  set: number;
  sets: number;
  reps: number;
  repsMax?: number;
  tempo: string;
  estimateMs: number;
}
export interface RestStep extends StepBase {
  type: 'rest';
  durationMs: number;
}
export interface SwitchSidesStep extends StepBase {
  type: 'switch';
  to: Side;
  durationMs: number;
}
/**
 * "How is your knee?" — a baseline before the first exercise, after every stretch or release, and
 * after the session. Waits for the user. Session-level checks have no exercise.
 */
export interface PainCheckStep {
  type: 'painCheck';
  phase: 'before' | 'after-exercise' | 'after-session';
  exerciseId: string | null;
  exerciseName: string | null;
  kind: ExerciseKind | null;
  estimateMs: number;
}

export type PlanStep = PrepareStep | TimedWorkStep | RepsStep | RestStep | SwitchSidesStep | PainCheckStep;
export type TimedStep = PrepareStep | TimedWorkStep | RestStep | SwitchSidesStep;

export interface Plan {
  routineId: string;
  routineName: string;
  steps: PlanStep[];
}

/** Steps that run down on their own; the others wait for the user (Done / Continue). */
export function isTimed(step: PlanStep): step is TimedStep {
  return step.type === 'prepare' || step.type === 'work' || step.type === 'rest' || step.type === 'switch';
}
