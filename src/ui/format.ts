import type { BodyArea, Dosage, Equipment, ExerciseKind } from '@/content/catalog-types';

export const KIND_LABELS: Record<ExerciseKind, string> = {
  release: 'Release',
  stretch: 'Stretch & mobilise',
  strengthen: 'Strengthen',
  assess: 'Self-check',
};
export const KIND_ORDER: ExerciseKind[] = ['release', 'stretch', 'strengthen', 'assess'];

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  none: 'No equipment',
  mat: 'Mat',
  'tennis-ball': 'Tennis ball',
  'massage-ball': 'Massage ball',
  'foam-roller': 'Foam roller',
  'massage-stick': 'Massage stick',
  'mini-band': 'Mini band',
  'long-band': 'Long band',
  'ankle-weight': 'Ankle weight',
  dumbbell: 'Dumbbell',
  step: 'Step',
  chair: 'Chair',
  table: 'Table',
  wall: 'Wall',
  cushion: 'Cushion',
  towel: 'Towel',
};

export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  glutes: 'Glutes',
  'outer-hip': 'Outer hip',
  'hip-flexors': 'Hip flexors',
  'front-thigh': 'Front of thigh',
  'outer-thigh': 'Outer thigh',
  'inner-thigh': 'Inner thigh',
  hamstrings: 'Hamstrings',
  'low-back': 'Low back',
  trunk: 'Trunk',
};

/** "1:30", "45 s", "2 min" — durations as people say them. */
export function formatSeconds(totalSeconds: number): string {
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** Whole minutes, rounded, for routine totals: "About 11 min". */
export function formatMinutes(ms: number): string {
  return `${Math.max(1, Math.round(ms / 60_000))} min`;
}

/** A dosage in one line: "3 × 8–12 reps", "2 × 30 s hold", "2 min 30 s". */
export function formatDosage(dosage: Dosage, sides: 'each' | 'both'): string {
  const perSide = sides === 'each' ? ' each side' : '';
  const sets = dosage.sets > 1 ? `${dosage.sets} × ` : '';
  switch (dosage.mode) {
    case 'reps': {
      const reps = dosage.repsMax && dosage.repsMax !== dosage.reps ? `${dosage.reps}–${dosage.repsMax}` : `${dosage.reps}`;
      return `${sets}${reps} reps${perSide}`;
    }
    case 'hold':
      return `${sets}${formatSeconds(dosage.seconds)} hold${perSide}`;
    case 'timed':
      return `${sets}${formatSeconds(dosage.seconds)}${perSide}`;
  }
}
