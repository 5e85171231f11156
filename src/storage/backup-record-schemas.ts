/** The small tables of a backup. Objects keep only the fields named here: unknown ones are dropped. */
import * as z from 'zod/mini';
import { RED_FLAGS, type RedFlagId } from '@/domain/pain/red-flags';
import type { Knee, KneeLocation, PainPhase } from '@/domain/pain/types';
import { id, list, note, oneOf, orNull, record, timestamp, valuesOf, wholeNumber } from './backup-schema-kit';
import type { ExercisePrefRecord, PainCheckRecord, RedFlagRecord, RedFlagSource } from './records';

export const knee = oneOf(valuesOf<Knee>({ left: true, right: true }));
export const kneeLocation = oneOf(valuesOf<KneeLocation>({ inner: true, outer: true, front: true, back: true, diffuse: true }));
const phase = oneOf(
  valuesOf<PainPhase>({ before: true, 'after-exercise': true, 'after-session': true, 'next-morning': true, 'ad-hoc': true }),
);
const redFlagIds = RED_FLAGS.map((flag) => flag.id) as [RedFlagId, ...RedFlagId[]];

export const painCheck: z.ZodMiniType<PainCheckRecord> = record({
  id,
  at: timestamp,
  sessionId: orNull(id),
  exerciseId: orNull(id),
  phase,
  knee,
  score: wholeNumber(0, 10),
  locations: list(5, kneeLocation),
  note,
});

export const exercisePref: z.ZodMiniType<ExercisePrefRecord> = record({
  exerciseId: id,
  action: oneOf(valuesOf<ExercisePrefRecord['action']>({ swap: true, 'lower-dose': true, skip: true })),
  swapTo: orNull(id),
  decidedAt: timestamp,
  painCheckId: orNull(id),
});

export const redFlag: z.ZodMiniType<RedFlagRecord> = record({
  id,
  at: timestamp,
  // At least one: a record is the answer "yes, this happened".
  flags: list(redFlagIds.length, oneOf(redFlagIds)).check(z.minLength(1, { error: 'must name at least one red flag', abort: true })),
  source: oneOf(valuesOf<RedFlagSource>({ onboarding: true, session: true, check: true })),
  sessionId: orNull(id),
  clearedAt: orNull(timestamp),
});
