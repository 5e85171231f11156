import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteAllData, importBackup } from '@/storage/backup';
import { validateBackup } from '@/storage/backup-validate';
import { getDb } from '@/storage/db';
import { buildExport } from './build-exports';

/** Any moment after the fixture was made. */
const NOW = Date.UTC(2026, 0, 1);
const fixture = readFileSync(join(process.cwd(), 'tests/fixtures/good-backup.json'), 'utf8');

beforeEach(async () => {
  const good = validateBackup(fixture, NOW);
  if (!good.ok) throw new Error(good.reason);
  await importBackup(getDb(), good.backup, 'replace');
});
afterEach(() => deleteAllData(getDb()));

describe('buildExport json', () => {
  it('makes a file that validates, and finds no problem once asked', async () => {
    const built = await buildExport('json', NOW);
    expect(built.summary).toBe('3 sessions, 7 pain checks');
    expect(validateBackup(await built.file.text(), NOW)).toMatchObject({ ok: true });
    expect(built.restoreProblem()).toBeNull();
  });

  // The check runs after the file is handed over; it must still see the rows that are in the file.
  it('still offers a backup the import would refuse, and says why when asked', async () => {
    const [first] = await getDb().painChecks.toArray();
    if (!first) throw new Error('the fixture has pain checks');
    await getDb().painChecks.put({ ...first, score: 11 });
    const built = await buildExport('json', NOW);
    expect(built.file.size).toBeGreaterThan(0);
    expect(built.restoreProblem()).toMatch(/^painChecks\[\d+\]\.score must be a whole number from 0 to 10, but it is 11\.$/);
  });
});
