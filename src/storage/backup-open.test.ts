// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encryptBackup, WrongPasswordError } from './backup-crypto';
import { openBackupFile, unlockBackup } from './backup-open';
import { validateBackup } from './backup-validate';

const NOW = Date.UTC(2026, 0, 1);
// The floor the reader accepts: the real count is slow by design.
const FAST = 100_000;
const fixture = (path: string) => readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url), 'utf8');
const asFile = (text: string) => new Blob([text], { type: 'application/json' });

describe('openBackupFile', () => {
  it('validates a plain backup at once', async () => {
    const opened = await openBackupFile(asFile(fixture('good-backup.json')), NOW);
    expect(opened).toMatchObject({ locked: false, result: { ok: true } });
  });

  it('refuses a plain bad backup with its reason', async () => {
    const opened = await openBackupFile(asFile(fixture('bad-backups/score-11.json')), NOW);
    expect(opened).toMatchObject({ locked: false, result: { ok: false } });
  });

  it('holds an encrypted backup for its passphrase; the right one gives exactly the plain backup', async () => {
    const plain = fixture('good-backup.json');
    const opened = await openBackupFile(asFile(JSON.stringify(await encryptBackup(plain, 'blue kettle', FAST))), NOW);
    if (!opened.locked) throw new Error('not seen as encrypted');
    await expect(unlockBackup(opened.file, 'blue kettle!', NOW)).rejects.toBeInstanceOf(WrongPasswordError);
    expect(await unlockBackup(opened.file, 'blue kettle', NOW)).toEqual(validateBackup(plain, NOW));
  });

  it('an encrypted file whose contents are a bad backup is refused after unlocking, with the reason', async () => {
    const encrypted = await encryptBackup(fixture('bad-backups/score-11.json'), 'blue kettle', FAST);
    const result = await unlockBackup(encrypted, 'blue kettle', NOW);
    expect(result.ok).toBe(false);
  });

  it('a damaged encrypted file is not taken for a locked one; it is refused as a bad file', async () => {
    const text = JSON.stringify(await encryptBackup('{}', 'blue kettle', FAST));
    const opened = await openBackupFile(asFile(text.slice(0, -20)), NOW);
    expect(opened).toMatchObject({ locked: false, result: { ok: false } });
  });
});
