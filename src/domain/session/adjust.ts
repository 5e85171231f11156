import type { Dosage } from '@/content/catalog-types';

/** What the user chose for an exercise after it hurt the knee; applied whenever a plan is built. */
export type Adjustment = { action: 'swap'; to: string } | { action: 'lower-dose' } | { action: 'skip' };

/** Half the time (to the nearest 5 s, at least 10 s), or one set fewer at the low end of the rep range. */
export function lowerDose(dosage: Dosage): Dosage {
  if (dosage.mode === 'reps') {
    return { ...dosage, sets: Math.max(1, dosage.sets - 1), repsMax: undefined };
  }
  return { ...dosage, seconds: Math.max(10, Math.round(dosage.seconds / 2 / 5) * 5) };
}
