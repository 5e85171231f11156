// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  PBKDF2_ITERATIONS,
  readEncryptedBackup,
  WrongPasswordError,
} from './backup-crypto';

// The real count is slow by design; these tests use the floor the reader accepts.
const FAST = 100_000;
const JSON_TEXT = JSON.stringify({ app: 'kneewise', format: 3, data: { note: 'knee ✓ — 3/10' } });

const flip = (base64: string, at: number) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[at] = (bytes[at] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
};

describe('encrypted backups', () => {
  it('the default strength is at least 600,000 PBKDF2 iterations', () => expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000));

  it('round-trips the backup text exactly, with a fresh salt and iv per file', async () => {
    const a = await encryptBackup(JSON_TEXT, 'correct horse', FAST);
    const b = await encryptBackup(JSON_TEXT, 'correct horse', FAST);
    expect(isEncryptedBackup(JSON.parse(JSON.stringify(a)))).toBe(true);
    expect(a.encrypted.salt).not.toBe(b.encrypted.salt);
    expect(a.encrypted.iv).not.toBe(b.encrypted.iv);
    expect(a.encrypted.ciphertext).not.toContain('knee');
    expect(await decryptBackup(a, 'correct horse')).toBe(JSON_TEXT);
  });

  it('round-trips a backup of several megabytes (three years of data) without overflowing the stack', async () => {
    const big = JSON.stringify({
      app: 'kneewise',
      format: 3,
      rows: Array.from({ length: 60_000 }, (_, i) => ({ id: `r${i}`, note: 'ü' })),
    });
    expect(big.length).toBeGreaterThan(1_500_000);
    const file = await encryptBackup(big, 'pass phrase', FAST);
    expect(await decryptBackup(file, 'pass phrase')).toBe(big);
  });

  it('reads an encrypted file from its text, and leaves a plain or broken one alone', async () => {
    const file = await encryptBackup(JSON_TEXT, 'pass phrase', FAST);
    expect(readEncryptedBackup(JSON.stringify(file))).toEqual(file);
    expect(readEncryptedBackup(JSON.stringify(file, null, 2))).toEqual(file);
    expect(readEncryptedBackup(JSON_TEXT)).toBeNull();
    expect(readEncryptedBackup(JSON.stringify(file).slice(0, 200))).toBeNull();
    expect(readEncryptedBackup('')).toBeNull();
  });

  it.each<[string, (f: Awaited<ReturnType<typeof encryptBackup>>) => Awaited<ReturnType<typeof encryptBackup>>, string]>([
    ['a wrong password', (f) => f, 'Correct horse'],
    [
      'a changed ciphertext byte',
      (f) => ({ ...f, encrypted: { ...f.encrypted, ciphertext: flip(f.encrypted.ciphertext, 3) } }),
      'correct horse',
    ],
    ['a changed iv', (f) => ({ ...f, encrypted: { ...f.encrypted, iv: flip(f.encrypted.iv, 0) } }), 'correct horse'],
    ['a changed salt', (f) => ({ ...f, encrypted: { ...f.encrypted, salt: flip(f.encrypted.salt, 0) } }), 'correct horse'],
    [
      'a changed iteration count',
      (f) => ({ ...f, encrypted: { ...f.encrypted, kdf: { ...f.encrypted.kdf, iterations: FAST + 1 } } }),
      'correct horse',
    ],
    ['text that is not base64', (f) => ({ ...f, encrypted: { ...f.encrypted, ciphertext: '%%%' } }), 'correct horse'],
  ])('%s is refused with WrongPasswordError', async (_name, tamper, password) => {
    const file = tamper(await encryptBackup(JSON_TEXT, 'correct horse', FAST));
    await expect(decryptBackup(file, password)).rejects.toBeInstanceOf(WrongPasswordError);
  });

  it.each([
    [{ app: 'kneewise', format: 3, data: {} }, false],
    [
      {
        app: 'kneewise',
        format: 'encrypted-1',
        encrypted: { salt: 'a', iv: 'b', ciphertext: 'c', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 } },
      },
      false,
    ],
    [null, false],
  ])('isEncryptedBackup(%j) → %s', (value, expected) => expect(isEncryptedBackup(value)).toBe(expected));
});
