/**
 * The programme schema: an 8-week plan over the routines, with a ladder of levels for each strength
 * exercise it uses. Build time only, like schema.ts; the app sees the compiled result's types.
 */
import { z } from 'zod';
import { citedLine, slug } from './schema.ts';

const text = z.string().trim().min(1, 'must not be empty');
const count = z.number().int().positive().max(50);

export const DAY_KINDS = ['strength', 'mobility', 'rest'] as const;

/** One rung: an exercise at a dose. Reps before load: the same exercise with more reps, then the next exercise. */
export const ladderLevel = z.strictObject({
  id: slug,
  exercise: slug,
  sets: count,
  reps: count,
  /** Words for people: "3 × 12, slow". */
  label: text,
});

export const ladderFile = z.strictObject({
  id: slug,
  name: text,
  /** The level the strength routine's own step stands for; everyone starts here. */
  base: slug,
  levels: z.array(ladderLevel).min(2),
});

export const programmeFile = z.strictObject({
  id: slug,
  name: text,
  summary: text,
  weeks: z.number().int().min(1).max(16),
  /** Seven day kinds from day 1 of every week: strength on non-consecutive days, rest planned. */
  rhythm: z.array(z.enum(DAY_KINDS)).length(7),
  routines: z.strictObject({ daily: slug, strength: slug, flare: slug, selfCheck: slug }),
  /** Weeks at whose start (week 0 = the first day) the self-checks are due. */
  selfCheckWeeks: z.array(z.number().int().min(0).max(16)).min(1),
  /** Why the plan is built this way, each claim with its sources. */
  why: z.array(citedLine).min(1),
  /** The progression rule in plain words, with its sources. */
  progression: citedLine,
  ladders: z.array(ladderFile).min(1),
});

export type ProgrammeFile = z.infer<typeof programmeFile>;
export type LadderFile = z.infer<typeof ladderFile>;
export type LadderLevel = z.infer<typeof ladderLevel>;
export type DayKind = (typeof DAY_KINDS)[number];
