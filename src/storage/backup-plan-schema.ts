/** The plan snapshot a session ran: every step type, with its own fields. */
import * as z from 'zod/mini';
import type { ExerciseKind } from '@/content/catalog-types';
import type { Plan, PlanStep, Side } from '@/domain/session/plan-types';
import { describe, durationMs, id, list, oneOf, orNull, pair, record, text, valuesOf, wholeNumber } from './backup-schema-kit';

const kind = oneOf(valuesOf<ExerciseKind>({ release: true, stretch: true, strengthen: true, assess: true }));
const side = oneOf(valuesOf<Side>({ left: true, right: true, both: true }));
const STEP_TYPES = valuesOf<PlanStep['type']>({ prepare: true, work: true, reps: true, rest: true, switch: true, painCheck: true });
const name = text(200);
const setNumber = wholeNumber(1, 100);
const base = { exerciseId: id, exerciseName: name, kind };

/** The error of a union keyed by `type`: an unknown type names the known ones. */
export function unknownType(types: readonly string[]) {
  return {
    error: (issue: { code?: string; input?: unknown }) => {
      if (issue.code !== 'invalid_union') return `must be an object, but ${describe(issue.input)}`;
      const found = (issue.input as { type?: unknown } | undefined)?.type;
      return `must be one of ${types.map((t) => `"${t}"`).join(', ')}, but ${describe(found)}`;
    },
  };
}

const step = z.discriminatedUnion(
  'type',
  [
    record({
      type: z.literal('painCheck'),
      phase: oneOf(['before', 'after-exercise', 'after-session']),
      exerciseId: orNull(id),
      exerciseName: orNull(name),
      kind: orNull(kind),
      estimateMs: durationMs,
    }),
    record({ ...base, type: z.enum(['prepare', 'rest']), durationMs }),
    record({ ...base, type: z.literal('switch'), to: side, durationMs }),
    record({
      ...base,
      type: z.literal('work'),
      mode: oneOf(['timed', 'hold']),
      side,
      set: setNumber,
      sets: setNumber,
      durationMs,
      spotSeconds: z.optional(pair(wholeNumber(1, 600))),
    }),
    record({
      ...base,
      type: z.literal('reps'),
      side,
      set: setNumber,
      sets: setNumber,
      reps: wholeNumber(1, 1_000),
      repsMax: z.optional(wholeNumber(1, 1_000)),
      tempo: text(100, { canBeEmpty: true }),
      estimateMs: durationMs,
    }),
  ],
  unknownType(STEP_TYPES),
);

export const plan: z.ZodMiniType<Plan> = record({ routineId: id, routineName: name, steps: list(2_000, step) });
