/**
 * Turns the first problem zod found into the sentence the user sees, naming the place:
 * `data.painChecks[3].score` is shown as `painChecks[3].score` — the tables are what people recognise.
 */
import * as z from 'zod/mini';
import { BACKUP_TABLES } from './backup-format';
import { describe } from './backup-schema-kit';

/** A refusal: its message is the whole reason, ready to show. */
export class BackupProblem extends Error {}

export const shortKey = (key: string) => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

export function placeOf(path: readonly PropertyKey[]): string {
  // An unknown table keeps its `data.`: there is nothing there people would recognise.
  const isTable = (BACKUP_TABLES as readonly PropertyKey[]).includes(path[1] ?? '');
  const shown = path[0] === 'data' && isTable ? path.slice(1) : path;
  return shown.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${shortKey(String(key))}`)).join('');
}

/** For issues no schema worded (a type zod checks itself): still a sentence with what was found. */
export function wordIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}, but ${describe(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but ${describe(issue.input)}`;
    case 'invalid_union':
      return `must be plain JSON data, but ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `has keys Kneewise does not know (${issue.keys.map(shortKey).join(', ')})`;
    default:
      return `is not what a Kneewise backup holds (${issue.code})`;
  }
}

/** Parses with every issue worded; a failure throws the first issue as a `BackupProblem`. */
export function parseOrRefuse<T extends z.core.$ZodType>(schema: T, value: unknown): z.output<T> {
  const result = z.safeParse(schema, value, { reportInput: true, error: wordIssue });
  if (result.success) return result.data;
  throw new BackupProblem(sentenceOf(result.error.issues[0]));
}

/** Issues at the top (no path) are whole sentences; others are "<place> <rule>". */
function sentenceOf(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'The file could not be read.';
  const place = placeOf(issue.path);
  return place === '' ? issue.message : `${place} ${issue.message}.`;
}
