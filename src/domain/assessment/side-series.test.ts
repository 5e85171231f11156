import { describe, expect, it } from 'vitest';
import { sideSeries } from './side-series';
import { knees, legTurn, stance } from './test-results';
import type { Assessment } from './types';

describe('sideSeries', () => {
  it.each<[string, Assessment[], string, ReturnType<typeof sideSeries>]>([
    ['nothing recorded', [], 'lying-leg-turn', null],
    [
      'leg turns, oldest first, a missing side is a gap',
      [legTurn(32, 28, { id: 'b', at: 20 }), legTurn(30, 20, { id: 'a', at: 10 }), legTurn(null, 25, { id: 'c', at: 30 })],
      'lying-leg-turn',
      { unit: 'degrees', at: [10, 20, 30], left: [30, 32, null], right: [20, 28, 25] },
    ],
    [
      'other checks are left out',
      [legTurn(30, 20), stance('no', 'no', 12)],
      'single-leg-stance-check',
      { unit: 'seconds', at: [2000], left: [12], right: [12] },
    ],
    ['knees caving has no line', [knees('squat-check', 'left')], 'squat-check', null],
  ])('%s', (_name, results, id, expected) => {
    expect(sideSeries(results, id)).toEqual(expected);
  });
});
