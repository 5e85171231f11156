import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '@/content/catalog-types';
import type { LadderFile, ProgrammeFile } from '@/content/programme-schema';
import { selfCheckFocus } from '@/domain/assessment/focus';
import type { LatestResults } from '@/domain/assessment/latest';
import { knees, legTurn, stance } from '@/domain/assessment/test-results';
import type { Plan, PlanStep } from '@/domain/session/plan-types';
import { withFocusWork } from './focus-plan';
import { focusWork, focusWorkFor } from './focus-work';

const sideRaise = {
  id: 'side-raise',
  levels: [
    { id: 'a', exercise: 'side-lying-leg-raise', sets: 3, reps: 8 },
    { id: 'b', exercise: 'side-lying-leg-raise-ankle-weight', sets: 3, reps: 8 },
  ],
} as unknown as LadderFile;
const p = { routines: { daily: 'daily', strength: 'strength' }, ladders: [sideRaise] } as unknown as ProgrammeFile;
const view = (latest: LatestResults) => focusWork(p, selfCheckFocus(latest)).map((w) => `${w.routineId}:${w.sides.join('+')}`);

describe('focusWork: what the self-checks add to the programme', () => {
  it.each<[string, LatestResults, string[]]>([
    ['nothing recorded', {}, []],
    ['sides within noise', { 'lying-leg-turn': legTurn(30, 27) }, []],
    ['left 30°, right 20° → release for the right hip daily', { 'lying-leg-turn': legTurn(30, 20) }, ['daily:right']],
    ['both low → release for both hips', { 'lying-leg-turn': legTurn(15, 15) }, ['daily:left+right']],
    ['right hip drop → an extra right set on strength days', { 'single-leg-stance-check': stance('no', 'a-little') }, ['strength:right']],
    [
      'hip drop right and knees cave left → one extra block, both sides',
      { 'single-leg-stance-check': stance('no', 'clearly'), 'squat-check': knees('squat-check', 'left') },
      ['strength:left+right'],
    ],
    [
      'the e2e case: 30/20 and a right hip drop',
      { 'lying-leg-turn': legTurn(30, 20), 'single-leg-stance-check': stance('no', 'a-little') },
      ['daily:right', 'strength:right'],
    ],
  ])('%s', (_name, latest, expected) => {
    expect(view(latest)).toEqual(expected);
  });

  it('says it in plain words', () => {
    const work = focusWork(p, selfCheckFocus({ 'lying-leg-turn': legTurn(30, 20), 'single-leg-stance-check': stance('no', 'a-little') }));
    expect(work.map((w) => w.words)).toEqual([
      'An extra minute of tennis-ball release for your right hip, at the end of the daily release',
      'An extra set of side-lying leg raises for your right side, at the end of each strength day',
    ]);
    expect(focusWorkFor(work, 'strength')).toHaveLength(1);
  });
});

const facts = {
  'tennis-ball-glutes': {
    id: 'tennis-ball-glutes',
    name: 'Tennis ball on the glutes',
    kind: 'release',
    sides: 'each',
    dosage: { mode: 'timed', seconds: 150, spotSeconds: [10, 20] },
  },
} as unknown as Record<string, PlanFacts>;
const check = (phase: 'before' | 'after-session'): PlanStep => ({
  type: 'painCheck',
  phase,
  exerciseId: null,
  exerciseName: null,
  kind: null,
  estimateMs: 1,
});
const raise = (exerciseId: string, side: 'left' | 'right', set: number): PlanStep => ({
  type: 'reps',
  exerciseId,
  exerciseName: exerciseId,
  kind: 'strengthen',
  side,
  set,
  sets: 3,
  reps: 12,
  tempo: 'slow',
  estimateMs: 1,
});
const plan = (routineId: string, steps: PlanStep[]): Plan => ({
  routineId,
  routineName: routineId,
  steps: [check('before'), ...steps, check('after-session')],
});
const shape = (pl: Plan) =>
  pl.steps.map((s) => (s.type === 'painCheck' ? `check:${s.phase}` : `${s.type}:${s.exerciseId}:${'side' in s ? s.side : ''}`));

describe('withFocusWork: the extra block in the plan', () => {
  const work = focusWork(
    p,
    selfCheckFocus({ 'lying-leg-turn': legTurn(30, 20), 'single-leg-stance-check': stance('clearly', 'a-little') }),
  );

  it('adds 1 min of release on the right to the daily release, before the after-session check', () => {
    const out = withFocusWork(plan('daily', []), work, facts, [sideRaise]);
    expect(shape(out)).toEqual([
      'check:before',
      'prepare:tennis-ball-glutes:',
      'work:tennis-ball-glutes:right',
      'check:after-exercise',
      'check:after-session',
    ]);
    const step = out.steps[2];
    expect(step?.type === 'work' && [step.durationMs, step.sets, step.spotSeconds]).toEqual([60_000, 1, [10, 20]]);
  });

  it('adds one set a side of the ladder’s current exercise (the harder level here), keeping earlier steps', () => {
    const own = [raise('side-lying-leg-raise-ankle-weight', 'left', 1), raise('side-lying-leg-raise-ankle-weight', 'right', 1)];
    const out = withFocusWork(plan('strength', own), work, facts, [sideRaise]);
    expect(out.steps.slice(0, 3)).toEqual(plan('strength', own).steps.slice(0, 3));
    expect(shape(out).slice(3)).toEqual([
      'prepare:side-lying-leg-raise-ankle-weight:',
      'reps:side-lying-leg-raise-ankle-weight:left',
      'switch:side-lying-leg-raise-ankle-weight:',
      'reps:side-lying-leg-raise-ankle-weight:right',
      'check:after-exercise',
      'check:after-session',
    ]);
    const extra = out.steps[4];
    expect(extra?.type === 'reps' && [extra.set, extra.sets, extra.reps]).toEqual([1, 1, 12]);
  });

  it.each([
    ['another routine', plan('flare', [])],
    ['a strength plan without the ladder’s exercise (left out)', plan('strength', [])],
  ])('leaves %s as it is', (_name, pl) => {
    expect(withFocusWork(pl, work, facts, [sideRaise])).toBe(pl);
  });
});
