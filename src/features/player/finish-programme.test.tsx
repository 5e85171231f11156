// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '@/domain/session/plan-types';
import { getDb } from '@/storage/db';
import type { LevelChangeRecord } from '@/storage/records';
import { resetScreenAndDb } from '../../../tests/setup/render-at';
import { FinishProgramme } from './finish-programme';

const RUN = 'run-1';
const plan = {
  routineId: 'glute-strength-knee-alignment',
  steps: [
    { type: 'painCheck', phase: 'before', exerciseId: null, exerciseName: null, kind: null, estimateMs: 0 },
    {
      type: 'reps',
      exerciseId: 'glute-bridge',
      exerciseName: 'Glute bridge',
      kind: 'strengthen',
      side: 'both',
      set: 1,
      sets: 3,
      reps: 12,
      tempo: 'slow',
      estimateMs: 60_000,
    },
    {
      type: 'painCheck',
      phase: 'after-exercise',
      exerciseId: 'glute-bridge',
      exerciseName: 'Glute bridge',
      kind: 'strengthen',
      estimateMs: 0,
    },
  ],
} as unknown as Plan;

const taken: LevelChangeRecord = {
  id: 'day3:bridge:up',
  at: 1_000,
  runId: RUN,
  ladderId: 'bridge',
  kind: 'up',
  fromExerciseId: 'glute-bridge',
  toExerciseId: 'glute-bridge',
  fromLevelId: 'bridge-2x10',
  toLevelId: 'bridge-3x12',
  undoes: null,
  reason: '2 sessions in full, every knee check green.',
  sessionId: 'day3',
};

afterEach(async () => {
  vi.restoreAllMocks();
  await resetScreenAndDb();
});

describe('FinishProgramme', () => {
  it('drops one level from the level taken, not from the base level, after a red check', async () => {
    const db = getDb();
    await db.programmeRuns.put({ id: RUN, programmeId: 'steady-knees-8-weeks', startedAt: 0, startDay: '1970-01-01', endedAt: null });
    await db.levelChanges.put(taken);
    const check = { sessionId: 's5', locations: [], note: '', exerciseId: null };
    await db.painChecks.bulkPut([
      { ...check, id: 's5:0:left', at: 2_000, phase: 'before' as const, knee: 'left' as const, score: 0 },
      {
        ...check,
        id: 's5:2:left',
        at: 3_000,
        phase: 'after-exercise' as const,
        exerciseId: 'glute-bridge',
        knee: 'left' as const,
        score: 6,
      },
    ]);
    // A slow read of the level facts: the screen must not judge (and store a drop) before they arrive.
    const where = db.levelChanges.where.bind(db.levelChanges);
    const slowWhere = (index: string) => {
      const clause = where(index);
      const equals = clause.equals.bind(clause);
      return Object.assign(clause, {
        equals: (key: string) => {
          const collection = equals(key);
          const sortBy = collection.sortBy.bind(collection);
          return Object.assign(collection, {
            sortBy: async (by: string) => {
              await new Promise((resolve) => setTimeout(resolve, 100));
              return sortBy(by);
            },
          });
        },
      });
    };
    vi.spyOn(db.levelChanges, 'where').mockImplementation(slowWhere as never);
    render(<FinishProgramme sessionId="s5" plan={plan} outcomes={['done', 'done', 'done']} finishedAt={4_000} />);

    expect(await screen.findByText('Your knee check after Glute bridge was red, so one level down: 2 × 10.')).toBeTruthy();
    await waitFor(async () => expect(await db.levelChanges.get('s5:bridge:down')).toBeDefined());
    const drop = await db.levelChanges.get('s5:bridge:down');
    expect([drop?.fromLevelId, drop?.toLevelId]).toEqual(['bridge-3x12', 'bridge-2x10']);
    expect(await db.levelChanges.count()).toBe(2);
  });
});
