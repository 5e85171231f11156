import { describe, expect, it } from 'vitest';
import type { ProgrammeFile } from '@/content/programme-schema';
import type { LevelChange } from './level-fold';
import { levelHistory, programmeWeekWords } from './level-history';

const p = {
  weeks: 8,
  ladders: [
    {
      id: 'bridge',
      name: 'Bridge',
      levels: [
        { id: 'b1', exercise: 'glute-bridge', label: '2 × 10' },
        { id: 'b2', exercise: 'glute-bridge', label: '3 × 12, slow' },
      ],
    },
  ],
} as unknown as ProgrammeFile;
const names: Record<string, string> = { 'glute-bridge': 'Glute bridge' };
const change = (id: string, at: number, kind: LevelChange['kind'], from: string, to: string, undoes: string | null = null) => ({
  id,
  at,
  ladderId: 'bridge',
  kind,
  fromLevelId: from,
  toLevelId: to,
  undoes,
  reason: `reason ${id}`,
});

describe('levelHistory', () => {
  it('puts every fact in words, oldest first, and marks what was undone', () => {
    const rows = levelHistory(
      p,
      [
        change('d', 4, 'down', 'b2', 'b1'),
        change('u', 2, 'up', 'b1', 'b2'),
        change('x', 3, 'declined', 'b1', 'b1'),
        change('z', 5, 'undo', 'b1', 'b2', 'd'),
      ],
      (id) => names[id] ?? id,
    );
    expect(rows.map((r) => [r.change, r.isUndone])).toEqual([
      ['Up: Glute bridge 2 × 10 → Glute bridge 3 × 12, slow', false],
      ['Offer declined: stayed at Glute bridge 2 × 10', false],
      ['Down: Glute bridge 3 × 12, slow → Glute bridge 2 × 10', true],
      ['Undone: Glute bridge 2 × 10 → Glute bridge 3 × 12, slow', false],
    ]);
    expect(rows[0]?.ladder).toBe('Bridge');
    expect(rows[0]?.reason).toBe('reason u');
  });

  it('shows an unknown level by its id rather than failing', () => {
    expect(levelHistory(p, [change('u', 1, 'up', 'b1', 'gone')], (id) => id)[0]?.change).toBe('Up: glute-bridge 2 × 10 → gone');
  });
});

describe('programmeWeekWords', () => {
  it.each([
    ['2026-03-02', 'Week 1 of 8'],
    ['2026-03-08', 'Week 1 of 8'],
    ['2026-03-09', 'Week 2 of 8'],
    ['2026-04-26', 'Week 8 of 8'],
    ['2026-04-27', 'Week 8 of 8'],
    ['2026-04-28', 'All 8 weeks done'],
    ['2026-03-01', 'Starts 2026-03-02'],
  ])('%s → %s', (today, expected) => {
    expect(programmeWeekWords(p, '2026-03-02', today)).toBe(expected);
  });
});
