/**
 * Parsing an untrusted file: JSON that cannot smuggle prototype keys, plain objects only, bounded
 * depth. Runs before the schema, which then copies what it knows into fresh objects.
 */
import { BackupProblem, placeOf } from './backup-issues';

/** Keys that change what an object *is* when assigned or merged (prototype pollution). */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** The format itself is 9 levels deep (data.sessions[i].plan.steps[j].spotSeconds[k]); settings get a few more. */
const MAX_DEPTH = 20;

/**
 * JSON.parse with errors as reasons for people. No reviver: a reviver call per value made this the
 * slowest step of an import (half a second at three years of data), and it is not needed — JSON.parse
 * makes `__proto__` an own key like any other (it never sets the prototype), and `assertSafeTree`,
 * which every import runs next, refuses such keys with their place.
 */
export function parseBackupText(json: string): unknown {
  if (json.trim() === '') throw new BackupProblem('The file is empty.');
  try {
    return JSON.parse(json);
  } catch (error) {
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

/** Built only for a reason: paths for every node of a 25 MB file would cost more than the walk. */
function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let v = visit; v.parent; v = v.parent) keys.unshift(v.key);
  return placeOf(keys);
}

/** Only objects and arrays can hide a key or nest; the hundreds of thousands of numbers and strings are not visited. */
const isBranch = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Walks the whole tree once: no prototype keys and no absurd nesting, wherever they hide. */
export function assertSafeTree(root: unknown): void {
  const stack: Visit[] = [{ value: root, depth: 0, parent: null, key: '' }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value, depth } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH)
      throw new BackupProblem(`${pathOf(visit)} is nested more than ${MAX_DEPTH} levels deep, which a Kneewise backup never is.`);
    // JSON.parse only makes plain objects; an already-parsed value could hold a class instance.
    const proto: unknown = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
      throw new BackupProblem(visit.parent ? `${pathOf(visit)} must be a plain object.` : 'The file must be a plain object.');
    }
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        if (isBranch(item)) stack.push({ value: item, depth: depth + 1, parent: visit, key: i });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const where = visit.parent ? `${pathOf(visit)} has` : 'The file has';
        throw new BackupProblem(`${where} a key named "${key}", which a Kneewise backup never has (it is a way to tamper with the app).`);
      }
      const child: unknown = (value as Record<string, unknown>)[key];
      if (isBranch(child)) stack.push({ value: child, depth: depth + 1, parent: visit, key });
    }
  }
}
