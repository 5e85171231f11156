import { describe, expect, it } from 'vitest';
import type { Plan } from '@/domain/session/plan-types';
import {
  dailyPain,
  describeChange,
  kneeImpact,
  meaningfulBand,
  verdictFor,
  weekAdherence,
  weeklyPain,
  weeklyTrendByKnee,
  type AdherenceSession,
} from './trends';
import type { Knee, PainCheck, PainPhase } from './types';

const DAY = 86_400_000;
// Days in these tests start at multiples of DAY; the real caller passes local midnight.
const dayStartOf = (t: number) => Math.floor(t / DAY) * DAY;

let n = 0;
const pc = (
  at: number,
  knee: Knee,
  score: number,
  phase: PainPhase = 'ad-hoc',
  sessionId: string | null = null,
  exerciseId: string | null = null,
): PainCheck => ({
  id: `c${++n}`,
  at,
  sessionId,
  exerciseId,
  phase,
  knee,
  score,
  locations: [],
  note: '',
});

describe('dailyPain', () => {
  it.each([
    ['an empty log', [], 'left', []],
    ['one check', [pc(DAY + 5, 'left', 3)], 'left', [{ dayStart: DAY, worst: 3, mean: 3, count: 1 }]],
    [
      'worst and mean per day, oldest first, days without checks omitted',
      [pc(3 * DAY + 1, 'left', 2), pc(DAY + 1, 'left', 1), pc(DAY + 2, 'left', 5), pc(3 * DAY + 9, 'left', 4)],
      'left',
      [
        { dayStart: DAY, worst: 5, mean: 3, count: 2 },
        { dayStart: 3 * DAY, worst: 4, mean: 3, count: 2 },
      ],
    ],
    ['only the asked knee', [pc(DAY, 'left', 9), pc(DAY, 'right', 1)], 'right', [{ dayStart: DAY, worst: 1, mean: 1, count: 1 }]],
    [
      'a check at the last millisecond stays in its day',
      [pc(2 * DAY - 1, 'left', 6), pc(2 * DAY, 'left', 0)],
      'left',
      [
        { dayStart: DAY, worst: 6, mean: 6, count: 1 },
        { dayStart: 2 * DAY, worst: 0, mean: 0, count: 1 },
      ],
    ],
  ] as const)('%s', (_name, checks, knee, expected) => {
    expect(dailyPain(checks, knee, dayStartOf)).toEqual(expected);
  });

  it('uses the caller’s day boundaries (e.g. local midnight), not UTC days', () => {
    const shiftedDay = (t: number) => Math.floor((t - 2 * 3_600_000) / DAY) * DAY + 2 * 3_600_000;
    expect(dailyPain([pc(DAY + 3_600_000, 'left', 4)], 'left', shiftedDay)[0]?.dayStart).toBe(2 * 3_600_000);
  });
});

describe('weeklyPain', () => {
  const daily = [
    { dayStart: 0, worst: 4, mean: 2, count: 2 },
    { dayStart: DAY, worst: 6, mean: 4, count: 3 },
    { dayStart: 8 * DAY, worst: 1, mean: 1, count: 1 },
  ];
  it.each([
    ['a week with days', { start: 0, end: 7 * DAY }, { worst: 6, mean: 3, days: 2 }],
    ['a week without days', { start: 14 * DAY, end: 21 * DAY }, { worst: null, mean: null, days: 0 }],
    ['end is exclusive', { start: 0, end: DAY }, { worst: 4, mean: 2, days: 1 }],
    ['start is inclusive', { start: 8 * DAY, end: 15 * DAY }, { worst: 1, mean: 1, days: 1 }],
  ] as const)('%s', (_name, week, expected) => {
    expect(weeklyPain(daily, [week])).toEqual([{ ...week, ...expected }]);
  });
});

describe('meaningfulBand (± 2 points, Farrar 2001)', () => {
  it.each([
    [3, 1, 5],
    [1, 0, 3],
    [9.5, 7.5, 10],
    [0, 0, 2],
  ])('around %d is %d–%d', (baseline, low, high) => {
    expect(meaningfulBand(baseline)).toEqual({ low, high });
  });
});

describe('describeChange', () => {
  it.each([
    [2, 'meaningful-rise'],
    [1.99, 'noticeable-rise'],
    [1, 'noticeable-rise'],
    [0.99, 'about-the-same'],
    [0, 'about-the-same'],
    [-0.99, 'about-the-same'],
    [-1, 'noticeable-fall'],
    [-2, 'meaningful-fall'],
  ] as const)('%d is %s', (change, word) => expect(describeChange(change)).toBe(word));
});

describe('kneeImpact', () => {
  const plan = (steps: [string, string][]): Pick<Plan, 'steps'> => ({
    steps: steps.map(([exerciseId, exerciseName]) => ({ type: 'prepare', exerciseId, exerciseName, kind: 'stretch', durationMs: 1 })),
  });
  const sessions = [
    {
      startedAt: 100,
      plan: plan([
        ['fly', 'Butterfly (old name)'],
        ['roll', 'Ball roll'],
      ]),
    },
    { startedAt: 200, plan: plan([['fly', 'Butterfly stretch']]) },
  ];

  it.each<[string, PainCheck[], ReturnType<typeof kneeImpact>]>([
    ['an empty log', [], []],
    [
      'change against the same session’s baseline for the same knee',
      [
        pc(1, 'left', 1, 'before', 's1'),
        pc(1, 'right', 4, 'before', 's1'),
        pc(2, 'left', 3, 'after-exercise', 's1', 'fly'),
        pc(2, 'right', 4, 'after-exercise', 's1', 'fly'),
      ],
      // 1 → 3 is a meaningful rise that stays mild: amber, not red (DESIGN §6).
      [{ exerciseId: 'fly', exerciseName: 'Butterfly stretch', checkCount: 2, comparedCount: 2, meanChange: 1, redCount: 0 }],
    ],
    [
      'no baseline: counted, not compared; red only above 5',
      [pc(2, 'left', 6, 'after-exercise', 's1', 'roll'), pc(2, 'left', 5, 'after-exercise', null, 'roll')],
      [{ exerciseId: 'roll', exerciseName: 'Ball roll', checkCount: 2, comparedCount: 0, meanChange: null, redCount: 1 }],
    ],
    [
      'another session’s baseline does not count',
      [pc(1, 'left', 0, 'before', 's2'), pc(2, 'left', 3, 'after-exercise', 's1', 'fly')],
      [{ exerciseId: 'fly', exerciseName: 'Butterfly stretch', checkCount: 1, comparedCount: 0, meanChange: null, redCount: 0 }],
    ],
    [
      'the first before-check is the baseline',
      [pc(5, 'left', 3, 'before', 's1'), pc(1, 'left', 2, 'before', 's1'), pc(9, 'left', 4, 'after-exercise', 's1', 'fly')],
      [{ exerciseId: 'fly', exerciseName: 'Butterfly stretch', checkCount: 1, comparedCount: 1, meanChange: 2, redCount: 1 }],
    ],
    [
      'sorted by worst average change, uncompared last; unknown names fall back to the id',
      [
        pc(1, 'left', 2, 'before', 's1'),
        pc(2, 'left', 1, 'after-exercise', 's1', 'roll'),
        pc(3, 'left', 4, 'after-exercise', 's1', 'fly'),
        pc(4, 'left', 2, 'after-exercise', null, 'mystery'),
        pc(5, 'left', 2, 'after-session', 's1'),
      ],
      [
        { exerciseId: 'fly', exerciseName: 'Butterfly stretch', checkCount: 1, comparedCount: 1, meanChange: 2, redCount: 1 },
        { exerciseId: 'roll', exerciseName: 'Ball roll', checkCount: 1, comparedCount: 1, meanChange: -1, redCount: 0 },
        { exerciseId: 'mystery', exerciseName: 'mystery', checkCount: 1, comparedCount: 0, meanChange: null, redCount: 0 },
      ],
    ],
  ])('%s', (_name, checks, expected) => {
    expect(kneeImpact(checks, sessions)).toEqual(expected);
  });
});

describe('weekAdherence', () => {
  const WEEK = 7 * DAY;
  const workStep = {
    type: 'work',
    mode: 'hold',
    side: 'both',
    set: 1,
    sets: 1,
    durationMs: 1,
    exerciseId: 'x',
    exerciseName: 'X',
    kind: 'stretch',
  } as const;
  const done = (
    endedAt: number | null,
    status: 'active' | 'finished' = 'finished',
    outcomes: ('done' | 'skipped' | null)[] | null = ['done'],
    isEndedEarly = false,
  ): AdherenceSession => ({
    status,
    endedAt,
    lastSeenAt: endedAt ?? 0,
    outcomes,
    plan: { routineId: 'r', routineName: 'R', steps: (outcomes ?? ['done']).map(() => workStep) },
    events: [],
    isEndedEarly,
  });

  it.each([
    ['no sessions', [], 5, { finished: 0, target: 5, ratio: 0, isTargetMet: false, endedEarly: 0, notCounted: 0 }],
    [
      'three of five',
      [done(WEEK), done(WEEK + DAY), done(2 * WEEK - 1)],
      5,
      { finished: 3, target: 5, ratio: 0.6, isTargetMet: false, endedEarly: 0, notCounted: 0 },
    ],
    [
      'week bounds: start in, end out',
      [done(WEEK - 1), done(WEEK), done(2 * WEEK)],
      1,
      { finished: 1, target: 1, ratio: 1, isTargetMet: true, endedEarly: 0, notCounted: 0 },
    ],
    [
      'more than the target is not capped',
      [done(WEEK), done(WEEK + 1), done(WEEK + 2)],
      2,
      { finished: 3, target: 2, ratio: 1.5, isTargetMet: true, endedEarly: 0, notCounted: 0 },
    ],
    [
      'an active session does not count',
      [done(null, 'active', null)],
      3,
      { finished: 0, target: 3, ratio: 0, isTargetMet: false, endedEarly: 0, notCounted: 0 },
    ],
    [
      'ended early with a step done counts',
      [done(WEEK + 1, 'finished', ['done', null, null], true)],
      1,
      { finished: 1, target: 1, ratio: 1, isTargetMet: true, endedEarly: 1, notCounted: 0 },
    ],
    [
      'nothing done does not count',
      [done(WEEK + 1, 'finished', ['skipped', null]), done(WEEK + 2, 'finished', [null, null], true)],
      1,
      { finished: 0, target: 1, ratio: 0, isTargetMet: false, endedEarly: 1, notCounted: 2 },
    ],
    ['a zero target', [done(WEEK)], 0, { finished: 1, target: 0, ratio: 0, isTargetMet: true, endedEarly: 0, notCounted: 0 }],
  ] as const)('%s', (_name, sessions, target, expected) => {
    // The test week has no clock change: it is exactly 7 × 24 h (the callers pass the local week's end).
    expect(weekAdherence(sessions, WEEK, target, WEEK + 7 * 86_400_000)).toEqual(expected);
  });

  it('takes an explicit week end for a week that is not 7 × 24 h (daylight saving)', () => {
    const end = WEEK + WEEK - 3_600_000;
    expect(weekAdherence([done(end - 1), done(end)], WEEK, 5, end).finished).toBe(1);
  });
});

describe('weeklyTrendByKnee', () => {
  const now = 100 * DAY + 3_600_000;
  const worst = (knee: 'left' | 'right', daysAgo: number, score: number, extra = 0) =>
    pc(now - daysAgo * DAY - extra, knee, score, 'ad-hoc', null);
  it.each<[string, PainCheck[], { knee: string; isRising: boolean }[]]>([
    ['no checks', [], []],
    [
      'left up 2 week on week (daily worst), right steady',
      [
        ...[0, 1, 2].flatMap((d) => [worst('left', d, 4), worst('left', d, 1, 60_000)]),
        ...[7, 8, 9].map((d) => worst('left', d, 2)),
        ...[0, 1, 2, 7, 8, 9].map((d) => worst('right', d, 3)),
      ],
      [
        { knee: 'left', isRising: true },
        { knee: 'right', isRising: false },
      ],
    ],
    ['too few days to call it', [worst('right', 0, 8), worst('right', 7, 0)], [{ knee: 'right', isRising: false }]],
  ])('%s', (_name, checks, expected) => {
    expect(weeklyTrendByKnee(checks, now, dayStartOf).map(({ knee, isRising }) => ({ knee, isRising }))).toEqual(expected);
  });
});

describe('verdictFor', () => {
  const before = pc(1, 'left', 1, 'before', 's1');
  const session = [before, pc(1, 'right', 3, 'before', 's1')];
  it.each<[string, PainCheck, PainCheck[], 'green' | 'amber' | 'red']>([
    ['before: the score alone', pc(1, 'left', 4, 'before', 's1'), session, 'amber'],
    [
      'after an exercise: 2 over the same knee’s baseline, still mild, is amber',
      pc(2, 'left', 3, 'after-exercise', 's1', 'fly'),
      session,
      'amber',
    ],
    [
      'after an exercise: 2+ over the baseline into the moderate band is red',
      pc(2, 'left', 4, 'after-exercise', 's1', 'fly'),
      session,
      'red',
    ],
    ['the other knee’s baseline does not count', pc(2, 'right', 3, 'after-exercise', 's1', 'fly'), session, 'green'],
    ['after the session, no baseline: the score alone', pc(2, 'left', 3, 'after-session', 's2'), session, 'green'],
    ['next morning worse than before the session is red', pc(9, 'left', 2, 'next-morning', 's1'), session, 'red'],
    ['ad hoc: the score alone', pc(9, 'left', 6, 'ad-hoc'), session, 'red'],
  ])('%s', (_name, check, checks, light) => {
    expect(verdictFor(check, checks).light).toBe(light);
  });
});
