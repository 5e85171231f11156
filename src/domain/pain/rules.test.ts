import { describe, expect, it } from 'vitest';
import { judgeCheck, judgeNextMorning, nrsWord, weeklyTrend } from './rules';

describe('judgeCheck', () => {
  it.each([
    [0, null, 'green', []],
    [1, null, 'green', ['mild']],
    [3, null, 'green', ['mild']],
    [4, null, 'amber', ['moderate']],
    [5, null, 'amber', ['moderate']],
    [6, null, 'red', ['above-five']],
    [10, null, 'red', ['above-five']],
    [3, 1, 'red', ['mild', 'rise-over-baseline']],
    [2, 1, 'green', ['mild']],
    [5, 3, 'red', ['moderate', 'rise-over-baseline']],
    [4, 3, 'amber', ['moderate']],
    [2, 5, 'green', ['mild']],
    [7, 6, 'red', ['above-five']],
  ] as const)('score %i with baseline %s is %s', (score, baseline, light, reasons) => {
    expect(judgeCheck(score, baseline)).toEqual({ light, reasons });
  });
});

describe('judgeNextMorning', () => {
  it.each([
    [2, 2, 'green'],
    [3, 2, 'red'],
    [5, 5, 'amber'],
    [1, null, 'green'],
    [0, 4, 'green'],
  ] as const)('morning %i after a baseline of %s is %s', (score, baseline, light) => {
    expect(judgeNextMorning(score, baseline).light).toBe(light);
  });
  it('names the reason', () => {
    expect(judgeNextMorning(3, 2).reasons).toContain('worse-next-morning');
  });
});

describe('weeklyTrend', () => {
  const DAY = 86_400_000;
  const now = 100 * DAY;
  const days = (scores: number[], weeksAgo: number) => scores.map((score, i) => ({ dayStart: now - weeksAgo * 7 * DAY - i * DAY, score }));
  it.each([
    ['an empty log', [], false, null, null],
    ['a rise of exactly 2', [...days([4, 4, 4], 0), ...days([2, 2, 2], 1)], true, 4, 2],
    ['a rise under 2', [...days([3, 4, 4], 0), ...days([2, 2, 2], 1)], false, 11 / 3, 2],
    ['a fall', [...days([1, 1, 1], 0), ...days([5, 5, 5], 1)], false, 1, 5],
    ['too few days last week', [...days([6, 6, 6], 0), ...days([1, 1], 1)], false, 6, null],
    ['entries older than two weeks do not count', [...days([4, 4, 4], 0), ...days([0, 0, 0], 2.2)], false, 4, null],
  ] as const)('%s', (_name, log, isRising, thisWeek, lastWeek) => {
    expect(weeklyTrend(log, now)).toEqual({ isRising, thisWeek, lastWeek });
  });
});

describe('nrsWord', () => {
  it.each([
    [0, 'none'],
    [3, 'mild'],
    [4, 'moderate'],
    [6, 'moderate'],
    [7, 'severe'],
  ] as const)('%i is %s', (score, word) => expect(nrsWord(score)).toBe(word));
});
