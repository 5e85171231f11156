/**
 * Validates an untrusted backup before anything is written. Hand-written guards rather than zod:
 * zod is build-time only and must not ship to the browser. Every refusal is a sentence naming the
 * place that failed; a success is a fresh copy of the known fields, never the parsed objects.
 */
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_TABLES,
  MAX_BACKUP_BYTES,
  MAX_ROWS,
  TABLE_KEYS,
  keysOf,
  type BackupData,
  type BackupFile,
  type ValidBackup,
} from './backup-format';
import { assertUniqueKeys, BackupProblem, describe, list, object, refuse, timestamp } from './backup-guards';
import { assertSafeTree, parseBackupText, shortKey } from './backup-json';
import { assessment, exercisePref, painCheck, routine, setting } from './backup-record-readers';
import { session } from './backup-session-reader';

export type BackupValidation = { ok: true; backup: ValidBackup } | { ok: false; reason: string };

// Rounded up, so a file a byte over the limit does not read as exactly the limit.
const megabytes = (n: number) => `${(Math.ceil((n / 1024 / 1024) * 10) / 10).toLocaleString('en')} MB`;
const tooBig = (size: number) =>
  ({ ok: false, reason: `The file is ${megabytes(size)}; a Kneewise backup can be at most ${megabytes(MAX_BACKUP_BYTES)}.` }) as const;

/** Checks the size first, so a huge file is never read into memory or parsed. */
export async function validateBackupFile(file: Blob): Promise<BackupValidation> {
  if (file.size > MAX_BACKUP_BYTES) return tooBig(file.size);
  return validateBackup(await file.text());
}

/** `input` is the file's text (parsed here, safely) or an already-parsed value. */
export function validateBackup(input: unknown): BackupValidation {
  // String length counts UTF-16 units, never more than the UTF-8 bytes: a cheap lower bound.
  if (typeof input === 'string' && input.length > MAX_BACKUP_BYTES) return tooBig(input.length);
  try {
    const root = typeof input === 'string' ? parseBackupText(input) : input;
    assertSafeTree(root);
    return { ok: true, backup: readBackup(root) as ValidBackup };
  } catch (error) {
    if (error instanceof BackupProblem) return { ok: false, reason: error.message };
    return { ok: false, reason: `The file could not be read (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}

function readBackup(root: unknown): BackupFile {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    const found = Array.isArray(root) ? 'a list' : root === null ? 'null' : `a ${typeof root}`;
    throw new BackupProblem(`The file holds ${found} at the top, not a Kneewise backup (an object with "app", "format" and "data").`);
  }
  const o = object(root, 'The file');
  if (o.app !== BACKUP_APP) refuse('app', `must be "${BACKUP_APP}", but ${describe(o.app)}: this file was not made by Kneewise`);
  return { app: BACKUP_APP, format: readFormat(o.format), exportedAt: timestamp(o.exportedAt, 'exportedAt'), data: readData(o.data) };
}

function readFormat(format: unknown): typeof BACKUP_FORMAT {
  if (format === undefined) throw new BackupProblem('format is missing, so Kneewise cannot tell how to read this file.');
  if (typeof format !== 'number' || !Number.isInteger(format)) refuse('format', `must be a whole number, but ${describe(format)}`);
  if (format > BACKUP_FORMAT) {
    throw new BackupProblem(
      `This backup was made by a newer version of Kneewise (format ${format}; this one reads format ${BACKUP_FORMAT}). Update the app, then restore it.`,
    );
  }
  if (format !== BACKUP_FORMAT) refuse('format', `is ${format}, which is not a backup format Kneewise knows`);
  return BACKUP_FORMAT;
}

function readData(value: unknown): BackupData {
  const raw = object(value, 'data');
  const unknownTable = Object.keys(raw).find((key) => !(BACKUP_TABLES as readonly string[]).includes(key));
  if (unknownTable !== undefined)
    refuse(`data.${shortKey(unknownTable)}`, 'is not a table Kneewise knows, so this file was not made by this version of Kneewise');

  const data: BackupData = {
    sessions: list(MAX_ROWS.sessions, session)(raw.sessions, 'sessions'),
    painChecks: list(MAX_ROWS.painChecks, painCheck)(raw.painChecks, 'painChecks'),
    assessments: list(MAX_ROWS.assessments, assessment)(raw.assessments, 'assessments'),
    exercisePrefs: list(MAX_ROWS.exercisePrefs, exercisePref)(raw.exercisePrefs, 'exercisePrefs'),
    routines: list(MAX_ROWS.routines, routine)(raw.routines, 'routines'),
    settings: list(MAX_ROWS.settings, setting)(raw.settings, 'settings'),
  };
  for (const table of BACKUP_TABLES) assertUniqueKeys(keysOf(data, table), table, TABLE_KEYS[table]);

  // A pain check that names a session must find it in the same file (history links them).
  const sessionIds = new Set(data.sessions.map((s) => s.id));
  data.painChecks.forEach((check, i) => {
    if (check.sessionId !== null && !sessionIds.has(check.sessionId)) {
      refuse(`painChecks[${i}].sessionId`, `is "${check.sessionId}", but no session in this file has that id`);
    }
  });
  return data;
}
