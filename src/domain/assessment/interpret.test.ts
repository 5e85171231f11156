import { describe, expect, it } from 'vitest';
import { interpretKneesCave, interpretLegTurn, interpretStance, legTurnDifference } from './interpret';
import { knees, legTurn, stance } from './test-results';

describe('legTurnDifference', () => {
  it.each([
    [30, 20, 'right', -10],
    [20, 30, 'left', 10],
    [30, 26, null, -4],
    [30, 35, 'left', 5],
    [30, null, null, null],
  ] as const)('left %s, right %s → less %s, difference %s', (l, r, less, diff) => {
    expect(legTurnDifference(legTurn(l, r).result)).toEqual({ lessSide: less, difference: diff });
  });
});

describe('interpret', () => {
  it.each([
    ['turn in 30/20', interpretLegTurn(legTurn(30, 20).result), /right leg turns in 10° less .* right hip/],
    ['turn in 30/27', interpretLegTurn(legTurn(30, 27).result), /within measurement noise/],
    ['turn in typical', interpretLegTurn(legTurn(30, 30).result), /About 30° each side is typical/],
    ['turn in, both low', interpretLegTurn(legTurn(15, 15).result), /Both sides turn in less than typical/],
    [
      'phone estimate',
      interpretLegTurn({ direction: 'in', left: { degrees: 30, method: 'phone' }, right: { degrees: 30, method: 'picker' } }),
      /estimates/,
    ],
    ['stance right drop', interpretStance(stance('no', 'clearly').result, 30), /stood on your right leg: side-hip strength/],
    ['stance short', interpretStance(stance('no', 'no', 12).result, 30), /held 12 s of the 30 s/],
    ['stance level', interpretStance(stance('no', 'no').result, 30), /stayed level/],
    ['knees cave both', interpretKneesCave(knees('squat-check', 'both').result), /Both knees moved inwards.*side-lying leg raises/],
    ['knees fine', interpretKneesCave(knees('squat-check', 'no').result), /stayed over your toes/],
    ['felt only in knee', interpretKneesCave(knees('squat-check', 'no', ['knee']).result), /hips share the work/],
  ])('%s', (_, words, pattern) => {
    expect(words.join(' ')).toMatch(pattern);
  });

  it('never names a diagnosis', () => {
    const all = [
      ...interpretLegTurn(legTurn(10, 40).result),
      ...interpretStance(stance('clearly', 'clearly', 3).result, 30),
      ...interpretKneesCave(knees('squat-check', 'both', ['knee']).result),
    ].join(' ');
    expect(all).not.toMatch(/syndrome|disorder|diagnos|weak(ness)? muscle|impingement|dysfunction/i);
  });
});
