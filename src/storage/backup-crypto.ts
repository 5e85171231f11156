/**
 * Password-protected backups: the JSON backup text, encrypted with AES-GCM under a key derived by
 * PBKDF2-SHA-256 (600,000 iterations, OWASP 2023) from the password and a per-file salt. GCM's tag
 * makes a wrong password and a tampered file the same refusal: nothing decrypts, nothing is written.
 * A forgotten password cannot be recovered — there is no copy of the key anywhere.
 */
export const PBKDF2_ITERATIONS = 600_000;

export interface EncryptedBackup {
  app: 'kneewise';
  format: 'encrypted-1';
  encrypted: { kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number }; salt: string; iv: string; ciphertext: string };
}

export class WrongPasswordError extends Error {
  constructor() {
    super('That passphrase doesn’t open this backup (or the file was changed). Nothing was imported.');
    this.name = 'WrongPasswordError';
  }
}

/** A chunk a spread can pass as arguments: a whole backup (megabytes) in one spread overflows the stack. */
const BASE64_CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + BASE64_CHUNK)));
  return btoa(parts.join(''));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function keyFrom(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number, use: KeyUsage): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    use,
  ]);
}

export async function encryptBackup(json: string, password: string, iterations = PBKDF2_ITERATIONS): Promise<EncryptedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(password, salt, iterations, 'encrypt');
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(json)));
  return {
    app: 'kneewise',
    format: 'encrypted-1',
    encrypted: {
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations },
      salt: toBase64(salt),
      iv: toBase64(iv),
      ciphertext: toBase64(ciphertext),
    },
  };
}

/** Whether a parsed file is an encrypted backup (import then asks for the password). */
export function isEncryptedBackup(value: unknown): value is EncryptedBackup {
  type Loose = { app?: unknown; format?: unknown; encrypted?: Record<string, unknown> & { kdf?: Record<string, unknown> } };
  const v = value as Loose | null;
  const e = v?.encrypted;
  const iterations = e?.kdf?.iterations;
  return (
    v?.app === 'kneewise' &&
    v.format === 'encrypted-1' &&
    typeof e?.salt === 'string' &&
    typeof e.iv === 'string' &&
    typeof e.ciphertext === 'string' &&
    e.kdf?.name === 'PBKDF2' &&
    e.kdf.hash === 'SHA-256' &&
    typeof iterations === 'number' &&
    Number.isInteger(iterations) &&
    iterations >= 100_000 &&
    iterations <= 10_000_000
  );
}

/**
 * The file's text, read as an encrypted backup, or null when it is not one. Only the head is
 * sniffed first: a plain backup (megabytes of JSON) is then parsed once, by the validator, not twice.
 */
export function readEncryptedBackup(text: string): EncryptedBackup | null {
  if (!/"format"\s*:\s*"encrypted-1"/.test(text.slice(0, 512))) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isEncryptedBackup(value) ? value : null;
  } catch {
    return null;
  }
}

/** The backup's JSON text; throws WrongPasswordError for a wrong password or a changed file. */
export async function decryptBackup(file: EncryptedBackup, password: string): Promise<string> {
  try {
    const { salt, iv, ciphertext, kdf } = file.encrypted;
    const key = await keyFrom(password, fromBase64(salt), kdf.iterations, 'decrypt');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(ciphertext));
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongPasswordError();
  }
}
