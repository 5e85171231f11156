import { describe, expect, it } from 'vitest';
import type { PlanFacts, Routine } from '@/content/catalog-types';
import type { Adjustment } from './adjust';
import { buildPlan, LEAD_IN_MS, PAIN_CHECK_ESTIMATE_MS, planDurationMs, SWITCH_SIDES_MS } from './build-plan';

const common = { label: 'x', frequency: 'daily', restSeconds: 0 };
const facts: Record<string, PlanFacts> = {
  ball: {
    id: 'ball',
    name: 'Ball',
    kind: 'release',
    sides: 'each',
    kneeLoad: 'low',
    cue: 'c',
    dosage: { mode: 'timed', seconds: 120, sets: 1, ...common },
  },
  raise: {
    id: 'raise',
    name: 'Raise',
    kind: 'strengthen',
    sides: 'each',
    kneeLoad: 'low',
    cue: 'c',
    dosage: { mode: 'reps', sets: 2, reps: 8, repsMax: 12, tempo: 'slow', secondsPerRep: 4, ...common, restSeconds: 30 },
  },
  rock: {
    id: 'rock',
    name: 'Rock',
    kind: 'stretch',
    sides: 'both',
    kneeLoad: 'low',
    cue: 'c',
    dosage: { mode: 'hold', seconds: 30, sets: 2, ...common, restSeconds: 10 },
  },
  squat: {
    id: 'squat',
    name: 'Squat',
    kind: 'strengthen',
    sides: 'both',
    kneeLoad: 'moderate',
    cue: 'c',
    dosage: { mode: 'reps', sets: 2, reps: 8, tempo: 'slow', secondsPerRep: 3, ...common },
  },
  turn: {
    id: 'turn',
    name: 'Turn',
    kind: 'assess',
    sides: 'both',
    kneeLoad: 'low',
    cue: 'c',
    dosage: { mode: 'hold', seconds: 20, sets: 1, ...common },
  },
  alt: {
    id: 'alt',
    name: 'Alt',
    kind: 'stretch',
    sides: 'both',
    kneeLoad: 'low',
    cue: 'c',
    dosage: { mode: 'hold', seconds: 45, sets: 1, ...common },
  },
};
const routine = (steps: Routine['steps']): Routine => ({
  id: 'r',
  name: 'R',
  summary: 's',
  frequency: 'daily',
  transitionSeconds: 8,
  steps,
});
const shape = (r: Routine, adjustments?: Record<string, Adjustment>) =>
  buildPlan(r, facts, adjustments ? { adjustments } : {}).steps.map((s) =>
    s.type === 'work' || s.type === 'reps'
      ? `${s.type}:${s.exerciseId}:${s.side}:${s.set}`
      : s.type === 'switch'
        ? `switch:${s.to}`
        : s.type === 'painCheck'
          ? `check:${s.phase}`
          : s.type,
  );
const B = 'check:before';
const A = 'check:after-session';

describe('buildPlan', () => {
  it('runs each side of a timed release with a switch between, then a pain check', () => {
    expect(shape(routine([{ exercise: 'ball' }]))).toEqual([
      B,
      'prepare',
      'work:ball:left:1',
      'switch:right',
      'work:ball:right:1',
      'check:after-exercise',
      A,
    ]);
  });
  it('alternates sides set by set with rests between sets, and asks about the knee after the second side’s last set', () => {
    expect(shape(routine([{ exercise: 'raise' }]))).toEqual([
      B,
      'prepare',
      'reps:raise:left:1',
      'switch:right',
      'reps:raise:right:1',
      'rest',
      'reps:raise:left:2',
      'switch:right',
      'reps:raise:right:2',
      'check:after-exercise',
      A,
    ]);
  });
  it('asks after the last set of a two-sided strength exercise, and never after a self-check', () => {
    expect(shape(routine([{ exercise: 'squat' }, { exercise: 'turn' }]))).toEqual([
      B,
      'prepare',
      'reps:squat:both:1',
      'reps:squat:both:2',
      'check:after-exercise',
      'prepare',
      'work:turn:both:1',
      A,
    ]);
  });
  it('uses the lead-in for the first exercise and the routine transition after that', () => {
    const plan = buildPlan(routine([{ exercise: 'rock' }, { exercise: 'ball' }]), facts);
    const prepares = plan.steps.filter((s) => s.type === 'prepare');
    expect(prepares.map((s) => s.durationMs)).toEqual([LEAD_IN_MS, 8000]);
  });
  it.each([
    ['defaults', {}, [LEAD_IN_MS, 8000], SWITCH_SIDES_MS],
    ['a longer get-ready and switch from Settings', { leadInMs: 30_000, switchSidesMs: 12_000 }, [30_000, 8000], 12_000],
    ['only the switch set', { switchSidesMs: 3000 }, [LEAD_IN_MS, 8000], 3000],
  ] as const)('get-ready and switch-sides lengths: %s', (_name, options, prepares, switchMs) => {
    const plan = buildPlan(routine([{ exercise: 'rock' }, { exercise: 'ball' }]), facts, options);
    expect(plan.steps.filter((s) => s.type === 'prepare').map((s) => s.durationMs)).toEqual(prepares);
    const switches = plan.steps.filter((s) => s.type === 'switch');
    expect(switches.length).toBeGreaterThan(0);
    expect(switches.every((s) => s.durationMs === switchMs)).toBe(true);
  });
  it('applies dosage overrides', () => {
    const plan = buildPlan(
      routine([
        { exercise: 'ball', dosage: { seconds: 60 } },
        { exercise: 'raise', dosage: { sets: 1, reps: 6 } },
      ]),
      facts,
    );
    const work = plan.steps.filter((s) => s.type === 'work' || s.type === 'reps');
    expect(work.map((s) => (s.type === 'work' ? s.durationMs : `${s.reps}-${s.repsMax ?? ''}`))).toEqual([60000, 60000, '6-', '6-']);
  });
  it('puts a swapped-in alternative in place of the original, with its own dosage', () => {
    expect(shape(routine([{ exercise: 'rock', dosage: { seconds: 10 } }]), { rock: { action: 'swap', to: 'alt' } })).toEqual([
      B,
      'prepare',
      'work:alt:both:1',
      'check:after-exercise',
      A,
    ]);
  });
  it('leaves out a skipped exercise, and the next one gets the lead-in', () => {
    const plan = buildPlan(routine([{ exercise: 'rock' }, { exercise: 'ball' }]), facts, { adjustments: { rock: { action: 'skip' } } });
    expect(plan.steps[1]).toMatchObject({ type: 'prepare', exerciseId: 'ball', durationMs: LEAD_IN_MS });
  });
  it('halves a hold and drops a set of reps for a lowered dose', () => {
    const plan = buildPlan(routine([{ exercise: 'rock' }, { exercise: 'raise' }]), facts, {
      adjustments: { rock: { action: 'lower-dose' }, raise: { action: 'lower-dose' } },
    });
    const holds = plan.steps.filter((s) => s.type === 'work').map((s) => s.durationMs);
    const reps = plan.steps.filter((s) => s.type === 'reps').map((s) => `${s.set}/${s.sets}:${s.reps}-${s.repsMax ?? ''}`);
    expect(holds).toEqual([15_000, 15_000]);
    expect(reps).toEqual(['1/1:8-', '1/1:8-']);
  });
  it('totals timed steps exactly and estimates reps and pain checks', () => {
    const plan = buildPlan(routine([{ exercise: 'ball' }, { exercise: 'raise' }]), facts);
    const expected =
      4 * PAIN_CHECK_ESTIMATE_MS + LEAD_IN_MS + 2 * 120_000 + SWITCH_SIDES_MS + 8000 + 4 * 10 * 4000 + 2 * SWITCH_SIDES_MS + 30_000;
    expect(planDurationMs(plan)).toBe(expected);
  });
  it('never duplicates an exercise swapped to one the routine already has', () => {
    expect(shape(routine([{ exercise: 'rock' }, { exercise: 'alt' }]), { rock: { action: 'swap', to: 'alt' } })).toEqual([
      B,
      'prepare',
      'work:alt:both:1',
      'check:after-exercise',
      A,
    ]);
  });
  it('leaves out a swapped-in exercise the user left out, and lowers one the user lowered', () => {
    expect(
      shape(routine([{ exercise: 'rock' }, { exercise: 'ball' }]), { rock: { action: 'swap', to: 'alt' }, alt: { action: 'skip' } }),
    ).toEqual(shape(routine([{ exercise: 'ball' }])));
    const lowered = buildPlan(routine([{ exercise: 'rock' }]), facts, {
      adjustments: { rock: { action: 'swap', to: 'alt' }, alt: { action: 'lower-dose' } },
    });
    expect(lowered.steps.filter((s) => s.type === 'work').map((s) => s.durationMs)).toEqual([25_000]);
  });
  it('builds an empty plan when everything is left out', () => {
    expect(buildPlan(routine([{ exercise: 'rock' }]), facts, { adjustments: { rock: { action: 'skip' } } }).steps).toEqual([]);
  });
  it('refuses a routine that names an unknown exercise', () => {
    expect(() => buildPlan(routine([{ exercise: 'nope' }]), facts)).toThrow(/unknown exercise "nope"/);
  });
});

describe('insertExerciseAfter', () => {
  it('adds the alternative after the given step and keeps earlier steps where they were', async () => {
    const { insertExerciseAfter } = await import('./build-plan');
    const plan = buildPlan(routine([{ exercise: 'rock' }, { exercise: 'ball' }]), facts);
    const checkIndex = plan.steps.findIndex((s) => s.type === 'painCheck' && s.phase === 'after-exercise');
    const alt = facts.alt;
    if (!alt) throw new Error('fixture');
    const next = insertExerciseAfter(plan, checkIndex, alt, 8000);
    expect(next.steps.slice(0, checkIndex + 1)).toEqual(plan.steps.slice(0, checkIndex + 1));
    expect(next.steps.slice(checkIndex + 1, checkIndex + 4).map((s) => `${s.type}:${s.exerciseId ?? ''}`)).toEqual([
      'prepare:alt',
      'work:alt',
      'painCheck:alt',
    ]);
    expect(next.steps).toHaveLength(plan.steps.length + 3);
  });
});

describe('summariseRoutine', () => {
  it('gives every screen the same total time as the plan the player builds, for every built-in routine and choice', async () => {
    const { routines, planFacts } = await import('@/content/routine-catalog');
    const { summariseRoutine, routineDurationMs } = await import('./build-plan');
    const choices: Record<string, Adjustment>[] = [
      {},
      { 'supine-figure-four': { action: 'swap', to: 'supine-windshield-wipers' } },
      {
        'tennis-ball-glutes': { action: 'lower-dose' },
        'knees-out-squat': { action: 'swap', to: 'box-squat' },
        'box-squat': { action: 'skip' },
      },
    ];
    for (const r of routines) {
      for (const adjustments of choices) {
        const summary = summariseRoutine(r, planFacts, adjustments);
        expect(summary.durationMs).toBe(planDurationMs(buildPlan(r, planFacts, { adjustments })));
        expect(summary.durationMs).toBe(routineDurationMs(r, planFacts, { adjustments }));
        expect(summary.exerciseCount).toBe(new Set(summary.plan.steps.flatMap((s) => (s.exerciseId ? [s.exerciseId] : []))).size);
      }
    }
  });
});

describe('dropExerciseAfter', () => {
  it('drops what is still to come of the exercise and keeps every earlier step where it was', async () => {
    const { dropExerciseAfter } = await import('./build-plan');
    const plan = buildPlan(routine([{ exercise: 'rock' }, { exercise: 'ball' }, { exercise: 'rock' }]), facts);
    const firstCheck = plan.steps.findIndex((s) => s.type === 'painCheck' && s.phase === 'after-exercise');
    const next = dropExerciseAfter(plan, firstCheck, 'rock');
    expect(next.steps.slice(0, firstCheck + 1)).toEqual(plan.steps.slice(0, firstCheck + 1));
    expect(next.steps.slice(firstCheck + 1).some((s) => s.exerciseId === 'rock')).toBe(false);
    expect(next.steps.slice(firstCheck + 1).some((s) => s.exerciseId === 'ball')).toBe(true);
  });
});
