/**
 * Types of the compiled catalogue, as the app sees them. Type-only imports from the schema are
 * erased at build time, so zod never reaches the browser bundle.
 */
import type { Illustration } from './illustration-schema';
import type { Dosage, DosageOverride, ExerciseFrontmatter, RoutineFile, Source } from './schema';

export type { Dosage, DosageOverride, Illustration, Source };
export type ExerciseKind = ExerciseFrontmatter['kind'];
export type KneeLoad = ExerciseFrontmatter['kneeLoad'];
export type BodyArea = ExerciseFrontmatter['bodyAreas'][number];
export type Equipment = ExerciseFrontmatter['equipment'][number];

export type Exercise = ExerciseFrontmatter & {
  /** The Markdown body ("why it helps"), rendered to HTML at build time from our own content. */
  html: string;
  illustration: Illustration;
};

/** A routine's step; `sides: 'both'` (own routines only) does a per-side exercise once, for both sides. */
export type RoutineStep = RoutineFile['steps'][number] & { sides?: 'both' };
/** A routine as plans and home need it (its long description ships apart, routine-text-catalog.ts); own routines (issue 11) may also set the switch-sides pause. */
export type Routine = Omit<RoutineFile, 'description' | 'steps'> & { steps: RoutineStep[]; switchSidesSeconds?: number };

export interface Page {
  id: string;
  title: string;
  html: string;
}

export interface Catalog {
  exercises: Exercise[];
  routines: RoutineFile[];
  sources: Source[];
  pages: Page[];
}

/** What a session plan needs to know about an exercise; shipped with the routines. */
export type PlanFacts = Pick<Exercise, 'id' | 'name' | 'kind' | 'sides' | 'dosage' | 'kneeLoad'> & {
  /** The one cue that matters most, shown big in the player. */
  cue: string;
  regression?: string;
  alternative?: string;
};
