import type { BodyArea, Equipment, Exercise, ExerciseKind } from '@/content/catalog-types';
import { indexOf, rankBySearch, type SearchIndex } from '@/domain/library/search';
import { BODY_AREA_LABELS, EQUIPMENT_LABELS, KIND_LABELS, KIND_ORDER } from '@/ui/format';

export interface LibraryFilters {
  query: string;
  kind: ExerciseKind | null;
  equipment: Equipment | null;
  area: BodyArea | null;
  isKneeFriendlyOnly: boolean;
}

export const NO_FILTERS: LibraryFilters = { query: '', kind: null, equipment: null, area: null, isKneeFriendlyOnly: false };

function indexFor(e: Exercise): SearchIndex {
  let index = indexes.get(e);
  if (index === undefined) {
    index = indexOf({
      name: e.name,
      terms: e.searchTerms ?? [],
      targets: e.targets,
      labels: [...e.equipment.map((x) => EQUIPMENT_LABELS[x]), ...e.bodyAreas.map((a) => BODY_AREA_LABELS[a]), KIND_LABELS[e.kind]],
      summary: e.summary,
      kneeLoad: e.kneeLoad,
    });
    indexes.set(e, index);
  }
  return index;
}

const indexes = new WeakMap<Exercise, SearchIndex>();

/**
 * The exercises the chips allow, and with a query only those that match every word (name, search terms,
 * muscles, equipment, body areas), best match first.
 */
export function filterExercises(exercises: readonly Exercise[], f: LibraryFilters): Exercise[] {
  const allowed = exercises.filter(
    (e) =>
      (!f.kind || e.kind === f.kind) &&
      (!f.equipment || e.equipment.includes(f.equipment)) &&
      (!f.area || e.bodyAreas.includes(f.area)) &&
      (!f.isKneeFriendlyOnly || e.kneeLoad === 'low'),
  );
  return rankBySearch(allowed, indexFor, f.query);
}

/** Groups in the library's fixed order, empty groups left out. */
export function groupByKind(exercises: readonly Exercise[]): { kind: ExerciseKind; exercises: Exercise[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, exercises: exercises.filter((e) => e.kind === kind) })).filter((g) => g.exercises.length > 0);
}

export function hasActiveFilters(f: LibraryFilters): boolean {
  return f.query.trim() !== '' || f.kind !== null || f.equipment !== null || f.area !== null || f.isKneeFriendlyOnly;
}
