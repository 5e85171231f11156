import { describe, expect, it } from 'vitest';
import { retestState, selfCheckFocus } from './focus';
import type { LatestResults } from './latest';
import { knees, legTurn, stance } from './test-results';

describe('selfCheckFocus', () => {
  it.each<[string, LatestResults, { area: string; sides: string[] }[]]>([
    ['nothing recorded', {}, []],
    ['left 30°, right 20° → release the right hip', { 'lying-leg-turn': legTurn(30, 20) }, [{ area: 'hip-release', sides: ['right'] }]],
    ['a difference of exactly 5° counts', { 'lying-leg-turn': legTurn(25, 30) }, [{ area: 'hip-release', sides: ['left'] }]],
    ['4° is noise', { 'lying-leg-turn': legTurn(30, 26) }, []],
    ['both low, no difference → both hips', { 'lying-leg-turn': legTurn(15, 18) }, [{ area: 'hip-release', sides: ['left', 'right'] }]],
    ['one side missing', { 'lying-leg-turn': legTurn(30, null) }, []],
    ['turn-out alone never asks for release', { 'lying-turn-out-check': legTurn(40, 20, { exerciseId: 'lying-turn-out-check' }) }, []],
    ['right hip drop a little', { 'single-leg-stance-check': stance('no', 'a-little') }, [{ area: 'side-hip-strength', sides: ['right'] }]],
    [
      'both drop clearly',
      { 'single-leg-stance-check': stance('clearly', 'clearly') },
      [{ area: 'side-hip-strength', sides: ['left', 'right'] }],
    ],
    ['hip drop not noted (old row)', { 'single-leg-stance-check': stance(null, null) }, []],
    ['knees cave on squat, left', { 'squat-check': knees('squat-check', 'left') }, [{ area: 'knees-out', sides: ['left'] }]],
    [
      'left on sit-to-stand and right on squat → both, once',
      { 'sit-to-stand-check': knees('sit-to-stand-check', 'left'), 'squat-check': knees('squat-check', 'right') },
      [{ area: 'knees-out', sides: ['left', 'right'] }],
    ],
    ['no caving', { 'squat-check': knees('squat-check', 'no', ['glutes']) }, []],
    [
      'the e2e case: 30/20 and a right hip drop',
      { 'lying-leg-turn': legTurn(30, 20), 'single-leg-stance-check': stance('no', 'clearly') },
      [
        { area: 'hip-release', sides: ['right'] },
        { area: 'side-hip-strength', sides: ['right'] },
      ],
    ],
  ])('%s', (_, latest, expected) => {
    expect(selfCheckFocus(latest).items.map(({ area, sides }) => ({ area, sides }))).toEqual(expected);
  });

  it('says which results and when', () => {
    const focus = selfCheckFocus({ 'lying-leg-turn': legTurn(30, 20), 'single-leg-stance-check': stance('no', 'clearly') });
    expect(focus.basedOnAt).toBe(2000);
    expect(focus.items[0]).toMatchObject({ reason: 'Your right leg turns in 10° less than your left.', assessmentIds: ['turn'] });
    expect(selfCheckFocus({}).basedOnAt).toBeNull();
  });
});

const DAY = 24 * 60 * 60 * 1000;
describe('retestState', () => {
  it.each([
    [null, 'due'],
    [0, 'early'],
    [13.9 * DAY, 'early'],
    [14 * DAY, 'ok'],
    [28 * DAY, 'ok'],
    [28.1 * DAY, 'due'],
  ] as const)('%s ms ago → %s', (ago, expected) => {
    const now = 100 * DAY;
    expect(retestState(ago === null ? null : now - ago, now)).toBe(expected);
  });
});
