/** An own routine as stored (storage/records.ts aliases these; the domain may not import storage). */

/** A step of an own routine; unset fields take the exercise's default dose. */
export interface UserRoutineStep {
  exercise: string;
  /** For hold and timed exercises: seconds per set (per side). */
  holdSeconds?: number;
  /** For rep exercises: reps per set (per side). */
  reps?: number;
  sets?: number;
  restSeconds?: number;
  /** `both` does a per-side exercise once for both sides; `each` (or unset) keeps the exercise's own sides. */
  side?: 'each' | 'both';
}

/** An own routine (builder, issue 11). Version 2–3 rows have only `steps[].exercise`. */
export interface UserRoutine {
  /** Starts with `own-` (OWN_ROUTINE_PREFIX), so it never collides with a built-in routine. */
  id: string;
  name: string;
  steps: UserRoutineStep[];
  createdAt: number;
  updatedAt?: number;
  /** Seconds to get into position before each exercise after the first, and to switch sides. */
  getReadySeconds?: number;
  switchSidesSeconds?: number;
  /** The built-in routine it was duplicated from, if any. */
  basedOn?: string | null;
}
