import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '@/content/catalog-types';
import { buildPlan, planDurationMs, summariseRoutine } from '@/domain/session/build-plan';
import type { UserRoutine } from './user-routine-types';
import { fromRoutine, isOwnRoutineId, toRoutine, validateUserRoutine, type RoutineIssue } from './user-routine';

const common = { label: 'x', frequency: 'daily', restSeconds: 0 };
const facts: Record<string, PlanFacts> = {
  hold: {
    id: 'hold',
    name: 'Hold stretch',
    kind: 'stretch',
    sides: 'each',
    kneeLoad: 'low',
    cue: 'c',
    dosage: { mode: 'hold', seconds: 30, sets: 2, ...common, restSeconds: 10 },
  },
  reps: {
    id: 'reps',
    name: 'Bridge',
    kind: 'strengthen',
    sides: 'both',
    kneeLoad: 'low',
    cue: 'c',
    dosage: { mode: 'reps', sets: 3, reps: 10, tempo: '2-1-2', secondsPerRep: 5, ...common },
  },
};
const record = (patch: Partial<UserRoutine> = {}): UserRoutine => ({
  id: 'own-1',
  name: 'Mine',
  createdAt: 1,
  steps: [{ exercise: 'hold' }, { exercise: 'reps' }],
  ...patch,
});

describe('toRoutine', () => {
  it('keeps the exercises’ own doses when the steps set none (old rows have only `exercise`)', () => {
    const routine = toRoutine(record(), facts);
    expect(routine.steps).toEqual([{ exercise: 'hold' }, { exercise: 'reps' }]);
    expect(routine.transitionSeconds).toBe(10);
    expect(routine.switchSidesSeconds).toBe(5);
  });

  it('maps hold seconds to holds, reps to rep sets, and ignores the one that does not fit', () => {
    const routine = toRoutine(
      record({
        steps: [
          { exercise: 'hold', holdSeconds: 45, reps: 9, sets: 1 },
          { exercise: 'reps', holdSeconds: 20, reps: 12, restSeconds: 30 },
        ],
      }),
      facts,
    );
    expect(routine.steps).toEqual([
      { exercise: 'hold', dosage: { seconds: 45, sets: 1 } },
      { exercise: 'reps', dosage: { reps: 12, restSeconds: 30 } },
    ]);
  });

  it('plays the chosen dose, sides and timings, with the total time the player’s plan gives', () => {
    const own = record({
      getReadySeconds: 20,
      switchSidesSeconds: 8,
      steps: [
        { exercise: 'reps', sets: 1, reps: 4 },
        { exercise: 'hold', holdSeconds: 40, sets: 1 },
      ],
    });
    const plan = buildPlan(toRoutine(own, facts), facts);
    const timed = plan.steps.map((s) => `${s.type}:${'durationMs' in s ? s.durationMs / 1000 : ''}`);
    expect(timed).toEqual([
      'painCheck:',
      'prepare:10',
      'reps:',
      'painCheck:',
      'prepare:20',
      'work:40',
      'switch:8',
      'work:40',
      'painCheck:',
      'painCheck:',
    ]);
    expect(summariseRoutine(toRoutine(own, facts), facts).durationMs).toBe(planDurationMs(plan));
  });

  it('does a per-side exercise once when set to both sides, but never splits a both-legs one', () => {
    const once = buildPlan(
      toRoutine(
        record({
          steps: [
            { exercise: 'hold', side: 'both', sets: 1 },
            { exercise: 'reps', side: 'each', sets: 1 },
          ],
        }),
        facts,
      ),
      facts,
    );
    expect(once.steps.filter((s) => s.type === 'work' || s.type === 'reps').map((s) => ('side' in s ? s.side : ''))).toEqual([
      'both',
      'both',
    ]);
    expect(once.steps.some((s) => s.type === 'switch')).toBe(false);
  });

  it('leaves out an exercise the library no longer has, so the rest still plays', () => {
    expect(toRoutine(record({ steps: [{ exercise: 'gone' }, { exercise: 'reps' }] }), facts).steps).toEqual([{ exercise: 'reps' }]);
  });

  it('round-trips a duplicated built-in routine', () => {
    const builtIn = toRoutine(
      record({
        steps: [
          { exercise: 'hold', holdSeconds: 50, side: 'both' },
          { exercise: 'reps', reps: 8 },
        ],
      }),
      facts,
    );
    const copy = fromRoutine({ ...builtIn, id: 'daily' }, 'own-2', 5);
    expect(copy).toMatchObject({ id: 'own-2', basedOn: 'daily', name: 'Mine (my copy)', createdAt: 5, getReadySeconds: 10 });
    expect(toRoutine(copy, facts).steps).toEqual(builtIn.steps);
    expect(isOwnRoutineId(copy.id)).toBe(true);
    expect(isOwnRoutineId('daily')).toBe(false);
  });
});

const messages = (issues: RoutineIssue[]) =>
  issues.map((i) => `${i.field}${i.stepIndex === undefined ? '' : `#${i.stepIndex}`}: ${i.message}`);

describe('validateUserRoutine', () => {
  it.each<[string, Partial<UserRoutine>, string[]]>([
    ['a valid routine', {}, []],
    ['old-shape steps with only an exercise', { steps: [{ exercise: 'hold' }] }, []],
    ['an empty routine', { steps: [] }, ['steps: Add at least one exercise.']],
    ['no name', { name: '   ' }, ['name: Give the routine a name.']],
    ['a name too long', { name: 'x'.repeat(61) }, ['name: Keep the name to 60 characters.']],
    ['a name of exactly 60', { name: 'x'.repeat(60) }, []],
    ['hold at the lower bound', { steps: [{ exercise: 'hold', holdSeconds: 5 }] }, []],
    [
      'hold below it',
      { steps: [{ exercise: 'hold', holdSeconds: 4 }] },
      ['holdSeconds#0: Hold stretch: choose 5–600 seconds (whole numbers).'],
    ],
    ['hold at the upper bound', { steps: [{ exercise: 'hold', holdSeconds: 600 }] }, []],
    [
      'hold above it',
      { steps: [{ exercise: 'hold', holdSeconds: 601 }] },
      ['holdSeconds#0: Hold stretch: choose 5–600 seconds (whole numbers).'],
    ],
    [
      'a fractional hold',
      { steps: [{ exercise: 'hold', holdSeconds: 30.5 }] },
      ['holdSeconds#0: Hold stretch: choose 5–600 seconds (whole numbers).'],
    ],
    ['zero reps', { steps: [{ exercise: 'reps', reps: 0 }] }, ['reps#0: Bridge: choose 1–50 reps (whole numbers).']],
    ['51 reps', { steps: [{ exercise: 'reps', reps: 51 }] }, ['reps#0: Bridge: choose 1–50 reps (whole numbers).']],
    ['11 sets', { steps: [{ exercise: 'reps', sets: 11 }] }, ['sets#0: Bridge: choose 1–10 sets (whole numbers).']],
    ['no rest is fine', { steps: [{ exercise: 'reps', restSeconds: 0 }] }, []],
    [
      'rest above 300',
      { steps: [{ exercise: 'reps', restSeconds: 301 }] },
      ['restSeconds#0: Bridge: choose 0–300 seconds of rest (whole numbers).'],
    ],
    ['get ready below 5', { getReadySeconds: 4 }, ['getReadySeconds: Get ready: choose 5–120 seconds to get ready (whole numbers).']],
    [
      'switch sides above 60',
      { switchSidesSeconds: 61 },
      ['switchSidesSeconds: Switch sides: choose 3–60 seconds to switch sides (whole numbers).'],
    ],
    [
      'the same exercise twice',
      { steps: [{ exercise: 'hold' }, { exercise: 'hold' }] },
      ['exercise#1: Hold stretch is in the routine twice.'],
    ],
    ['an unknown exercise', { steps: [{ exercise: 'gone' }] }, ['exercise#0: “gone” is not in the library.']],
  ])('%s', (_name, patch, expected) => {
    expect(messages(validateUserRoutine(record(patch), facts))).toEqual(expected);
  });

  it('without the library, checks only what the record itself says', () => {
    expect(validateUserRoutine(record({ steps: [{ exercise: 'gone', sets: 0 }] }))).toEqual([
      { field: 'sets', stepIndex: 0, message: 'gone: choose 1–10 sets (whole numbers).' },
    ]);
  });
});
