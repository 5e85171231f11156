/**
 * The building blocks of the backup schema (zod/mini). Each carries its own error, the words the
 * user reads after the place ("painChecks[12].score must be a whole number from 0 to 10, but it is
 * 11."), so a refusal never says "Invalid input". Loaded only with the data page.
 */
import * as z from 'zod/mini';

// Before any schema is built: zod would otherwise probe `new Function` to compile fast paths,
// which a strict Content-Security-Policy reports as a violation even when the probe is caught.
z.config({ jitless: true });

/** What was found, in words, for the end of a reason. Text is cut short: it may be huge. */
export function describe(value: unknown): string {
  if (value === undefined) return 'it is missing';
  if (value === null) return 'it is null';
  if (typeof value === 'string') return `it is the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `it is ${String(value)}`;
  return Array.isArray(value) ? 'it is a list' : 'it is an object';
}

const en = (n: number) => n.toLocaleString('en');
/**
 * One error for every way a value can miss a rule: wrong type, too small, too big. `abort`: a
 * value out of range stops there, so checks across fields never run on a broken row.
 */
const says = (rule: string) => ({ error: (issue: { input?: unknown }) => `${rule}, but ${describe(issue.input)}`, abort: true });

export function text(maxChars: number, { canBeEmpty = false } = {}) {
  const tooLong = (issue: { input?: unknown }) =>
    `must be at most ${en(maxChars)} characters long, but it has ${en(String(issue.input).length)}`;
  const maxLength = z.maxLength(maxChars, { error: tooLong, abort: true });
  const schema = z.string(says('must be text'));
  return canBeEmpty ? schema.check(maxLength) : schema.check(z.minLength(1, { error: 'must not be empty', abort: true }), maxLength);
}

/** Record ids: uuids, slugs, setting keys. */
export const id = text(200);
export const note = text(2_000, { canBeEmpty: true });

export function wholeNumber(min: number, max: number) {
  const error = says(`must be a whole number from ${en(min)} to ${en(max)}`);
  return z.int(error).check(z.gte(min, error), z.lte(max, error));
}

export function decimal(min: number, max: number) {
  const error = says(`must be a number from ${min} to ${max}`);
  return z.number(error).check(z.gte(min, error), z.lte(max, error));
}

const YEAR_2000 = Date.UTC(2000, 0, 1);
const YEAR_2100 = Date.UTC(2100, 0, 1);
/** Milliseconds since 1970; anything outside this century is a corrupt or hostile value. */
export const timestamp = (() => {
  const error = says('must be a time between the years 2000 and 2100 (in milliseconds since 1970)');
  return z.int(error).check(z.gte(YEAR_2000, error), z.lte(YEAR_2100, error));
})();

/** Step durations and estimates: whole milliseconds, never negative, at most a day. */
export const durationMs = wholeNumber(0, 86_400_000);

export const boolean = z.boolean(says('must be true or false'));

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, says(`must be one of ${values.map((v) => `"${v}"`).join(', ')}`));
}

export function exactly<const T extends string | number>(value: T) {
  return z.literal(value, says(`must be ${JSON.stringify(value)}`));
}

export const orNull = <T extends z.core.SomeType>(schema: T) => z.nullable(schema);

export function record<const Shape extends z.core.$ZodShape>(shape: Shape) {
  return z.object(shape, says('must be an object'));
}

/**
 * A list of at most `maxItems`: the length is checked before any entry is read, so 100,001 empty
 * rows are refused at once instead of producing 100,001 reasons.
 */
export function list<T extends z.core.SomeType>(maxItems: number, item: T) {
  const tooMany = (issue: { input?: unknown }) =>
    `must have at most ${en(maxItems)} entries, but it has ${en(Array.isArray(issue.input) ? issue.input.length : 0)}`;
  return z.pipe(z.array(z.unknown(), says('must be a list')).check(z.maxLength(maxItems, { error: tooMany, abort: true })), z.array(item));
}

export function pair<T extends z.core.SomeType>(item: T) {
  return z.tuple([item, item], says('must be a list of two entries'));
}

/** The allowed values of a union type, from a record naming each exactly once (the compiler flags a drift). */
export function valuesOf<T extends string>(all: Record<T, true>): [T, ...T[]] {
  return Object.keys(all) as [T, ...T[]];
}
