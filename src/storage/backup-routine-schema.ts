/**
 * Own routines in a backup, with every step's dose and the routine's timings, so that export →
 * delete all → import gives back the routine as it was built. The ranges are wider than the
 * builder's (routine-limits.ts): a copy of a built-in routine keeps the content's doses, and a
 * backup must never refuse a file the app itself wrote; the builder flags anything it would not save.
 */
import * as z from 'zod/mini';
import { id, list, oneOf, orNull, record, text, timestamp, wholeNumber } from './backup-schema-kit';
import type { UserRoutineRecord, UserRoutineStep } from './records';

const seconds = wholeNumber(0, 3_600);

const step: z.ZodMiniType<UserRoutineStep> = record({
  exercise: id,
  holdSeconds: z.optional(wholeNumber(1, 3_600)),
  reps: z.optional(wholeNumber(1, 1_000)),
  sets: z.optional(wholeNumber(1, 100)),
  restSeconds: z.optional(seconds),
  side: z.optional(oneOf(['each', 'both'])),
});

// Formats 1–2 wrote only `steps[].exercise`, `name` and `createdAt`: every other field is optional.
export const routine: z.ZodMiniType<UserRoutineRecord> = record({
  id,
  name: text(200),
  steps: list(200, step),
  createdAt: timestamp,
  updatedAt: z.optional(timestamp),
  getReadySeconds: z.optional(seconds),
  switchSidesSeconds: z.optional(seconds),
  basedOn: z.optional(orNull(id)),
});
