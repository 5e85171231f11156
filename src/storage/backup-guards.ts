/**
 * Small guards for reading an untrusted backup. Each one either returns a fresh, typed value or
 * throws a `BackupProblem` whose message is the sentence the user sees, naming the place
 * ("painChecks[12].score must be a whole number from 0 to 10, but it is 11.").
 */
export class BackupProblem extends Error {}

export function refuse(path: string, problem: string): never {
  throw new BackupProblem(`${path} ${problem}.`);
}

/** What was found, in words, for the end of a reason. Text is cut short: it may be huge. */
export function describe(value: unknown): string {
  if (value === undefined) return 'it is missing';
  if (value === null) return 'it is null';
  if (typeof value === 'string') return `it is the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `it is ${String(value)}`;
  return Array.isArray(value) ? 'it is a list' : 'it is an object';
}

export type Reader<T> = (value: unknown, path: string) => T;

/** A plain `{…}` object (not a list, not null, not a class instance). */
export function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(path, `must be an object, but ${describe(value)}`);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) refuse(path, 'must be a plain object');
  return value as Record<string, unknown>;
}

export function text(maxChars: number, { canBeEmpty = false } = {}): Reader<string> {
  return (value, path) => {
    if (typeof value !== 'string') refuse(path, `must be text, but ${describe(value)}`);
    if (!canBeEmpty && value.length === 0) refuse(path, 'must not be empty');
    if (value.length > maxChars)
      refuse(path, `must be at most ${maxChars.toLocaleString('en')} characters long, but it has ${value.length.toLocaleString('en')}`);
    return value;
  };
}

/** Record ids: uuids, slugs, setting keys. */
export const id: Reader<string> = text(200);

export function wholeNumber(min: number, max: number): Reader<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      refuse(path, `must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, but ${describe(value)}`);
    }
    return value;
  };
}

export function decimal(min: number, max: number): Reader<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      refuse(path, `must be a number from ${min} to ${max}, but ${describe(value)}`);
    }
    return value;
  };
}

const YEAR_2000 = Date.UTC(2000, 0, 1);
const YEAR_2100 = Date.UTC(2100, 0, 1);
/** Milliseconds since 1970; anything outside this century is a corrupt or hostile value. */
export const timestamp: Reader<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < YEAR_2000 || value > YEAR_2100) {
    refuse(path, `must be a time between the years 2000 and 2100 (in milliseconds since 1970), but ${describe(value)}`);
  }
  return value;
};

/** Step durations and estimates: whole milliseconds, never negative, at most a day. */
export const durationMs: Reader<number> = wholeNumber(0, 86_400_000);

export const boolean: Reader<boolean> = (value, path) => {
  if (typeof value !== 'boolean') refuse(path, `must be true or false, but ${describe(value)}`);
  return value;
};

export function oneOf<const T extends string>(values: readonly T[]): Reader<T> {
  return (value, path) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      refuse(path, `must be one of ${values.map((v) => `"${v}"`).join(', ')}, but ${describe(value)}`);
    }
    return value as T;
  };
}

export function orNull<T>(read: Reader<T>): Reader<T | null> {
  return (value, path) => (value === null ? null : read(value, path));
}

export function list<T>(maxItems: number, read: Reader<T>): Reader<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) refuse(path, `must be a list, but ${describe(value)}`);
    if (value.length > maxItems)
      refuse(path, `must have at most ${maxItems.toLocaleString('en')} entries, but it has ${value.length.toLocaleString('en')}`);
    return value.map((item: unknown, i) => read(item, `${path}[${i}]`));
  };
}

export function tuple2<T>(read: Reader<T>): Reader<readonly [T, T]> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length !== 2) refuse(path, `must be a list of two entries, but ${describe(value)}`);
    return [read(value[0], `${path}[0]`), read(value[1], `${path}[1]`)];
  };
}

/** Refuses a second row with the same key: IndexedDB would keep only one of them. */
export function assertUniqueKeys(keys: readonly string[], table: string, keyName: string): void {
  const firstIndex = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = firstIndex.get(key);
    if (first !== undefined)
      refuse(`${table}[${i}].${keyName}`, `is "${key}", the same as ${table}[${first}].${keyName}: each must be different`);
    firstIndex.set(key, i);
  });
}

/**
 * The allowed values of a union type, from a record that names each exactly once: the compiler
 * then flags this list whenever the domain type gains or loses a value.
 */
export function valuesOf<T extends string>(all: Record<T, true>): readonly T[] {
  return Object.keys(all) as T[];
}
