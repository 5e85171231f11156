import { describe, expect, it } from 'vitest';
import { judgeCheck, judgeNextMorning, judgeWeeklyTrend } from './rules';
import { explainVerdict, verdictAdvice, type VerdictSetting } from './verdict-words';
import type { PainVerdict } from './types';

describe('explainVerdict', () => {
  it.each<[string, PainVerdict, VerdictSetting, string[]]>([
    ['green says nothing', judgeCheck(2, 1), 'exercise', []],
    ['a rise 0 → 2 is noticed', judgeCheck(2, 0), 'exercise', ['up 2 points from 0 at the start — your knee noticed this one']],
    [
      'a rise into the moderate band',
      judgeCheck(4, 1),
      'exercise',
      [
        '4 out of 10 is moderate — allowed during exercise, if it settles by tomorrow morning',
        'up 3 points from 1 at the start into the moderate band — a rise your knee shouldn’t have to take',
      ],
    ],
    ['6 during exercise', judgeCheck(6, null), 'exercise', ['6 out of 10 is more than your knee should take during exercise']],
    ['6 at any other time', judgeCheck(6, null), 'any', ['6 out of 10 is above 5, more than your knee should have to take']],
    [
      'moderate, no baseline',
      judgeCheck(5, null),
      'exercise',
      ['5 out of 10 is moderate — allowed during exercise, if it settles by tomorrow morning'],
    ],
    [
      'worse next morning',
      judgeNextMorning(3, 2),
      'next-morning',
      ['3 this morning, worse than the 2 before yesterday’s session — pain should be back to usual by now'],
    ],
    [
      'a rising week',
      judgeWeeklyTrend({ thisWeek: 4.25, lastWeek: 2, isRising: true }) ?? judgeCheck(0, null),
      'any',
      ['your knee averaged 4.3 this week, up from 2 last week — pain shouldn’t rise week to week'],
    ],
  ])('%s', (_name, verdict, setting, words) => {
    expect(explainVerdict(verdict, setting)).toEqual(words);
  });

  it('gives every amber and red verdict at least one reason, for every score and baseline', () => {
    for (let score = 0; score <= 10; score++) {
      for (const baseline of [null, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
        const verdict = judgeCheck(score, baseline);
        if (verdict.light !== 'green') expect(explainVerdict(verdict, 'exercise').length, `${score} after ${baseline}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('verdictAdvice', () => {
  it.each([
    [judgeCheck(2, 0), 'Carry on, and watch the next check and tomorrow morning.'],
    [judgeCheck(6, 0), 'Choose what to do now below.'],
    [judgeCheck(1, 0), 'Fine to carry on.'],
  ])('%#', (verdict, text) => expect(verdictAdvice(verdict, 'exercise')).toBe(text));
});
