import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { painChecksCsv, sessionsCsv } from './backup-csv';
import { validateBackup } from './backup-validate';

/** Any moment after the fixtures were made. */
const NOW = Date.UTC(2026, 0, 1);
const result = validateBackup(readFileSync(new URL('../../tests/fixtures/good-backup.json', import.meta.url), 'utf8'), NOW);
if (!result.ok) throw new Error(result.reason);
const { data } = result.backup;
const rows = (csv: string) => Papa.parse<string[]>(csv.trim()).data;

describe('CSV exports', () => {
  it('writes one row per pain check, oldest first, with readable columns', () => {
    const table = rows(painChecksCsv(data.painChecks, (id) => (id === 'glute-ball' ? 'Tennis ball on the glutes' : id)));
    expect(table[0]).toEqual(['time', 'knee', 'score', 'phase', 'exercise', 'locations', 'note']);
    expect(table).toHaveLength(8);
    expect(table[1]).toEqual(['2025-03-04T08:00:30.000Z', 'left', '2', 'before', '', 'inner', '']);
    expect(table.find((r) => r[4] === 'Tennis ball on the glutes')).toEqual([
      '2025-03-04T08:06:00.000Z',
      'left',
      '3',
      'after-exercise',
      'Tennis ball on the glutes',
      'inner;front',
      'A little tight; "better" after, ok',
    ]);
  });

  it('escapes a note that would run as a spreadsheet formula, and keeps line breaks', () => {
    const table = rows(painChecksCsv(data.painChecks));
    expect(table.find((r) => r[2] === '10')?.[6]).toBe("'=SUM(A1:A2) — not a formula");
    expect(table.some((r) => r[6] === 'Stiff on the stairs\nbut fine later')).toBe(true);
  });

  it('writes one row per session with duration, steps done and skipped, ended early', () => {
    const table = rows(sessionsCsv(data.sessions));
    expect(table).toEqual([
      ['date', 'routine', 'status', 'duration_min', 'steps_done', 'steps_skipped', 'ended_early'],
      ['2025-03-04T08:00:00.000Z', 'Daily hip release', 'finished', '14', '10', '1', 'no'],
      ['2025-03-05T08:00:00.000Z', 'My evening routine', 'finished', '3', '2', '1', 'yes'],
      ['2025-03-06T08:00:00.000Z', 'Daily hip release', 'active', '', '0', '0', 'no'],
    ]);
  });
});
