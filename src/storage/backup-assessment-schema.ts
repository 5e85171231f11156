/**
 * Self-check rows of a backup. Format 3 holds typed results (one shape per check kind); formats
 * 1–2 held the old `left`/`right`/`finding` shape, read here and converted in backup-validate.ts.
 */
import * as z from 'zod/mini';
import type { AngleMethod, FeltWhere, HipDrop, KneesCave } from '@/domain/assessment/types';
import { decimal, describe, id, list, note, oneOf, orNull, record, text, timestamp, valuesOf, wholeNumber } from './backup-schema-kit';
import type { AssessmentRecord, LegacyAssessmentRecord } from './records';

/** Leg-turn angles in degrees; a full turn either way is already impossible for a hip. */
const degrees = orNull(decimal(-360, 360));

export const legacyAssessment: z.ZodMiniType<LegacyAssessmentRecord> = record({
  id,
  at: timestamp,
  exerciseId: id,
  left: degrees,
  right: degrees,
  finding: text(200, { canBeEmpty: true }),
  note,
});

const sideAngle = orNull(record({ degrees: wholeNumber(0, 180), method: oneOf(valuesOf<AngleMethod>({ picker: true, phone: true })) }));
const stanceSide = orNull(
  record({ seconds: wholeNumber(0, 600), hipDrop: orNull(oneOf(valuesOf<HipDrop>({ no: true, 'a-little': true, clearly: true }))) }),
);
const common = { id, at: timestamp, exerciseId: id, sessionId: orNull(id), note };

export const assessment: z.ZodMiniType<AssessmentRecord> = z.discriminatedUnion(
  'kind',
  [
    record({
      ...common,
      kind: z.literal('leg-turn'),
      result: record({ direction: oneOf(['in', 'out'] as const), left: sideAngle, right: sideAngle }),
    }),
    record({ ...common, kind: z.literal('single-leg-stance'), result: record({ left: stanceSide, right: stanceSide }) }),
    record({
      ...common,
      kind: z.literal('knees-cave'),
      result: record({
        cave: orNull(oneOf(valuesOf<KneesCave>({ no: true, left: true, right: true, both: true }))),
        felt: list(3, oneOf(valuesOf<FeltWhere>({ 'front-thigh': true, knee: true, glutes: true }))),
      }),
    }),
  ],
  {
    error: (issue) =>
      `must be one of "leg-turn", "single-leg-stance", "knees-cave", but ${describe((issue.input as { kind?: unknown } | undefined)?.kind)}`,
  },
);
