/**
 * The content schema: what a file in `content/` must say. Used only at build time (by the
 * compiler plugin and its tests); the browser receives the compiled, already-valid data, so zod
 * never ships to the client. Types the app needs are re-exported from `catalog-types.ts`.
 */
import { z } from 'zod';
import { illustrationSchema } from './illustration-schema.ts';

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, dashes)');

const text = z.string().trim().min(1, 'must not be empty');

export const KINDS = ['release', 'stretch', 'strengthen', 'assess'] as const;
export const SIDES = ['each', 'both'] as const;
export const KNEE_LOADS = ['low', 'moderate', 'caution'] as const;
export const BODY_AREAS = [
  'glutes',
  'outer-hip',
  'hip-flexors',
  'front-thigh',
  'outer-thigh',
  'inner-thigh',
  'hamstrings',
  'low-back',
  'trunk',
] as const;
export const EQUIPMENT = [
  'none',
  'mat',
  'tennis-ball',
  'massage-ball',
  'foam-roller',
  'massage-stick',
  'mini-band',
  'long-band',
  'ankle-weight',
  'dumbbell',
  'step',
  'chair',
  'table',
  'wall',
  'cushion',
  'towel',
] as const;

const seconds = z.number().int().positive().max(3600);
const count = z.number().int().positive().max(50);
const rest = z.number().int().min(0).max(600);

const dosageCommon = {
  /** The dosage in the source's own terms, for people: "2–3 min a side, daily". */
  label: text,
  /** How often, in words: "daily", "3 times a week". */
  frequency: text,
  restSeconds: rest.default(0),
};

/** A continuous block of work per side (rolling, pin-and-move, slow rocking). */
export const timedDosage = z.strictObject({
  mode: z.literal('timed'),
  seconds,
  sets: count.default(1),
  /** Optional cue inside the block, e.g. 10–20 s on each sore spot. */
  spotSeconds: z.tuple([seconds, seconds]).optional(),
  ...dosageCommon,
});

/** Static holds: `sets` holds of `seconds` per side. */
export const holdDosage = z.strictObject({
  mode: z.literal('hold'),
  seconds,
  sets: count.default(1),
  ...dosageCommon,
});

/** Repetitions: `sets` × `reps` (up to `repsMax`) per side, at `tempo`. */
export const repsDosage = z
  .strictObject({
    mode: z.literal('reps'),
    sets: count,
    reps: count,
    repsMax: count.optional(),
    tempo: text,
    /** Estimate used for the routine's total time; the player asks the user to tap Done. */
    secondsPerRep: z.number().positive().max(30),
    ...dosageCommon,
  })
  .refine((d) => d.repsMax === undefined || d.repsMax >= d.reps, {
    message: 'repsMax must be at least reps',
    path: ['repsMax'],
  });

export const dosageSchema = z.discriminatedUnion('mode', [timedDosage, holdDosage, repsDosage]);

/**
 * A claim with the sources that support it, shown together. "clinical-practice" is a source entry
 * too: where no study or article says it, the app says so rather than borrowing a citation.
 */
export const citedLine = z.strictObject({
  text,
  sources: z.array(slug).min(1),
});

const exerciseFields = z.strictObject({
  id: slug,
  name: text,
  /** One sentence for lists and search results. */
  summary: text,
  kind: z.enum(KINDS),
  targets: z.array(text).min(1),
  bodyAreas: z.array(z.enum(BODY_AREAS)).min(1),
  equipment: z.array(z.enum(EQUIPMENT)).min(1),
  sides: z.enum(SIDES),
  /**
   * What to move when the player switches sides, with `{side}` / `{Side}` for the side coming up
   * ("Ball to the {side} glute"). Required for exercises done on each side.
   */
  switchCue: text.optional(),
  /** Words people search with that the name and muscles don't say ("groin", "piriformis", "knee pain"). */
  searchTerms: z.array(text).optional(),
  dosage: dosageSchema,
  steps: z.array(text).min(2),
  cues: z.array(text).min(1),
  cautions: z.array(text).min(1),
  kneeLoad: z.enum(KNEE_LOADS),
  kneeNote: text,
  regression: slug.optional(),
  progression: slug.optional(),
  /** The knee-sparing alternative: required when kneeLoad is "caution". */
  alternative: slug.optional(),
  /** "Why this helps your knee", in one or two plain sentences, honest about the evidence. */
  whyForKnee: citedLine,
  /** When to move on to the progression: required for every strengthen exercise. */
  moveOnWhen: text.optional(),
  sources: z.array(slug).min(1),
});

export const exerciseFrontmatter = exerciseFields.superRefine((e, ctx) => {
  if (e.sides === 'each' && e.switchCue === undefined) {
    ctx.addIssue({ code: 'custom', path: ['switchCue'], message: 'an exercise done on each side needs a switchCue ("Ball to the {side} glute")' });
  }
  if (e.kind === 'strengthen' && e.moveOnWhen === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['moveOnWhen'],
      message: 'a strengthen exercise needs a plain criterion for moving on (e.g. "3 × 12 slow, good form, knee checks green twice")',
    });
  }
});

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  /** "practice" marks advice that rests on common clinical practice, not on a single publication. */
  kind: z.enum(['article', 'forum', 'study', 'guideline', 'practice']),
  /** A short name shown beside a claim ("NICE 2022", "clinical practice"); the title is used if absent. */
  short: text.optional(),
  /** Who published it, or the citation for studies. */
  publisher: text,
  /** What Kneewise takes from it. */
  usedFor: text,
});
export const sourcesFile = z.array(sourceSchema).min(1);

const dosageOverride = z.strictObject({
  seconds: seconds.optional(),
  sets: count.optional(),
  reps: count.optional(),
  repsMax: count.optional(),
  restSeconds: rest.optional(),
});

export const routineFile = z.strictObject({
  id: slug,
  name: text,
  summary: text,
  /** Who it is for and when, in a sentence or two. */
  description: text,
  frequency: text,
  /** Seconds between exercises. */
  transitionSeconds: z.number().int().min(0).max(120).default(10),
  steps: z
    .array(
      z.strictObject({
        exercise: slug,
        dosage: dosageOverride.optional(),
        note: text.optional(),
      }),
    )
    .min(1),
});

export { illustrationSchema };

export type ExerciseFrontmatter = z.infer<typeof exerciseFrontmatter>;
export type Dosage = z.infer<typeof dosageSchema>;
export type DosageOverride = z.infer<typeof dosageOverride>;
export type Source = z.infer<typeof sourceSchema>;
export type RoutineFile = z.infer<typeof routineFile>;
