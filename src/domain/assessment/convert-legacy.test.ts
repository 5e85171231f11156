import { describe, expect, it } from 'vitest';
import { convertLegacyAssessment, isLegacyAssessment, type LegacyAssessment } from './convert-legacy';

const row = (over: Partial<LegacyAssessment>): LegacyAssessment => ({
  id: 'a1',
  at: 1000,
  exerciseId: 'lying-leg-turn',
  left: 30,
  right: 20,
  finding: '',
  note: '',
  ...over,
});

describe('convertLegacyAssessment', () => {
  it.each([
    [
      'a leg turn in',
      row({}),
      { kind: 'leg-turn', result: { direction: 'in', left: { degrees: 30, method: 'picker' }, right: { degrees: 20, method: 'picker' } } },
    ],
    [
      'a turn out, one side missing',
      row({ exerciseId: 'lying-turn-out-check', right: null }),
      { kind: 'leg-turn', result: { direction: 'out', left: { degrees: 30, method: 'picker' }, right: null } },
    ],
    ['a negative, fractional angle', row({ left: -12.6 }), { result: { left: { degrees: 13, method: 'picker' } } }],
    [
      'stance seconds',
      row({ exerciseId: 'single-leg-stance-check', left: 30, right: 12 }),
      { kind: 'single-leg-stance', result: { left: { seconds: 30, hipDrop: null }, right: { seconds: 12, hipDrop: null } } },
    ],
    [
      'a knees check',
      row({ exerciseId: 'squat-check', finding: 'knees in' }),
      { kind: 'knees-cave', result: { cave: null, felt: [] }, note: 'knees in' },
    ],
    [
      'an unknown exercise',
      row({ exerciseId: 'other', left: null, right: null }),
      { kind: 'leg-turn', result: { direction: 'in', left: null, right: null } },
    ],
    ['finding and note joined', row({ finding: ' left tight ', note: 'cold day' }), { note: 'left tight — cold day' }],
  ])('%s', (_, input, expected) => {
    expect(convertLegacyAssessment(input)).toMatchObject({ id: 'a1', at: 1000, sessionId: null, ...expected });
  });

  it('tells old rows from new ones', () => {
    expect(isLegacyAssessment(row({}))).toBe(true);
    expect(isLegacyAssessment(convertLegacyAssessment(row({})))).toBe(false);
  });
});
