import { describe, expect, it } from 'vitest';
import { formatDosage, formatMinutes, formatSeconds } from './format';

const common = { label: 'l', frequency: 'daily', restSeconds: 0 };
describe('format', () => {
  it.each([
    [20, '20 s'],
    [60, '1 min'],
    [150, '2 min 30 s'],
  ])('formatSeconds(%i) = %s', (s, text) => expect(formatSeconds(s)).toBe(text));
  it('rounds minutes and never says 0', () => {
    expect(formatMinutes(20_000)).toBe('1 min');
    expect(formatMinutes(629_000)).toBe('10 min');
  });
  it('says reps, holds and timed blocks the way a coach would', () => {
    expect(formatDosage({ mode: 'reps', sets: 3, reps: 8, repsMax: 12, tempo: 'slow', secondsPerRep: 4, ...common }, 'each')).toBe(
      '3 × 8–12 reps each side',
    );
    expect(formatDosage({ mode: 'hold', seconds: 30, sets: 2, ...common }, 'both')).toBe('2 × 30 s hold');
    expect(formatDosage({ mode: 'timed', seconds: 150, sets: 1, ...common }, 'each')).toBe('2 min 30 s each side');
  });
});
