import { describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from '@/domain/session/plan-types';
import { exerciseSession, type FinishedSession } from './exercise-sessions';

const reps = (side: 'left' | 'right', set: number, sets: number, n: number): PlanStep => ({
  type: 'reps',
  exerciseId: 'side-lying-leg-raise',
  exerciseName: 'Side-lying leg raise',
  kind: 'strengthen',
  side,
  set,
  sets,
  reps: n,
  tempo: 'slow',
  estimateMs: 1,
});
const threeByEight = [1, 2, 3].flatMap((set) => [reps('left', set, 3, 8), reps('right', set, 3, 8)]);
const session = (steps: PlanStep[], outcomes: ('done' | 'skipped' | null)[]): FinishedSession => ({
  id: 's',
  endedAt: 1,
  plan: { routineId: 'r', routineName: 'R', steps } satisfies Plan,
  outcomes,
  checks: [],
});
const done = (n: number) => Array<'done'>(n).fill('done');

describe('exerciseSession: the full dose', () => {
  it.each([
    ['every set of both sides done', threeByEight, done(6), true],
    ['one set skipped', threeByEight, [...done(5), 'skipped' as const], false],
    ['a lowered dose (2 sets)', threeByEight.slice(0, 4).map((s) => ({ ...s, sets: 2 })), done(4), false],
    ['fewer reps than the level', threeByEight.map((s) => ({ ...s, reps: 6 })), done(6), false],
    ['plus an extra right set done', [...threeByEight, reps('right', 1, 1, 8)], done(7), true],
    ['plus an extra right set skipped', [...threeByEight, reps('right', 1, 1, 8)], [...done(6), 'skipped' as const], true],
    ['only the extra set done', [...threeByEight, reps('right', 1, 1, 8)], [...Array<null>(6).fill(null), 'done' as const], false],
  ])('%s → %s', (_name, steps, outcomes, expected) => {
    expect(exerciseSession(session(steps, outcomes), 'side-lying-leg-raise', { sets: 3, reps: 8 })?.isFullDose).toBe(expected);
  });
});
