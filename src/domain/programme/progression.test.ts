import { describe, expect, it } from 'vitest';
import type { LadderFile } from '@/content/programme-schema';
import type { PainLight } from '@/domain/pain/types';
import type { ExerciseSession } from './exercise-sessions';
import { decide, type Decision } from './progression';

const ladder: LadderFile = {
  id: 'bridge',
  name: 'Bridge',
  base: 'b-2x10',
  levels: [
    { id: 'b-2x8', exercise: 'glute-bridge', sets: 2, reps: 8, label: '2 × 8' },
    { id: 'b-2x10', exercise: 'glute-bridge', sets: 2, reps: 10, label: '2 × 10' },
    { id: 'b-3x12', exercise: 'glute-bridge', sets: 3, reps: 12, label: '3 × 12, slow' },
  ],
};
/** Newest first: g = green, a = amber, r = red, - = no check answered, p = part of the dose, gg = two knees green. */
const sessions = (codes: string[]): ExerciseSession[] =>
  codes.map((code, i) => ({
    sessionId: `s${i}`,
    at: 1000 - i,
    isFullDose: !code.includes('p'),
    lights: code
      .replace('p', '')
      .split('')
      .flatMap((c): PainLight[] => (c === 'g' ? ['green'] : c === 'a' ? ['amber'] : c === 'r' ? ['red'] : [])),
  }));
const kindAndTo = (d: Decision) => `${d.kind}${'to' in d ? `:${d.to.id}` : ''}`;

describe('decide (the progression rule)', () => {
  it.each<[string, number, string[], string | null, string]>([
    ['no session yet at this level', 1, [], null, 'wait'],
    ['one green session', 1, ['gg'], null, 'wait'],
    ['exactly 2 green sessions: the next level is offered', 1, ['gg', 'gg'], null, 'offer-up:b-3x12'],
    ['2 green sessions, older ones do not matter', 1, ['gg', 'g', 'a'], null, 'offer-up:b-3x12'],
    ['an amber in between holds', 1, ['gg', 'ga', 'gg'], null, 'hold'],
    ['an amber in the latest holds', 1, ['ag', 'gg'], null, 'hold'],
    ['a red in the latest drops one level', 1, ['gr', 'gg'], null, 'drop:b-2x8'],
    ['a red at the bottom holds (the swap choices act)', 0, ['r'], null, 'hold'],
    ['an older red holds but no longer drops: only the latest session drops', 1, ['gg', 'r'], null, 'hold'],
    ['a missing check holds: no answer is not a green', 1, ['gg', '-'], null, 'hold'],
    ['part of the dose holds', 1, ['ggp', 'gg'], null, 'hold'],
    ['the top of the ladder offers nothing more', 2, ['gg', 'gg'], null, 'top'],
    ['a swapped exercise holds, whatever the checks', 1, ['gg', 'gg'], 'Straight-leg raise', 'hold'],
  ])('%s', (_, index, codes, swappedTo, expected) => {
    expect(kindAndTo(decide({ ladder, index, sessions: sessions(codes), swappedTo, exerciseName: 'Glute bridge' }))).toBe(expected);
  });

  it('explains a drop with the level it goes to', () => {
    const d = decide({ ladder, index: 1, sessions: sessions(['r']), swappedTo: null, exerciseName: 'Glute bridge' });
    expect(d.reason).toBe('Your knee check after Glute bridge was red, so one level down: 2 × 8.');
  });
});
