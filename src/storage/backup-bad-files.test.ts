import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_BACKUPS } from '../../tests/fixtures/bad-backups/cases';
import { exportBackup, importBackup } from './backup';
import { validateBackup, validateBackupFile } from './backup-validate';
import { openDb, type KneewiseDb } from './db';

/** Any moment after the fixtures were made. */
const NOW = Date.UTC(2026, 0, 1);
const dir = new URL('../../tests/fixtures/bad-backups/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json') || name.endsWith('.txt'));
const goodText = readFileSync(new URL('../../tests/fixtures/good-backup.json', import.meta.url), 'utf8');

describe('bad backup files', () => {
  it('has at least 20 of them, each with its expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.toSorted()).toEqual(Object.keys(BAD_BACKUPS).toSorted());
  });

  it.each(files)('refuses %s with a reason that names the place', (name) => {
    const result = validateBackup(readFileSync(new URL(name, dir), 'utf8'), NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(BAD_BACKUPS[name]?.reason ?? /no expectation/);
  });
});

describe('importing a bad file', () => {
  let db: KneewiseDb;
  let before: unknown;
  beforeAll(async () => {
    db = openDb('bad-files-import');
    const good = validateBackup(goodText, NOW);
    if (!good.ok) throw new Error(good.reason);
    await importBackup(db, good.backup, 'replace');
    before = (await exportBackup(db, 0)).data;
  });
  afterAll(async () => {
    await db.delete();
  });

  // The same path as the Data page: validate the file, and write only what passed.
  it.each(files.flatMap((name) => [[name, 'merge'] as const, [name, 'replace'] as const]))(
    'leaves the database unchanged for %s (%s)',
    async (name, mode) => {
      const file = new Blob([readFileSync(new URL(name, dir))]);
      const result = await validateBackupFile(file, NOW);
      if (result.ok) await importBackup(db, result.backup, mode);
      expect(result.ok).toBe(false);
      expect((await exportBackup(db, 0)).data).toEqual(before);
    },
  );
});
