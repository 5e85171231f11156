import { describe, expect, it } from 'vitest';
import type { PlanFacts, Routine } from '@/content/catalog-types';
import type { Adjustment } from './adjust';
import { applyChoices, type LevelChoice } from './apply-choices';
import { buildPlan } from './build-plan';

const reps = (id: string, sets: number, count: number, extra: Partial<PlanFacts> = {}): PlanFacts => ({
  id,
  name: id,
  kind: 'strengthen',
  sides: 'both',
  kneeLoad: 'low',
  cue: `${id} cue`,
  dosage: {
    mode: 'reps',
    sets,
    reps: count,
    repsMax: count + 4,
    tempo: 'slow',
    secondsPerRep: 4,
    label: 'x',
    frequency: 'x',
    restSeconds: 0,
  },
  ...extra,
});
const facts: Record<string, PlanFacts> = {
  bridge: reps('bridge', 3, 10),
  single: reps('single', 3, 8, { regression: 'bridge' }),
  easy: reps('easy', 2, 8),
  curl: reps('curl', 3, 10),
};
const routine: Routine = {
  id: 'r',
  name: 'R',
  summary: 's',
  frequency: 'x',
  transitionSeconds: 10,
  steps: [
    { exercise: 'bridge', dosage: { sets: 2 }, note: 'Warm-up' },
    { exercise: 'curl', note: 'Curl note' },
  ],
};
const level = (levelId: string, exerciseId: string, sets: number, count: number): LevelChoice => ({
  ladderId: 'bridge-ladder',
  levelId,
  exerciseId,
  sets,
  reps: count,
  label: `${sets} × ${count}`,
});

/** id:sets×reps:note, ~ for left out. */
const view = (levels: Record<string, LevelChoice>, adjustments: Record<string, Adjustment> = {}) =>
  applyChoices(routine, facts, adjustments, levels).items.map((i) => {
    const d = i.dosage.mode === 'reps' ? `${i.dosage.sets}x${i.dosage.reps}${i.dosage.repsMax ? `-${i.dosage.repsMax}` : ''}` : '';
    return `${i.isLeftOut ? '~' : ''}${i.exercise.id}:${d}:${i.note ?? '-'}`;
  });

describe('applyChoices with programme levels', () => {
  it.each<[string, Record<string, LevelChoice>, Record<string, Adjustment>, string[]]>([
    ['no level: the routine as written', {}, {}, ['bridge:2x10-14:Warm-up', 'curl:3x10-14:Curl note']],
    [
      'a level of the same exercise sets the exact dose',
      { bridge: level('b-3x12', 'bridge', 3, 12) },
      {},
      ['bridge:3x12:Warm-up', 'curl:3x10-14:Curl note'],
    ],
    [
      'a level of the next exercise brings its own cue',
      { bridge: level('s-3x8', 'single', 3, 8) },
      {},
      ['single:3x8:single cue', 'curl:3x10-14:Curl note'],
    ],
    [
      'a swap of the level’s exercise applies on top',
      { bridge: level('s-3x8', 'single', 3, 8) },
      { single: { action: 'swap', to: 'easy' } },
      ['easy:2x8-12:easy cue', 'curl:3x10-14:Curl note'],
    ],
    [
      'a swap of the routine’s exercise no longer applies once the level moved on',
      { bridge: level('s-3x8', 'single', 3, 8) },
      { bridge: { action: 'swap', to: 'easy' } },
      ['single:3x8:single cue', 'curl:3x10-14:Curl note'],
    ],
    [
      'lower dose of the level’s exercise',
      { bridge: level('b-3x12', 'bridge', 3, 12) },
      { bridge: { action: 'lower-dose' } },
      ['bridge:2x12:Warm-up', 'curl:3x10-14:Curl note'],
    ],
    [
      'leave out the level’s exercise',
      { bridge: level('s-3x8', 'single', 3, 8) },
      { single: { action: 'skip' } },
      ['~single:3x8:single cue', 'curl:3x10-14:Curl note'],
    ],
    [
      'a level naming an unknown exercise is ignored',
      { bridge: level('x', 'nope', 3, 12) },
      {},
      ['bridge:3x12:Warm-up', 'curl:3x10-14:Curl note'],
    ],
  ])('%s', (_, levels, adjustments, expected) => {
    expect(view(levels, adjustments)).toEqual(expected);
  });

  it('records the level among the changes and the plan plays it', () => {
    const chosen = applyChoices(routine, facts, {}, { bridge: level('s-3x8', 'single', 3, 8) });
    expect(chosen.items[0]?.changes).toEqual([
      { action: 'level', ladderId: 'bridge-ladder', levelId: 's-3x8', to: 'single', label: '3 × 8' },
    ]);
    const plan = buildPlan(routine, facts, { levels: { bridge: level('s-3x8', 'single', 3, 8) } });
    const first = plan.steps.find((s) => s.type === 'reps');
    expect(first).toMatchObject({ exerciseId: 'single', sets: 3, reps: 8 });
  });
});
