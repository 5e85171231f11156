import { describe, expect, it } from 'vitest';
import { groupByYear } from './by-year';

const yearOf = (s: string) => Number(s.slice(0, 4));

describe('groupByYear', () => {
  it.each<[string, string[], { year: number; rows: string[] }[]]>([
    ['nothing', [], []],
    ['one year', ['2026-03-09', '2026-03-02'], [{ year: 2026, rows: ['2026-03-09', '2026-03-02'] }]],
    [
      'newest first stays newest first',
      ['2026-01-05', '2025-12-29', '2024-06-03'],
      [
        { year: 2026, rows: ['2026-01-05'] },
        { year: 2025, rows: ['2025-12-29'] },
        { year: 2024, rows: ['2024-06-03'] },
      ],
    ],
    [
      'oldest first stays oldest first',
      ['2024-06-03', '2025-12-29', '2026-01-05'],
      [
        { year: 2024, rows: ['2024-06-03'] },
        { year: 2025, rows: ['2025-12-29'] },
        { year: 2026, rows: ['2026-01-05'] },
      ],
    ],
    [
      'a year seen again joins its group',
      ['2025-02-01', '2026-01-01', '2025-03-01'],
      [
        { year: 2025, rows: ['2025-02-01', '2025-03-01'] },
        { year: 2026, rows: ['2026-01-01'] },
      ],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(groupByYear(rows, yearOf)).toEqual(expected);
  });
});
