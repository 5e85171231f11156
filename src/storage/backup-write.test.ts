import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTable } from './backup-write';
import { openDb, type KneewiseDb } from './db';
import type { PainCheckRecord } from './records';

const check = (id: string, score: number): PainCheckRecord => ({
  id,
  at: Date.UTC(2025, 5, 1),
  sessionId: null,
  exerciseId: null,
  phase: 'ad-hoc',
  knee: 'left',
  score,
  locations: [],
  note: '',
});

let db: KneewiseDb;
let n = 0;
const fresh = () => (db = openDb(`backup-write-test-${++n}`));
afterEach(async () => {
  await db.delete();
});
const write = (rows: object[], mode: 'merge' | 'replace') =>
  db.transaction('rw', db.painChecks, () => writeTable(db.table('painChecks'), 'id', rows, mode));

describe('writeTable', () => {
  it.each([
    ['replace, same rows', 'replace', [check('a', 1), check('b', 2)], { put: 0, deleted: 0 }, [check('a', 1), check('b', 2)]],
    ['replace, one changed', 'replace', [check('a', 1), check('b', 7)], { put: 1, deleted: 0 }, [check('a', 1), check('b', 7)]],
    ['replace, one gone, one new', 'replace', [check('a', 1), check('c', 3)], { put: 1, deleted: 1 }, [check('a', 1), check('c', 3)]],
    ['replace, empty file', 'replace', [], { put: 0, deleted: 2 }, []],
    ['merge, same rows', 'merge', [check('a', 1), check('b', 2)], { put: 0, deleted: 0 }, [check('a', 1), check('b', 2)]],
    [
      'merge, one changed, one new',
      'merge',
      [check('b', 7), check('c', 3)],
      { put: 2, deleted: 0 },
      [check('a', 1), check('b', 7), check('c', 3)],
    ],
    ['merge, empty file', 'merge', [], { put: 0, deleted: 0 }, [check('a', 1), check('b', 2)]],
  ] as const)('%s', async (_, mode, rows, counts, after) => {
    fresh();
    await db.painChecks.bulkAdd([check('a', 1), check('b', 2)]);
    expect(await write([...rows], mode)).toEqual(counts);
    expect(await db.painChecks.toArray()).toEqual(after);
  });

  it('rewrites a stored row that has a field the file does not: a replace restores the file exactly', async () => {
    fresh();
    await db.painChecks.add({ ...check('a', 1), legacy: true } as PainCheckRecord);
    expect(await write([check('a', 1)], 'replace')).toEqual({ put: 1, deleted: 0 });
    expect(await db.painChecks.get('a')).toStrictEqual(check('a', 1));
  });

  it('writes every row into an empty table', async () => {
    fresh();
    const rows = Array.from({ length: 120 }, (_, i) => check(`k${String(i).padStart(3, '0')}`, i % 11));
    expect(await write(rows, 'replace')).toEqual({ put: 120, deleted: 0 });
    expect(await db.painChecks.toArray()).toEqual(rows);
  });

  it.each(['merge', 'replace'] as const)('%s with a repeated key aborts the transaction and changes nothing', async (mode) => {
    fresh();
    await db.painChecks.add(check('a', 1));
    await expect(write([check('b', 2), check('b', 3)], mode)).rejects.toThrow('painChecks has two rows with the key "b"');
    expect(await db.painChecks.toArray()).toEqual([check('a', 1)]);
  });
});
