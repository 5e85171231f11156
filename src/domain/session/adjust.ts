import type { Dosage, RoutineStep } from '@/content/catalog-types';

/** What the user chose for an exercise after it hurt the knee; applied whenever a plan is built. */
export type Adjustment = { action: 'swap'; to: string } | { action: 'lower-dose' } | { action: 'skip' };

/** Half the time (to the nearest 5 s, at least 10 s), or one set fewer at the low end of the rep range. */
export function lowerDose(dosage: Dosage): Dosage {
  if (dosage.mode === 'reps') {
    return { ...dosage, sets: Math.max(1, dosage.sets - 1), repsMax: undefined };
  }
  return { ...dosage, seconds: Math.max(10, Math.round(dosage.seconds / 2 / 5) * 5) };
}

/** The routine's dosage override, applied field by field (the compiler checked they fit the mode). */
export function applyOverride(dosage: Dosage, step: RoutineStep): Dosage {
  const o = step.dosage;
  if (!o) return dosage;
  if (dosage.mode === 'reps') {
    return {
      ...dosage,
      sets: o.sets ?? dosage.sets,
      reps: o.reps ?? dosage.reps,
      // A new rep target is exact unless the routine also gives a new upper bound.
      repsMax: o.repsMax ?? (o.reps === undefined ? dosage.repsMax : undefined),
      restSeconds: o.restSeconds ?? dosage.restSeconds,
    };
  }
  return { ...dosage, seconds: o.seconds ?? dosage.seconds, sets: o.sets ?? dosage.sets, restSeconds: o.restSeconds ?? dosage.restSeconds };
}
