import { describe, expect, it } from 'vitest';
import { resultsByCheck } from './by-check';
import { knees, legTurn, stance } from './test-results';
import type { Assessment } from './types';

const ids = (byCheck: ReturnType<typeof resultsByCheck>) =>
  Object.fromEntries(Object.entries(byCheck).map(([check, rows]) => [check, rows.map((r) => r.id)]));

describe('resultsByCheck', () => {
  it.each<[string, Assessment[], Record<string, string[]>]>([
    ['nothing recorded', [], {}],
    [
      'newest first whatever the order given',
      [legTurn(30, 20, { id: 'b', at: 20 }), legTurn(30, 20, { id: 'a', at: 10 }), legTurn(30, 20, { id: 'c', at: 30 })],
      { 'lying-leg-turn': ['c', 'b', 'a'] },
    ],
    [
      'each check apart',
      [legTurn(30, 20), stance('no', 'a-little'), knees('squat-check', 'left'), knees('sit-to-stand-check', 'no')],
      {
        'lying-leg-turn': ['turn'],
        'single-leg-stance-check': ['stance'],
        'squat-check': ['squat-check'],
        'sit-to-stand-check': ['sit-to-stand-check'],
      },
    ],
    ['an exercise that is no self-check is left out', [knees('glute-bridge', 'no')], {}],
  ])('%s', (_name, results, expected) => {
    expect(ids(resultsByCheck(results))).toEqual(expected);
  });
});
