import { describe, expect, it } from 'vitest';
import type { SessionEvent } from './events';
import { numberLegacyEvents } from './legacy-events';
import type { Plan, PlanStep } from './plan-types';
import { sessionCount, type CountableSession } from './session-counts';

const base = { exerciseId: 'x', exerciseName: 'X', kind: 'stretch' as const };
const check: PlanStep = { type: 'painCheck', phase: 'before', exerciseId: null, exerciseName: null, kind: null, estimateMs: 1 };
const prepare: PlanStep = { ...base, type: 'prepare', durationMs: 60_000 };
const work: PlanStep = { ...base, type: 'work', mode: 'hold', side: 'both', set: 1, sets: 1, durationMs: 60_000 };
const reps: PlanStep = { ...base, type: 'reps', side: 'both', set: 1, sets: 1, reps: 8, tempo: '', estimateMs: 1 };
const plan: Plan = { routineId: 'r', routineName: 'R', steps: [check, prepare, work, reps] };
type O = 'done' | 'skipped' | null;

const session = (outcomes: O[] | null, events: SessionEvent['type'][], extra: Partial<CountableSession> = {}): CountableSession => ({
  status: 'finished',
  endedAt: 100,
  lastSeenAt: 100,
  plan,
  events: numberLegacyEvents(
    plan,
    events.map((type, i) => ({ type, at: i })),
  ),
  outcomes,
  ...extra,
});

describe('sessionCount', () => {
  it.each<[string, CountableSession, { isEndedEarly: boolean; exerciseStepsDone: number; countsTowardTarget: boolean }]>([
    [
      'all done',
      session(['done', 'done', 'done', 'done'], ['start']),
      { isEndedEarly: false, exerciseStepsDone: 2, countsTowardTarget: true },
    ],
    [
      'ended early after the first exercise',
      session(['done', 'done', 'done', null], ['start', 'end'], { isEndedEarly: true }),
      { isEndedEarly: true, exerciseStepsDone: 1, countsTowardTarget: true },
    ],
    [
      'aborted: only the pain check and "get ready" done',
      session(['done', 'done', null, null], ['start', 'end'], { isEndedEarly: true }),
      { isEndedEarly: true, exerciseStepsDone: 0, countsTowardTarget: false },
    ],
    [
      'every exercise skipped',
      session(['done', 'done', 'skipped', 'skipped'], ['start']),
      { isEndedEarly: false, exerciseStepsDone: 0, countsTowardTarget: false },
    ],
    [
      'ended early, the stored flag missing: the log says so',
      session(['done', null, null, null], ['start', 'end']),
      { isEndedEarly: true, exerciseStepsDone: 0, countsTowardTarget: false },
    ],
    [
      'still running',
      session(null, ['start'], { status: 'active', endedAt: null }),
      { isEndedEarly: false, exerciseStepsDone: 0, countsTowardTarget: false },
    ],
    [
      'finished without stored outcomes: replays the log',
      session(null, ['start', 'complete', 'skip', 'skip', 'complete']),
      { isEndedEarly: false, exerciseStepsDone: 1, countsTowardTarget: true },
    ],
  ])('%s', (_name, s, expected) => {
    expect(sessionCount(s)).toEqual(expected);
  });
});
