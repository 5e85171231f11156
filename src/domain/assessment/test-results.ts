/** Result builders for the domain's table tests. */
import type { AssessmentOf, HipDrop, KneesCave, FeltWhere } from './types';

export const legTurn = (
  left: number | null,
  right: number | null,
  over: Partial<AssessmentOf<'leg-turn'>> = {},
): AssessmentOf<'leg-turn'> => ({
  id: 'turn',
  at: 1000,
  exerciseId: 'lying-leg-turn',
  kind: 'leg-turn',
  sessionId: null,
  note: '',
  result: {
    direction: 'in',
    left: left === null ? null : { degrees: left, method: 'picker' },
    right: right === null ? null : { degrees: right, method: 'picker' },
  },
  ...over,
});

export const stance = (left: HipDrop | null, right: HipDrop | null, seconds = 30): AssessmentOf<'single-leg-stance'> => ({
  id: 'stance',
  at: 2000,
  exerciseId: 'single-leg-stance-check',
  kind: 'single-leg-stance',
  sessionId: null,
  note: '',
  result: { left: { seconds, hipDrop: left }, right: { seconds, hipDrop: right } },
});

export const knees = (exerciseId: string, cave: KneesCave | null, felt: FeltWhere[] = []): AssessmentOf<'knees-cave'> => ({
  id: exerciseId,
  at: 3000,
  exerciseId,
  kind: 'knees-cave',
  sessionId: null,
  note: '',
  result: { cave, felt },
});
