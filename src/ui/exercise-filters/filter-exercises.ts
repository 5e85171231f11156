import type { BodyArea, Equipment, Exercise, ExerciseKind } from '@/content/catalog-types';
import { BODY_AREA_LABELS, EQUIPMENT_LABELS, KIND_LABELS, KIND_ORDER } from '@/ui/format';

export interface LibraryFilters {
  query: string;
  kind: ExerciseKind | null;
  equipment: Equipment | null;
  area: BodyArea | null;
  isKneeFriendlyOnly: boolean;
}

export const NO_FILTERS: LibraryFilters = { query: '', kind: null, equipment: null, area: null, isKneeFriendlyOnly: false };

/** Lower-case, accents stripped: "Gluteus médius" matches "medius". */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function haystackOf(e: Exercise): string {
  return normalise(
    [
      e.name,
      e.summary,
      ...e.targets,
      ...e.equipment.map((x) => EQUIPMENT_LABELS[x]),
      ...e.bodyAreas.map((a) => BODY_AREA_LABELS[a]),
      KIND_LABELS[e.kind],
    ].join(' '),
  );
}

const haystacks = new WeakMap<Exercise, string>();

/** Every word of the query must appear in the name, muscles, equipment or body areas. */
export function filterExercises(exercises: readonly Exercise[], f: LibraryFilters): Exercise[] {
  const words = normalise(f.query).split(/\s+/).filter(Boolean);
  return exercises.filter((e) => {
    if (f.kind && e.kind !== f.kind) return false;
    if (f.equipment && !e.equipment.includes(f.equipment)) return false;
    if (f.area && !e.bodyAreas.includes(f.area)) return false;
    if (f.isKneeFriendlyOnly && e.kneeLoad !== 'low') return false;
    if (words.length === 0) return true;
    let hay = haystacks.get(e);
    if (hay === undefined) haystacks.set(e, (hay = haystackOf(e)));
    return words.every((w) => hay.includes(w));
  });
}

/** Groups in the library's fixed order, empty groups left out. */
export function groupByKind(exercises: readonly Exercise[]): { kind: ExerciseKind; exercises: Exercise[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, exercises: exercises.filter((e) => e.kind === kind) })).filter((g) => g.exercises.length > 0);
}

export function hasActiveFilters(f: LibraryFilters): boolean {
  return f.query.trim() !== '' || f.kind !== null || f.equipment !== null || f.area !== null || f.isKneeFriendlyOnly;
}
