/**
 * Opening a chosen backup file: a plain one is validated at once; an encrypted one waits for its
 * passphrase, and only the decrypted text is validated. Nothing here writes to the database.
 */
import { decryptBackup, readEncryptedBackup, type EncryptedBackup } from './backup-crypto';
import { MAX_BACKUP_BYTES } from './backup-format';
import { validateBackup, validateBackupFile, type BackupValidation } from './backup-validate';

/** Base64 makes the ciphertext 4/3 of the JSON, plus a small head: the same data limit, in its locked size. */
const MAX_ENCRYPTED_BYTES = Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 1024;

export type OpenedBackup = { locked: true; file: EncryptedBackup } | { locked: false; result: BackupValidation };

export async function openBackupFile(file: Blob, now: number): Promise<OpenedBackup> {
  if (file.size > MAX_ENCRYPTED_BYTES) return { locked: false, result: await validateBackupFile(file, now) };
  const text = await file.text();
  const encrypted = readEncryptedBackup(text);
  if (encrypted) return { locked: true, file: encrypted };
  return { locked: false, result: file.size > MAX_BACKUP_BYTES ? await validateBackupFile(file, now) : validateBackup(text, now) };
}

/** Throws WrongPasswordError when the passphrase (or the file) is wrong; otherwise the usual check. */
export async function unlockBackup(file: EncryptedBackup, passphrase: string, now: number): Promise<BackupValidation> {
  return validateBackup(await decryptBackup(file, passphrase), now);
}
