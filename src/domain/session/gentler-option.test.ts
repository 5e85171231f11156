import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '@/content/catalog-types';
import type { ExerciseImpact } from '@/domain/pain/trends';
import type { Adjustment } from './adjust';
import { chooseGentler, passedOverWords } from './gentler-option';

const common = { label: 'x', frequency: 'daily', restSeconds: 0 };
const f = (id: string, links: Partial<PlanFacts> = {}): PlanFacts => ({
  id,
  name: id,
  kind: 'stretch',
  sides: 'both',
  kneeLoad: 'low',
  cue: 'c',
  dosage: { mode: 'hold', seconds: 40, sets: 1, ...common },
  ...links,
});
const facts: Record<string, PlanFacts> = {
  four: f('four', { alternative: 'wipers' }),
  wipers: f('wipers'),
  squat: f('squat', { regression: 'box', alternative: 'bridge-alt' }),
  box: f('box', { regression: 'bridge' }),
  bridge: f('bridge'),
  'bridge-alt': f('bridge-alt'),
  lone: f('lone'),
};
const impact = (exerciseId: string, meanChange: number | null): ExerciseImpact => ({
  exerciseId,
  exerciseName: exerciseId,
  checkCount: 2,
  comparedCount: 2,
  meanChange,
  redCount: 0,
});

describe('chooseGentler', () => {
  it.each<[string, string, string[], Record<string, Adjustment>, ExerciseImpact[], string | null, string[]]>([
    ['the alternative first', 'squat', [], {}, [], 'bridge-alt', []],
    ['not one already in the routine: the regression then', 'squat', ['bridge-alt'], {}, [], 'box', ['bridge-alt:in-routine']],
    ['not one the user left out', 'squat', [], { 'bridge-alt': { action: 'skip' } }, [], 'box', ['bridge-alt:left-out']],
    [
      'not one the user switched away from',
      'squat',
      [],
      { 'bridge-alt': { action: 'swap', to: 'lone' } },
      [],
      'box',
      ['bridge-alt:switched-away'],
    ],
    ['not one the knee-impact table marks worse', 'four', [], {}, [impact('wipers', 2)], null, ['wipers:worse-for-knee']],
    ['a change under 1 point is not worse', 'four', [], {}, [impact('wipers', 0.5)], 'wipers', []],
    ['an uncompared row is not worse', 'four', [], {}, [impact('wipers', null)], 'wipers', []],
    [
      'the easier version of an easier version',
      'squat',
      ['bridge-alt', 'box'],
      {},
      [],
      'bridge',
      ['bridge-alt:in-routine', 'box:in-routine'],
    ],
    ['the daily routine: wipers is already in it', 'four', ['four', 'wipers'], {}, [], null, ['wipers:in-routine']],
    ['nothing to offer', 'lone', [], {}, [], null, []],
  ])('%s', (_name, id, inRoutine, adjustments, rows, offered, passed) => {
    const option = chooseGentler(id, { facts, inRoutine, adjustments, impact: rows });
    expect(option.exercise?.id ?? null).toBe(offered);
    expect(option.passedOver.map((p) => `${p.id}:${p.why}`)).toEqual(passed);
  });

  it('offers a lowered exercise at its lowered dose, and says where the link came from', () => {
    const option = chooseGentler('four', { facts, inRoutine: [], adjustments: { wipers: { action: 'lower-dose' } }, impact: [] });
    expect(option.relation).toBe('alternative');
    expect(option.dosage).toMatchObject({ seconds: 20 });
    expect(chooseGentler('squat', { facts, inRoutine: ['bridge-alt'], adjustments: {}, impact: [] }).relation).toBe('regression');
  });

  it('puts the reasons in words', () => {
    expect(passedOverWords({ id: 'w', name: 'Windscreen wipers', why: 'in-routine' })).toBe(
      'Windscreen wipers is already in this routine, so switching to it would only repeat it.',
    );
    expect(passedOverWords({ id: 'w', name: 'Windscreen wipers', why: 'worse-for-knee', meanChange: 2 })).toBe(
      'Windscreen wipers has made your knee worse before (+2.0 on average).',
    );
  });
});
