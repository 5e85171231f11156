import { describe, expect, it } from 'vitest';
import { changeBetween, describeChange, psfsScore, scoreTrend, type WeekRatings } from './psfs';

const r = (...scores: number[]) => scores.map((score, i) => ({ activityId: `a${i}`, score }));
const week = (weekOf: string, at: number, ...scores: number[]): WeekRatings => ({ weekOf, at, ratings: r(...scores) });

describe('psfsScore', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[4, 6, 8], 6],
    [[0, 0, 1], 1 / 3],
    [[10, 10, 10, 10, 10], 10],
  ])('%j → %s', (scores, expected) => {
    const score = psfsScore(r(...scores));
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 10);
  });
});

describe('changeBetween', () => {
  it.each([
    [4, 6, 'better'],
    [4, 5.9, 'within-error'],
    [4, 4, 'within-error'],
    [6, 4, 'worse'],
    [6, 4.1, 'within-error'],
    [3, 8, 'better'],
    [3 + 2 / 3, 5 + 2 / 3, 'better'],
  ] as const)('%s → %s is %s', (first, latest, expected) => {
    expect(changeBetween(first, latest)).toBe(expected);
  });
});

describe('scoreTrend', () => {
  it('keeps one point per week, the latest rating of it, oldest first', () => {
    const trend = scoreTrend([week('2026-01-12', 30, 6, 6), week('2026-01-05', 10, 2, 4), week('2026-01-05', 20, 4, 4)]);
    expect(trend).toEqual([
      { weekOf: '2026-01-05', score: 4, count: 2 },
      { weekOf: '2026-01-12', score: 6, count: 2 },
    ]);
  });

  it('leaves out a week with no ratings', () => {
    expect(scoreTrend([week('2026-01-05', 1)])).toEqual([]);
  });
});

describe('describeChange', () => {
  it.each([
    [[], null],
    [[4], null],
    [[4, 6], /^Up 2\.0 points .*real improvement/],
    [[4, 5], /^Up 1\.0 points .*no clear change/],
    [[6, 3], /^Down 3\.0 points .*physiotherapist/],
    [[5, 5], /^The same since your first week/],
  ])('%j', (scores, expected) => {
    const trend = scores.map((score, i) => ({ weekOf: `2026-01-0${i + 1}`, score, count: 1 }));
    const text = describeChange(trend);
    if (expected === null) expect(text).toBeNull();
    else expect(text).toMatch(expected);
  });
});
