/**
 * The shape of a shared routine link's payload, format 1 (zod/mini: small, and jitless so a strict
 * CSP never sees a `new Function` probe). Short keys keep the link short enough for a QR code.
 * A new shape is a new `v`, and this reader stays for old links.
 */
import * as z from 'zod/mini';
import { LIMITS } from '@/domain/routines/routine-limits';

z.config({ jitless: true });

export const SHARE_FORMAT = 1;

const int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const slug = z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

const within = (limit: { min: number; max: number }) => int(limit.min, limit.max);

// The builder's own limits: a link never carries a routine the builder would refuse to save.
const step = z.object({
  e: slug,
  h: z.optional(within(LIMITS.holdSeconds)),
  r: z.optional(within(LIMITS.reps)),
  s: z.optional(within(LIMITS.sets)),
  t: z.optional(within(LIMITS.restSeconds)),
  d: z.optional(z.enum(['each', 'both'])),
});

export const MAX_SHARED_STEPS = LIMITS.steps.max;
export const MAX_SHARED_NAME = LIMITS.name.max;

export const payloadV1 = z.union([
  z.object({ v: z.literal(1), id: slug }),
  z.object({
    v: z.literal(1),
    n: z.string().check(z.minLength(1), z.maxLength(MAX_SHARED_NAME)),
    x: z.array(step).check(z.minLength(1), z.maxLength(MAX_SHARED_STEPS)),
    g: z.optional(within(LIMITS.getReadySeconds)),
    w: z.optional(within(LIMITS.switchSidesSeconds)),
  }),
]);

export type PayloadV1 = z.infer<typeof payloadV1>;

/** Parse without throwing; `null` when the value is not a format-1 payload. */
export function readPayloadV1(value: unknown): PayloadV1 | null {
  const result = z.safeParse(payloadV1, value);
  return result.success ? result.data : null;
}
