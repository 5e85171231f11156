import { describe, expect, it } from 'vitest';
import { judgeCheck, judgeNextMorning, judgeWeeklyTrend, nrsWord, weeklyTrend } from './rules';

describe('judgeCheck', () => {
  // DESIGN §6, every boundary: bands 0–3 / 4–5 / above 5, and a rise of 2+ that stays mild vs reaches 4.
  it.each([
    ['nothing', 0, null, 'green', []],
    ['mild, no baseline', 1, null, 'green', ['mild']],
    ['exactly 3, no baseline', 3, null, 'green', ['mild']],
    ['exactly 4, no baseline', 4, null, 'amber', ['moderate']],
    ['exactly 5, no baseline', 5, null, 'amber', ['moderate']],
    ['exactly 6, no baseline', 6, null, 'red', ['above-five']],
    ['10, no baseline', 10, null, 'red', ['above-five']],
    ['a rise of 1 (1 → 2)', 2, 1, 'green', ['mild']],
    ['a rise of exactly 2 from 0 to 2', 2, 0, 'amber', ['mild', 'rise-over-baseline']],
    ['a rise of exactly 2 to 3', 3, 1, 'amber', ['mild', 'rise-over-baseline']],
    ['a rise of exactly 2 to 4', 4, 2, 'red', ['moderate', 'rise-over-baseline']],
    ['a rise of exactly 2 to 5', 5, 3, 'red', ['moderate', 'rise-over-baseline']],
    ['a rise of 3 that stays at 3', 3, 0, 'amber', ['mild', 'rise-over-baseline']],
    ['a rise of 1 to 4: moderate, not rising meaningfully', 4, 3, 'amber', ['moderate']],
    ['a rise of 1 to 5', 5, 4, 'amber', ['moderate']],
    ['a rise of 2 to 6', 6, 4, 'red', ['above-five', 'rise-over-baseline']],
    ['a fall', 2, 5, 'green', ['mild']],
    ['no change at 5', 5, 5, 'amber', ['moderate']],
    ['a rise of 1 above five', 7, 6, 'red', ['above-five']],
  ] as const)('%s: %i with baseline %s is %s', (_name, score, baseline, light, reasons) => {
    expect(judgeCheck(score, baseline)).toEqual({ light, reasons, score, baseline });
  });
});

describe('judgeNextMorning', () => {
  it.each([
    ['same as the baseline', 2, 2, 'green'],
    ['1 worse than the baseline', 3, 2, 'red'],
    ['5 after a baseline of 5', 5, 5, 'amber'],
    ['no baseline, mild', 1, null, 'green'],
    ['no baseline, 6', 6, null, 'red'],
    ['better than the baseline', 0, 4, 'green'],
  ] as const)('%s (%i after %s) is %s', (_name, score, baseline, light) => {
    expect(judgeNextMorning(score, baseline).light).toBe(light);
  });
  it('names the reason', () => {
    expect(judgeNextMorning(3, 2).reasons).toContain('worse-next-morning');
  });
});

describe('judgeWeeklyTrend', () => {
  it.each([
    ['rising by 2', { thisWeek: 4, lastWeek: 2, isRising: true }, 'red'],
    ['not rising', { thisWeek: 3, lastWeek: 2, isRising: false }, null],
    ['no data', { thisWeek: null, lastWeek: null, isRising: false }, null],
  ] as const)('%s', (_name, trend, light) => {
    expect(judgeWeeklyTrend(trend)?.light ?? null).toBe(light);
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
