import { describe, expect, it } from 'vitest';
import type { LadderFile } from '@/content/programme-schema';
import { ladderState, type LevelChange } from './level-fold';

const ladder: LadderFile = {
  id: 'bridge',
  name: 'Bridge',
  base: 'b',
  levels: ['a', 'b', 'c', 'd'].map((id) => ({ id, exercise: 'glute-bridge', sets: 3, reps: 8, label: id })),
};
const change = (
  id: string,
  at: number,
  kind: LevelChange['kind'],
  from: string,
  to: string,
  undoes: string | null = null,
): LevelChange => ({
  id,
  at,
  ladderId: 'bridge',
  kind,
  fromLevelId: from,
  toLevelId: to,
  undoes,
});

describe('ladderState (a fold over level-change facts)', () => {
  it.each<[string, LevelChange[], string, number | null]>([
    ['no facts: the base level, counted from the start', [], 'b', null],
    ['a step up', [change('1', 10, 'up', 'b', 'c')], 'c', 10],
    ['up twice, in any stored order', [change('2', 20, 'up', 'c', 'd'), change('1', 10, 'up', 'b', 'c')], 'd', 20],
    ['a drop', [change('1', 10, 'down', 'b', 'a')], 'a', 10],
    [
      'a step up undone: back where it was, the clock moved on',
      [change('1', 10, 'up', 'b', 'c'), change('u', 15, 'undo', 'c', 'b', '1')],
      'b',
      15,
    ],
    ['a drop undone', [change('1', 10, 'down', 'b', 'a'), change('u', 12, 'undo', 'a', 'b', '1')], 'b', 12],
    ['“Not now” keeps the level and waits for new sessions', [change('1', 10, 'declined', 'b', 'c')], 'b', 10],
    ['“Not now” undone brings the offer back', [change('1', 10, 'declined', 'b', 'c'), change('u', 11, 'undo', 'b', 'b', '1')], 'b', null],
    ['an unknown level (content changed) leaves the level before', [change('1', 10, 'up', 'b', 'gone')], 'b', 10],
    ['another ladder’s facts are ignored', [{ ...change('1', 10, 'up', 'b', 'c'), ladderId: 'squat' }], 'b', null],
  ])('%s', (_, changes, level, since) => {
    const state = ladderState(ladder, changes);
    expect([state.level.id, state.since]).toEqual([level, since]);
  });
});
