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
/** Paris in winter: times are written as the user's clock showed them, with the offset. */
const PARIS = () => 60;

describe('CSV exports', () => {
  it('writes one row per pain check, oldest first, with readable columns', () => {
    const table = rows(painChecksCsv(data.painChecks, (id) => (id === 'glute-ball' ? 'Tennis ball on the glutes' : id), PARIS));
    expect(table[0]).toEqual(['time', 'knee', 'score', 'phase', 'exercise', 'locations', 'note']);
    expect(table).toHaveLength(8);
    expect(table[1]).toEqual(['2025-03-04T09:00:30+01:00', 'left', '2', 'before', '', 'inner', '']);
    expect(table.find((r) => r[4] === 'Tennis ball on the glutes')).toEqual([
      '2025-03-04T09:06:00+01:00',
      'left',
      '3',
      'after-exercise',
      'Tennis ball on the glutes',
      'inner;front',
      'A little tight; "better" after, ok',
    ]);
  });

  it('takes each row’s own offset (a DST change between two checks)', () => {
    const sorted = [...data.painChecks].sort((a, b) => a.at - b.at);
    const [first, second] = [sorted[0], sorted.at(-1)];
    if (!first || !second) throw new Error('fixture needs two checks');
    const table = rows(painChecksCsv([first, second], undefined, (ms) => (ms === first.at ? 60 : 120)));
    expect(table[1]?.[0]).toMatch(/\+01:00$/);
    expect(table[2]?.[0]).toMatch(/\+02:00$/);
    expect(table.slice(1).map((r) => Date.parse(r[0] ?? ''))).toEqual([first.at, second.at].map((t) => Math.floor(t / 1000) * 1000));
  });

  it('escapes a note that would run as a spreadsheet formula, and keeps line breaks', () => {
    const table = rows(painChecksCsv(data.painChecks));
    expect(table.find((r) => r[2] === '10')?.[6]).toBe("'=SUM(A1:A2) — not a formula");
    expect(table.some((r) => r[6] === 'Stiff on the stairs\nbut fine later')).toBe(true);
  });

  it('writes one row per session with duration, steps done and skipped, ended early', () => {
    const table = rows(sessionsCsv(data.sessions, PARIS));
    expect(table).toEqual([
      ['date', 'routine', 'status', 'duration_min', 'steps_done', 'steps_skipped', 'ended_early'],
      ['2025-03-04T09:00:00+01:00', 'Daily hip release', 'finished', '14', '10', '1', 'no'],
      ['2025-03-05T09:00:00+01:00', 'My evening routine', 'finished', '3', '2', '1', 'yes'],
      ['2025-03-06T09:00:00+01:00', 'Daily hip release', 'active', '', '0', '0', 'no'],
    ]);
  });
});
