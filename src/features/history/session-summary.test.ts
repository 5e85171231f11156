import { describe, expect, it } from 'vitest';
import type { Plan } from '@/domain/session/plan-types';
import { makeSession } from '../../../tests/fixtures/make-history';
import { exerciseOutcomes, groupByDay, summariseSession } from './session-summary';

const plan: Pick<Plan, 'steps'> = {
  steps: [
    { type: 'painCheck', phase: 'before', exerciseId: null, exerciseName: null, kind: null, estimateMs: 1 },
    { type: 'prepare', exerciseId: 'a', exerciseName: 'A', kind: 'stretch', durationMs: 1 },
    { type: 'work', mode: 'hold', side: 'left', set: 1, sets: 1, durationMs: 1, exerciseId: 'a', exerciseName: 'A', kind: 'stretch' },
    { type: 'work', mode: 'hold', side: 'right', set: 1, sets: 1, durationMs: 1, exerciseId: 'a', exerciseName: 'A', kind: 'stretch' },
    {
      type: 'reps',
      side: 'both',
      set: 1,
      sets: 1,
      reps: 8,
      tempo: '',
      estimateMs: 1,
      exerciseId: 'b',
      exerciseName: 'B',
      kind: 'strengthen',
    },
  ],
};

describe('exerciseOutcomes', () => {
  it.each([
    ['all done', ['done', 'done', 'done', 'done', 'done'], ['done', 'done']],
    ['one side skipped', ['done', 'done', 'done', 'skipped', 'done'], ['partly-done', 'done']],
    ['skipped, then never reached', ['done', 'done', 'skipped', 'skipped', null], ['skipped', 'not-reached']],
  ] as const)('%s', (_name, outcomes, statuses) => {
    expect(exerciseOutcomes(plan, outcomes).map((e) => e.status)).toEqual(statuses);
  });
});

describe('summariseSession', () => {
  it('counts exercises done and skipped, and reads "ended early" from the record', () => {
    const s = summariseSession(makeSession({ id: 's', startedAt: 1_000, endAtStep: 12 }));
    expect(s).toMatchObject({ exercisesDone: 2, exercisesSkipped: 0, isEndedEarly: true, isInProgress: false });
  });

  it('replays the event log for a session left open (no stored outcomes)', () => {
    const done = makeSession({ id: 's', startedAt: 1_000 });
    const open = { ...done, status: 'active' as const, outcomes: null, endedAt: null };
    expect(summariseSession(open)).toMatchObject({ exercisesDone: 4, isInProgress: true, endedAt: done.lastSeenAt });
  });
});

describe('groupByDay', () => {
  const DAY = 86_400_000;
  const at = (startedAt: number) => summariseSession(makeSession({ id: `s${startedAt}`, startedAt }));
  it('groups newest day first, newest first within a day', () => {
    const groups = groupByDay([at(DAY + 5), at(3 * DAY), at(DAY + 9_000_000)], (t) => Math.floor(t / DAY) * DAY);
    expect(groups.map((g) => [g.dayStart, g.sessions.map((s) => s.startedAt)])).toEqual([
      [3 * DAY, [3 * DAY]],
      [DAY, [DAY + 9_000_000, DAY + 5]],
    ]);
  });
});
