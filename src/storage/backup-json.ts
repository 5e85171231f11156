/**
 * Parsing an untrusted file: JSON that cannot smuggle prototype keys, bounded depth, and a bounded
 * copy of free-form values (settings). A parsed object is never kept: readers copy what they know.
 */
import { BackupProblem, describe, list, object, refuse, text, type Reader } from './backup-guards';

/** Keys that change what an object *is* when assigned or merged (prototype pollution). */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** The format itself is 9 levels deep (data.sessions[i].plan.steps[j].spotSeconds[k]); settings get a few more. */
const MAX_DEPTH = 20;
const MAX_SETTING_DEPTH = 6;
const MAX_SETTING_CHARS = 10_000;

class ForbiddenKey extends Error {}

function rejectForbidden(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
  return value;
}

export const shortKey = (key: string) => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

/** `data.painChecks[3]` is shown as `painChecks[3]`: the tables are what people recognise. */
function shown(path: string): string {
  return path.replace(/^data\./, '');
}

/** JSON.parse with a reviver that refuses prototype keys; errors become reasons for people. */
export function parseBackupText(json: string): unknown {
  if (json.trim() === '') throw new BackupProblem('The file is empty.');
  try {
    return JSON.parse(json, rejectForbidden);
  } catch (error) {
    // Only on failure: parse again plainly so the reason can name where the key is.
    if (error instanceof ForbiddenKey) {
      assertSafeTree(JSON.parse(json));
      throw new BackupProblem(`The file has a key named "${error.message}", which a Kneewise backup never has.`);
    }
    if (error instanceof RangeError) throw new BackupProblem('The file is nested too deeply to be a Kneewise backup.');
    // Engines word this differently; V8 gives a position, and a position at the end means "cut short".
    const message = error instanceof Error ? error.message : '';
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    if (/end of (JSON )?input|unexpected end/i.test(message) || position >= json.trimEnd().length) {
      throw new BackupProblem('The file is not complete JSON: it ends too soon, as if the download or copy was cut short.');
    }
    const where = Number.isNaN(position) ? '' : ` (it breaks near character ${position.toLocaleString('en')})`;
    throw new BackupProblem(`The file is not valid JSON${where}, so it is not a Kneewise backup.`);
  }
}

interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | null;
  key: string | number;
}

/** Built only for a reason: paths for every node of a 25 MB file would cost more than the walk. Keys are cut short, they may be huge. */
function pathOf(visit: Visit): string {
  let path = '';
  let v = visit;
  while (v.parent) {
    path = typeof v.key === 'number' ? `[${v.key}]${path}` : `${v.parent.parent ? '.' : ''}${shortKey(v.key)}${path}`;
    v = v.parent;
  }
  return shown(path);
}

/** Walks the whole tree once: no prototype keys and no absurd nesting, wherever they hide. */
export function assertSafeTree(root: unknown): void {
  const stack: Visit[] = [{ value: root, depth: 0, parent: null, key: '' }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value, depth } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH)
      throw new BackupProblem(`${pathOf(visit)} is nested more than ${MAX_DEPTH} levels deep, which a Kneewise backup never is.`);
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => stack.push({ value: item, depth: depth + 1, parent: visit, key: i }));
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const where = visit.parent ? `${pathOf(visit)} has` : 'The file has';
        throw new BackupProblem(`${where} a key named "${key}", which a Kneewise backup never has (it is a way to tamper with the app).`);
      }
      stack.push({ value: child, depth: depth + 1, parent: visit, key });
    }
  }
}

function copyJson(value: unknown, path: string, depth: number): unknown {
  if (value === undefined) refuse(path, 'is missing');
  if (depth > MAX_SETTING_DEPTH) refuse(path, `must not be nested more than ${MAX_SETTING_DEPTH} levels deep`);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER)
      refuse(path, `must be a number of sane size, but ${describe(value)}`);
    return value;
  }
  if (typeof value === 'string') return text(2_000, { canBeEmpty: true })(value, path);
  if (Array.isArray(value)) return list(1_000, (item, p) => copyJson(item, p, depth + 1))(value, path);
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(object(value, path))) {
    if (FORBIDDEN_KEYS.has(key)) refuse(path, `must not have a key named "${key}"`);
    copy[key] = copyJson(child, `${path}.${shortKey(key)}`, depth + 1);
  }
  return copy;
}

/** A setting's value is free-form JSON (other features own its shape), so it is bounded instead. */
export const settingValue: Reader<unknown> = (value, path) => {
  const copy = copyJson(value, path, 0);
  const chars = JSON.stringify(copy).length;
  if (chars > MAX_SETTING_CHARS)
    refuse(path, `must be at most ${MAX_SETTING_CHARS.toLocaleString('en')} characters as JSON, but it has ${chars.toLocaleString('en')}`);
  return copy;
};
